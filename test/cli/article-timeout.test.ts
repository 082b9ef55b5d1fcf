// --article-timeout: an article that takes too long is refused with E_TIMEOUT, stopped in the middle
// of extraction, and the run goes on with the others — in the main thread and in workers alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureArticles, toJsonLines } from '../fixtures/corpus.js';
import { runCli } from './run-cli.js';

let work: string;
let corpus: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'akhbar-timeout-'));
  // Two megabytes of news between two short articles: seconds of extraction, against 5 ms for a short one.
  const long = { id: 'LONG', text: readFileSync('input/alaska-summit.txt', 'utf8').repeat(220) };
  const [first, second] = fixtureArticles(2);
  corpus = join(work, 'corpus.jsonl');
  writeFileSync(corpus, toJsonLines([first!]) + `${JSON.stringify(long)}\n` + toJsonLines([second!]));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(['1', '2'])('--article-timeout with --jobs %s', (jobs) => {
  it('refuses the long article with E_TIMEOUT during extraction and writes the others', async () => {
    const out = join(work, `out-${jobs}`);
    const result = await runCli('run', corpus, '--out', out, '--jobs', jobs, '--article-timeout', '0.25', '--quiet');
    expect(result.code).toBe(1);
    const lines = result.err.split('\n').filter((line) => line.includes('[E_TIMEOUT]'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/corpus\.jsonl record 2: took longer than its time budget of 0.25 s \(--article-timeout\), in (normalize|segment|recognize|link|attribute|confidence|dates|events|graph); refused, nothing written \[E_TIMEOUT\]$/);
    const graphs = new Set([...readFileSync(join(out, 'all.nq'), 'utf8').matchAll(/ <([^>]+)> \.$/gm)].map((m) => m[1]));
    expect([...graphs].sort()).toEqual(['https://w3id.org/akhbar/id/article/NEWS-001', 'https://w3id.org/akhbar/id/article/NEWS-002']);
  });
});

it('refuses an --article-timeout that is no duration', async () => {
  expect((await runCli('run', 'input', '--out', join(work, 'x'), '--article-timeout', '-1')).code).toBe(2);
});
