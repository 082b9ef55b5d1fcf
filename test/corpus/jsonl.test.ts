// JSON Lines records: fields to metadata, line numbers for refusals.
import { describe, expect, it } from 'vitest';
import { JsonLinesParser } from '../../src/corpus/jsonl.js';
import { fixtureArticles, toJsonLines } from '../fixtures/corpus.js';

function parse(text: string) {
  const parser = new JsonLinesParser('news.jsonl', { maxBytes: 100_000 });
  return [...parser.push(Buffer.from(text)), ...parser.end()];
}

describe('JsonLinesParser', () => {
  const [article] = fixtureArticles(1) as [ReturnType<typeof fixtureArticles>[number]];

  it('reads id, text, title, url and datePublished', () => {
    expect(parse(toJsonLines([article]))[0]?.fields).toEqual({ id: article.id, text: article.text, meta: { title: article.title, url: article.url, datePublished: '2018-02-18' } });
  });

  it('takes a numeric id, skips blank lines, and reads a last line without a newline', () => {
    expect(parse(`\n{"id": 7, "text": "قال الوزير"}\n\n{"text": "أكد"}`).map((r) => [r.record, r.fields?.id])).toEqual([
      [2, '7'],
      [4, undefined],
    ]);
  });

  it('refuses a bad line by its number and goes on', () => {
    const text = ['{"id": "a", "text": "قال"}', '{"id": "b", "text": ', '[1, 2]', '{"id": "c"}', '{"id": "d", "text": "قال", "datePublished": "tomorrow"}', '{"id": "e", "text": "أكد"}'].join('\n');
    expect(parse(text).map((r) => (r.error ? `${r.record} ${r.error.code}` : `${r.record} ${r.fields.id}`))).toEqual(['1 a', '2 E_RECORD', '3 E_RECORD', '4 E_RECORD', '5 E_RECORD', '6 e']);
  });
});
