// `akhbar validate --shapes` on a user's own shapes: a shapes graph the compiled engine does not fully
// implement is validated by a general engine, and the user is told so on standard error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

const PREFIXES = '@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .\n';
let work: string;
const file = (name: string, turtle: string) => {
  const path = join(work, name);
  writeFileSync(path, PREFIXES + turtle);
  return path;
};

beforeAll(() => void (work = mkdtempSync(join(tmpdir(), 'akhbar-validate-'))));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('akhbar validate --shapes', () => {
  it('says nothing of engines when the compiled engine runs the shapes', async () => {
    const shapes = file('plain.ttl', 'ex:S sh:targetClass ex:Person ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .');
    const result = await runCli('validate', file('ok.ttl', 'ex:a a ex:Person ; ex:name "a" .'), '--shapes', shapes);
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
  });

  it('falls back to rdf-validate-shacl for a recursive shape, saying so, and gives its verdict', async () => {
    const shapes = file('recursive.ttl', 'ex:Person sh:targetClass ex:Person ; sh:property [ sh:path ex:knows ; sh:node ex:Person ] ; sh:property [ sh:path ex:name ; sh:minCount 1 ] .');
    const result = await runCli('validate', file('people.ttl', 'ex:a a ex:Person ; ex:name "a" ; ex:knows ex:b . ex:b ex:knows ex:a .'), '--shapes', shapes);
    expect(result.err).toMatch(/uses a recursive shape .*which Akhbar's compiled engine does not support; validating with rdf-validate-shacl instead/);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/focus: <http:\/\/example.org\/a>\s+path: <http:\/\/example.org\/knows>/);
  });

  it('runs sh:sparql constraints of user shapes with shacl-engine instead of dropping them', async () => {
    const shapes = file('sparql.ttl', 'ex:S sh:targetNode ex:a ; sh:sparql [ sh:select "SELECT $this WHERE { $this <http://example.org/age> ?v . FILTER (?v < 0) }" ] .');
    const result = await runCli('validate', file('age.ttl', 'ex:a ex:age -1 .'), '--shapes', shapes);
    expect(result.err).toMatch(/sh:sparql.*validating with shacl-engine instead/);
    expect(result.code).toBe(1);
    const warned = await runCli('validate', file('age.ttl', 'ex:a ex:age -1 .'), '--shapes', shapes, '--engine', 'rdf-validate-shacl');
    expect(warned.err).toMatch(/rdf-validate-shacl does not run SHACL-SPARQL, which these shapes use/);
    expect(warned.code).not.toBe(0);
  });
});
