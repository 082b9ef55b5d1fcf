// The questions asked of an archive, not an article, answered on a small archive written for the
// tests (test/fixtures/archive.ts): `akhbar run` over it, then the embedded store over all.nq.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectDataFiles, readDataFiles } from '../../src/store/data-files.js';
import { createEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded.js';
import { runCli } from '../cli/run-cli.js';
import { archiveJsonLines } from '../fixtures/archive.js';
import { ARCHIVE_CASES, archiveExpectation, caseName, caseQuery, values } from './competency-questions.js';

let work: string;
let store: EmbeddedStore;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'akhbar-archive-'));
  writeFileSync(join(work, 'archive.jsonl'), archiveJsonLines());
  const run = await runCli('run', join(work, 'archive.jsonl'), '--out', join(work, 'out'), '--jobs', '1', '--quiet');
  expect(run.err).toBe('');
  store = await createEmbeddedStore(await readDataFiles(collectDataFiles([join(work, 'out', 'all.nq')])));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('competency questions across an archive', () => {
  it.each(ARCHIVE_CASES.map((c) => [caseName(c), c] as const))('%s', (_name, c) => {
    expect(values(store.query(caseQuery(c)))).toEqual(archiveExpectation(c));
  });
});
