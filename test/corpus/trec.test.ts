// TREC records: fields to metadata, one record at a time, refusals with their record numbers.
import { describe, expect, it } from 'vitest';
import { TrecParser } from '../../src/corpus/trec.js';
import type { ParsedRecord } from '../../src/corpus/record.js';
import { fixtureArticles, toTrec } from '../fixtures/corpus.js';

function parse(text: string, chunkSize = 1 << 20): ParsedRecord[] {
  const parser = new TrecParser('news.trec', { maxBytes: 100_000 });
  const bytes = Buffer.from(text);
  const records: ParsedRecord[] = [];
  for (let at = 0; at < bytes.length; at += chunkSize) records.push(...parser.push(bytes.subarray(at, at + chunkSize)));
  return [...records, ...parser.end()];
}

const summary = (records: ParsedRecord[]) => records.map((r) => (r.error ? `${r.record} ${r.error.code}: ${r.error.message}` : `${r.record} ${r.fields.id}`));

describe('TrecParser', () => {
  const [first, second] = fixtureArticles(2) as [ReturnType<typeof fixtureArticles>[number], ReturnType<typeof fixtureArticles>[number]];

  it('reads DOCNO, URL, TITLE, TIME (as ISO 8601) and TEXT', () => {
    const [record] = parse(toTrec([first]));
    expect(record?.fields).toEqual({ id: first.id, text: first.text, meta: { title: first.title, url: first.url, datePublished: '2018-02-01T20:50:44Z' } });
  });

  it('gives the same records however the file is cut into chunks', () => {
    const text = toTrec([first, second]);
    expect(parse(text, 7)).toEqual(parse(text));
  });

  it('decodes XML character references in fields and text', () => {
    const [record] = parse('<DOC><DOCNO>a&amp;b</DOCNO><TEXT>قال &quot;نعم&quot; &#1604;ا</TEXT></DOC>');
    expect(record?.fields).toMatchObject({ id: 'a&b', text: 'قال "نعم" لا' });
  });

  it('refuses malformed records by number and goes on with the rest', () => {
    const text = [
      toTrec([first]),
      '<DOC>\n<DOCNO>no-text</DOCNO>\n</DOC>\n',
      '<DOC>\n<DOCNO>open</DOCNO>\n<TEXT>قال الوزير</TEXT>\n',
      toTrec([second]),
      '<DOC><DOCNO>late</DOCNO><TIME>soon</TIME><TEXT>قال</TEXT></DOC>\n',
      '<DOC><DOCNO>cut</DOCNO><TEXT>قال',
    ].join('');
    expect(summary(parse(text))).toEqual([
      `1 ${first.id}`,
      '2 E_RECORD: record without <TEXT>',
      '3 E_RECORD: unterminated <DOC>: no </DOC> before the next <DOC>',
      `4 ${second.id}`,
      '5 E_RECORD: <TIME> is not a date: soon',
      '6 E_RECORD: unterminated <DOC>: the file ends inside it',
    ]);
  });

  it('refuses a record whose text breaks UTF-8 or is not Arabic', () => {
    const bad = Buffer.concat([Buffer.from('<DOC><TEXT>قال '), Buffer.from([0xff]), Buffer.from('</TEXT></DOC><DOC><TEXT>hello</TEXT></DOC>')]);
    const parser = new TrecParser('news.trec', { maxBytes: 1000 });
    expect([...parser.push(bad), ...parser.end()].map((r) => r.error?.code)).toEqual(['E_ENCODING', 'E_NO_ARABIC']);
  });
});
