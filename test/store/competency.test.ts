// The competency questions answer as expected on the sample article, in the embedded store.
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectDataFiles, readDataFiles } from '../../src/store/data-files.js';
import { createEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded.js';
import { ARTICLE, CASES, PUTIN, QUERY_DIR, caseName, caseQuery, queryFiles, values } from './competency-questions.js';

let store: EmbeddedStore;
beforeAll(async () => {
  store = await createEmbeddedStore(await readDataFiles(collectDataFiles(['output'])));
});

describe('competency questions on the sample article', () => {
  it('ships eleven questions, each with a header saying the question, each with a test', () => {
    const files = queryFiles();
    expect(files).toHaveLength(11);
    for (const file of files) expect(readFileSync(join(QUERY_DIR, file), 'utf8')).toMatch(/^# .+\?/);
    expect(new Set(CASES.map((c) => c.file))).toEqual(new Set(files));
  });

  it.each(CASES.map((c) => [caseName(c), c] as const))('%s', (_name, c) => {
    expect(values(store.query(caseQuery(c)))).toEqual(c.expected);
  });

  it('lists everything Putin said in the order of the article: 22 statements, the joint one last', () => {
    const rows = values(store.query(caseQuery({ file: 'said-by.rq', params: { person: PUTIN }, expected: [] })));
    expect(rows).toHaveLength(22);
    expect(rows.map((r) => Number(r.begin))).toEqual([...rows.map((r) => Number(r.begin))].sort((a, b) => a - b));
    expect(rows[0]).toMatchObject({ speaker: 'Vladimir Putin', cue: 'صرّح', content: 'اللقاء كان بنّاءً ومثمرًا' });
    expect(rows.at(-1)?.content).toBe('الحوار سيستمر');
  });

  it('answers for every speaker, place and press conference when no parameter is given', () => {
    const unbound = (file: string) => values(store.query(caseQuery({ file, expected: [] })));
    expect(unbound('said-by.rq')).toHaveLength(26);
    expect(new Set(unbound('mentioning-place.rq').map((r) => r.statement?.split('/').at(-1)))).toEqual(new Set(['4', '6', '7', '9', '10', '15', '16', '18']));
    expect(unbound('press-conference-speakers.rq')).toHaveLength(1);
  });

  it('gives direct quotes whose offsets return their words from the article', () => {
    const text = [...readFileSync('input/alaska-summit.txt', 'utf8')];
    for (const row of values(store.query(caseQuery({ file: 'direct-quotes.rq', expected: [] })))) {
      expect(text.slice(Number(row.begin), Number(row.end)).join('')).toBe(row.quote);
    }
  });

  it('repeats no row on a corpus, where every article graph holds the names of the entities it names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akhbar-corpus-'));
    try {
      const copy = readFileSync('output/alaska-summit.ttl', 'utf8').replaceAll(`<${ARTICLE}`, `<${ARTICLE}-copy`);
      writeFileSync(join(dir, 'alaska-summit-copy.ttl'), copy);
      const corpus = await createEmbeddedStore(await readDataFiles(collectDataFiles(['output', dir])));
      for (const file of queryFiles()) {
        const rows = values(corpus.query(caseQuery({ file, expected: [] }))).map((row) => JSON.stringify(row));
        expect(new Set(rows).size, file).toBe(rows.length);
      }
      const perSpeaker = values(corpus.query(caseQuery({ file: 'statements-per-speaker.rq', expected: [] })));
      expect(perSpeaker.map((r) => [r.speaker, r.statements])).toEqual([['Vladimir Putin', '44'], ['Donald Trump', '8']]);
      expect(values(corpus.query(caseQuery({ file: 'direct-quotes.rq', expected: [] })))).toHaveLength(14);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
