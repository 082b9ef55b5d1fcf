// `akhbar run` in-process: outputs, bad input, atomic writes, determinism, the committed output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import jsonld from 'jsonld';
import canonize from 'rdf-canonize';
import { runCli } from './run-cli.js';

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'akhbar-run-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('akhbar run on the sample article', () => {
  let out: string;
  beforeAll(async () => {
    out = join(work, 'sample');
    const result = await runCli('run', 'input', '--out', out);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/alaska-summit: \d+ entities .* conforms/);
  });

  it('writes Turtle, JSON-LD and N-Quads, and no temporary files', () => {
    expect(readdirSync(out).sort()).toEqual(['alaska-summit.jsonld', 'alaska-summit.ttl', 'all.nq']);
  });

  it('is byte-identical to the committed output/ (run `npm start` when this fails)', () => {
    for (const file of readdirSync(out)) expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join('output', file), 'utf8'));
  });

  it('leaves out the statements below --min-confidence, and only those', async () => {
    const confidences = (dir: string) => [...readFileSync(join(dir, 'alaska-summit.ttl'), 'utf8').matchAll(/akh:confidence "?([0-9.]+)/g)].map((m) => Number(m[1]));
    const all = confidences(out);
    // The sample's second-lowest confidence: some statements fall below it, whatever the table says today.
    const threshold = [...new Set(all)].sort((a, b) => a - b)[1] as number;
    const kept = join(work, 'confident');
    expect((await runCli('run', 'input', '--out', kept, '--min-confidence', String(threshold), '--quiet')).code).toBe(0);
    expect(confidences(kept).sort()).toEqual(all.filter((c) => c >= threshold).sort());
    expect(confidences(kept).length).toBeLessThan(all.length);
    expect((await runCli('run', 'input', '--out', join(work, 'bad'), '--min-confidence', '1.5')).err).toMatch(/--min-confidence must be a number from 0 to 1/);
  });

  it('gives byte-identical output on a second run', async () => {
    const again = join(work, 'again');
    expect((await runCli('run', 'input', '--out', again, '--quiet')).code).toBe(0);
    for (const file of readdirSync(out)) expect(readFileSync(join(again, file), 'utf8')).toBe(readFileSync(join(out, file), 'utf8'));
  });

  it('writes the same graph as Turtle and as JSON-LD', async () => {
    const fromTurtle = new Parser().parse(readFileSync(join(out, 'alaska-summit.ttl'), 'utf8'));
    const nquads = (await jsonld.toRDF(JSON.parse(readFileSync(join(out, 'alaska-summit.jsonld'), 'utf8')), { format: 'application/n-quads' })) as unknown as string;
    const fromJsonLd = new Parser({ format: 'N-Quads' }).parse(nquads);
    const canonical = (quads: typeof fromTurtle) => canonize.canonize(quads as never, { algorithm: 'RDFC-1.0' });
    expect(fromJsonLd.length).toBe(fromTurtle.length);
    expect(await canonical(fromJsonLd)).toBe(await canonical(fromTurtle));
  });

  it('embeds the context in the JSON-LD so it reads offline', () => {
    const doc = JSON.parse(readFileSync(join(out, 'alaska-summit.jsonld'), 'utf8'));
    expect(typeof doc['@context']).toBe('object');
    expect(doc['@context'].akh).toBe('https://w3id.org/akhbar/ontology#');
  });

  it('puts each article in the named graph of its IRI in all.nq', () => {
    const quads = new Parser({ format: 'N-Quads' }).parse(readFileSync(join(out, 'all.nq'), 'utf8'));
    expect(new Set(quads.map((q) => q.graph.value))).toEqual(new Set(['https://w3id.org/akhbar/id/article/alaska-summit']));
  });

  it('validates its own output with `akhbar validate`', async () => {
    for (const file of ['alaska-summit.ttl', 'alaska-summit.jsonld', 'all.nq']) {
      const result = await runCli('validate', join(out, file));
      expect(result.code, result.out + result.err).toBe(0);
      expect(result.out).toMatch(/conforms/);
    }
  });
});

describe('akhbar run on bad input', () => {
  let dir: string;
  let out: string;
  let result: { code: number; out: string; err: string };

  beforeAll(async () => {
    dir = join(work, 'bad');
    out = join(work, 'bad-out');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    copyFileSync('input/alaska-summit.txt', join(dir, 'good.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('caf\xe9 au lait', 'latin1'));
    writeFileSync(join(dir, 'english.txt'), 'The minister said the talks went well.');
    writeFileSync(join(dir, 'sidecar.txt'), 'قال الوزير إن المحادثات جيدة.');
    writeFileSync(join(dir, 'sidecar.json'), '{"title": ');
    result = await runCli('run', dir, join(dir, 'missing.txt'), '--out', out);
  });

  it('exits non-zero', () => {
    expect(result.code).toBe(1);
  });

  it.each([
    ['empty.txt', 'E_EMPTY'],
    ['binary.txt', 'E_BINARY'],
    ['latin1.txt', 'E_ENCODING'],
    ['english.txt', 'E_NO_ARABIC'],
    ['sidecar.json', 'E_SIDECAR'],
    ['missing.txt', 'E_MISSING'],
  ])('names %s and the problem on one line', (file, code) => {
    const line = result.err.split('\n').find((l) => l.includes(file));
    expect(line).toBeDefined();
    expect(line).toContain(`[${code}]`);
  });

  it('still processes the good article, and writes nothing for the bad ones', () => {
    expect(readdirSync(out).sort()).toEqual(['all.nq', 'good.jsonld', 'good.ttl']);
  });

  it('refuses an article over --max-bytes', async () => {
    const big = await runCli('run', join(dir, 'good.txt'), '--out', join(work, 'big-out'), '--max-bytes', '100');
    expect(big.code).toBe(1);
    expect(big.err).toMatch(/good\.txt: article is \d+ bytes, over the limit of 100 \[E_TOO_LARGE\]/);
  });

  it('leaves no partial file when the output cannot be written', async () => {
    const locked = join(work, 'locked');
    mkdirSync(locked, { recursive: true });
    mkdirSync(join(locked, 'good.jsonld'));
    const failed = await runCli('run', join(dir, 'good.txt'), '--out', locked);
    expect(failed.code).toBe(1);
    expect(readdirSync(locked).sort()).toEqual(['good.jsonld']);
    expect(failed.err).toMatch(/cannot write output.*\[E_WRITE\]/);
  });
});

describe('akhbar command line', () => {
  it('shows an example in --help of every command', async () => {
    for (const command of ['run', 'validate']) {
      const result = await runCli(command, '--help');
      expect(result.out).toMatch(/Examples:/);
    }
  });

  it('exits 2 on an unknown command', async () => {
    expect((await runCli('frobnicate')).code).toBe(2);
  });

  it('reports a validation failure with focus node, path and message', async () => {
    const broken = join(work, 'broken.ttl');
    writeFileSync(broken, '@prefix akh: <https://w3id.org/akhbar/ontology#> .\n<urn:s> a akh:Statement ; akh:content "x"@ar .\n');
    const result = await runCli('validate', broken);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/focus: <urn:s>\s+path: <https:\/\/w3id.org\/akhbar\/ontology#speaker>/);
  });
});
