// Finding inputs (folders, formats by name or by content, standard input) and streaming their records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { planInputs, readCorpus, type CorpusItem } from '../../src/io/sources.js';
import { fixtureArticles, toJsonLines, toTrec } from '../fixtures/corpus.js';

let dir: string;
const articles = fixtureArticles(4);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'akhbar-sources-'));
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  writeFileSync(join(dir, 'a', 'one.txt'), articles[0]?.text ?? '');
  writeFileSync(join(dir, 'a', 'one.json'), JSON.stringify({ title: 'عنوان' }));
  writeFileSync(join(dir, 'a', 'b', 'two.trec'), toTrec(articles.slice(1, 3)));
  writeFileSync(join(dir, 'a', 'b', 'three.jsonl'), toJsonLines(articles.slice(3)));
  writeFileSync(join(dir, 'a', 'b', 'collection.sgml'), toTrec([{ ...(articles[0] as (typeof articles)[number]), id: 'SGML-1' }]));
  writeFileSync(join(dir, 'a', 'notes.md'), '# notes');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(records: AsyncIterable<CorpusItem>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of records) out.push(item.error ? `${item.error.code} ${item.error.file} ${item.error.record ?? ''}`.trim() : `${item.article.id} ${item.article.record ?? '-'} ${item.article.meta.title ?? ''}`.trim());
  return out;
}

describe('planInputs and readCorpus', () => {
  it('walks folders in name order, by extension or by a <DOC> at the start, and skips other files', async () => {
    const plan = planInputs([join(dir, 'a')]);
    expect(plan.files.map((f) => [relative(dir, f.path), f.kind])).toEqual([
      ['a/b/collection.sgml', 'trec'],
      ['a/b/three.jsonl', 'jsonl'],
      ['a/b/two.trec', 'trec'],
      ['a/one.txt', 'txt'],
    ]);
    expect(await collect(readCorpus(plan))).toEqual(['SGML-1 1 خبر رقم 1', 'NEWS-004 1 خبر رقم 4', 'NEWS-002 1 خبر رقم 2', 'NEWS-003 2 خبر رقم 3', 'one - عنوان']);
  });

  it('reports a missing path and a file that is not an input first, then goes on', async () => {
    const plan = planInputs([join(dir, 'missing.trec'), join(dir, 'a', 'notes.md'), join(dir, 'a', 'b', 'two.trec')]);
    expect((await collect(readCorpus(plan))).map((line) => line.replace(dir, '…'))).toEqual(['E_MISSING …/missing.trec', 'E_USAGE …/a/notes.md', 'NEWS-002 1 خبر رقم 2', 'NEWS-003 2 خبر رقم 3']);
  });

  it('refuses an id met twice', async () => {
    const plan = planInputs([join(dir, 'a', 'b', 'two.trec'), join(dir, 'a', 'b', 'two.trec')]);
    expect((await collect(readCorpus(plan))).slice(2).map((line) => line.split(' ')[0])).toEqual(['E_DUPLICATE_ID', 'E_DUPLICATE_ID']);
  });

  it.each([
    ['TREC', toTrec(articles.slice(0, 2)), ['NEWS-001 1 خبر رقم 1', 'NEWS-002 2 خبر رقم 2']],
    ['JSON Lines', `\n${toJsonLines(articles.slice(0, 2))}`, ['NEWS-001 2 خبر رقم 1', 'NEWS-002 3 خبر رقم 2']],
    ['plain text', articles[0]?.text ?? '', ['stdin 1']],
    ['nothing', '  \n', ['E_EMPTY - 1']],
  ])('reads %s from standard input', async (_kind, text, expected) => {
    const stdin = Readable.from([Buffer.from(text.slice(0, 3)), Buffer.from(text.slice(3))]);
    expect(await collect(readCorpus(planInputs(['-']), { stdin }))).toEqual(expected);
  });
});
