// Property: the corpus readers on broken input. Truncated files, spliced records, garbage built from
// the formats' own tokens and plain random bytes, fed in chunks of any size: each record is an
// article or a refusal with its code and number, never an exception, and the same whatever the chunks.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TrecParser } from '../../src/corpus/trec.js';
import { JsonLinesParser } from '../../src/corpus/jsonl.js';
import type { ParsedRecord, RecordParser } from '../../src/corpus/record.js';
import { isAkhbarError } from '../../src/errors.js';
import { fixtureArticles, toJsonLines, toTrec } from '../fixtures/corpus.js';

const articles = fixtureArticles(4);
const OPTIONS = { maxBytes: 4_000 };

function readAll(make: () => RecordParser, bytes: Uint8Array, chunk: number): ParsedRecord[] {
  const parser = make();
  const records: ParsedRecord[] = [];
  for (let at = 0; at < bytes.length; at += chunk) records.push(...parser.push(Buffer.from(bytes.subarray(at, at + chunk))));
  return [...records, ...parser.end()];
}

const TREC_TOKENS = ['<DOC>', '</DOC>', '<DOCNO>', '</DOCNO>', 'ANT-1', '<TEXT>', '</TEXT>', '<TITLE>', '</TITLE>', '<TIME>', '</TIME>', 'Sun, 18 Feb 2018 20:50:44 GMT', 'not a date', '<URL>', '</URL>', 'https://example.org/a', 'javascript:x', '&amp;', '&#1575;', '&#x627;', '&#99999999;', '&#x110000;', '&#0;', '&#xD800;', '&lt;DOC&gt;', 'قال الرئيس إن الاجتماع كان مثمرا', '\n', ' ', '\u0002', '\ufffd'];
const JSONL_TOKENS = ['{', '}', '[', ']', '"id"', '"text"', '"title"', '"url"', '"datePublished"', ':', ',', '"قال الرئيس إن الاجتماع كان مثمرا"', '"\\u0627"', '"\\ud800"', '"\\u0000"', '12', '1e999', 'null', 'true', '"2018-02-18"', '"yesterday"', '"https://example.org/a"', '"javascript:x"', '\n', '\r\n', ' ', '"'];

const garbage = (tokens: string[]) => fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((parts) => Buffer.from(parts.join('')));
const truncated = (valid: Buffer) => fc.tuple(fc.nat(valid.length), fc.nat(valid.length)).map(([a, b]) => Buffer.concat([valid.subarray(0, Math.min(a, b)), valid.subarray(Math.max(a, b))]));
const randomBytes = fc.uint8Array({ maxLength: 400 });
// Records of the right shape whose fields hold anything: character references, dates, text.
const FIELDS = ['DOCNO', 'URL', 'TITLE', 'TIME', 'TEXT'];
const trecRecords = fc
  .array(fc.tuple(fc.subarray(FIELDS), fc.array(fc.constantFrom(...TREC_TOKENS.filter((t) => !t.includes('DOC'))), { maxLength: 8 })), { maxLength: 5 })
  .map((docs) => Buffer.from(docs.map(([fields, words]) => `<DOC>\n${fields.map((f, i) => `<${f}>${words.slice(i).join('')}</${f}>`).join('\n')}\n</DOC>\n`).join('')));
const jsonRecords = fc
  .array(fc.dictionary(fc.constantFrom('id', 'text', 'title', 'url', 'datePublished', 'publisher'), fc.oneof(fc.string(), fc.array(fc.constantFrom('قال الرئيس إن', '\ud800', '\udc00', '😀', '2018-02-18', 'yesterday', 'javascript:x', 'https://example.org/a', ' '), { maxLength: 4 }).map((parts) => parts.join('')), fc.integer(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }))), { maxLength: 5 })
  .map((lines) => Buffer.from(lines.map((line) => `${JSON.stringify(line)}\n`).join('')));

function checkRecords(make: () => RecordParser, input: fc.Arbitrary<Uint8Array>): void {
  fc.assert(
    fc.property(input, fc.integer({ min: 1, max: 64 }), (bytes, chunk) => {
      const records = readAll(make, bytes, chunk);
      for (const record of records) {
        if (record.error) {
          expect(isAkhbarError(record.error)).toBe(true);
          expect(record.error.code).toMatch(/^E_(RECORD|TOO_LARGE|EMPTY|BINARY|ENCODING|NO_ARABIC)$/);
          expect(record.error.record).toBe(record.record);
        } else {
          expect(wellFormed(record.fields.text)).toBe(true);
          for (const value of Object.values(record.fields.meta)) expect(wellFormed(String(value))).toBe(true);
        }
      }
      expect(records.map((r) => r.record)).toEqual([...records.map((r) => r.record)].sort((a, b) => a - b));
      // The same records whatever the chunks.
      expect(readAll(make, bytes, 1 << 20).map(summary)).toEqual(records.map(summary));
    }),
    { numRuns: 400 },
  );
}

/** No half of a surrogate pair without its other half. */
const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
const summary = (r: ParsedRecord) => (r.error ? `${r.record} ${r.error.code} ${r.error.message}` : `${r.record} ${r.fields.id} ${r.fields.text.length}`);

describe('TREC reader on broken input', () => {
  const make = () => new TrecParser('news.trec', OPTIONS);
  const valid = Buffer.from(toTrec(articles));
  it('truncated and spliced files', () => checkRecords(make, truncated(valid)));
  it('garbage of TREC tokens', () => checkRecords(make, garbage(TREC_TOKENS)));
  it('random bytes', () => checkRecords(make, randomBytes));
  it('records of the right shape with any fields', () => checkRecords(make, trecRecords));
});

describe('JSON Lines reader on broken input', () => {
  const make = () => new JsonLinesParser('news.jsonl', OPTIONS);
  const valid = Buffer.from(toJsonLines(articles));
  it('truncated and spliced files', () => checkRecords(make, truncated(valid)));
  it('garbage of JSON tokens', () => checkRecords(make, garbage(JSONL_TOKENS)));
  it('random bytes', () => checkRecords(make, randomBytes));
  it('objects with any fields', () => checkRecords(make, jsonRecords));
});
