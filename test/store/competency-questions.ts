// The competency questions (ontology/queries/*.rq) with their expected answers on the sample article,
// shared by the embedded-store test and the Virtuoso integration test.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { bindParams } from '../../src/store/sparql-text.js';
import type { QueryResult, ResultTerm } from '../../src/store/results.js';
import { NS } from '../../src/rdf/vocabulary.js';
import { EAST, WEST } from '../fixtures/archive.js';

export const QUERY_DIR = join('ontology', 'queries');
const ID = 'https://w3id.org/akhbar/id/';
export const ARTICLE = `${ID}article/alaska-summit`;
export const PUTIN = `${ID}entity/Q7747`;
export const TRUMP = `${ID}entity/Q22686`;
export const ALASKA = `${ID}entity/Q797`;
export const USA = `${ID}entity/Q30`;
export const SUMMIT = `${ID}article/alaska-summit/event/1`;
export const PRESS_CONFERENCE = `${ID}article/alaska-summit/event/2`;
const statement = (n: number): string => `${ID}article/alaska-summit/statement/${n}`;

export interface Case {
  file: string;
  params?: Record<string, string>;
  /** Each row as variable → value (IRIs in full, literals by their lexical form), in order. */
  expected: Record<string, string>[];
}

const chain = (event: string, kind: string) =>
  ['Joint Base Elmendorf–Richardson', 'Anchorage', 'Alaska', 'United States of America'].map((place, depth) => ({ event, kind: NS.akh + kind, depth: String(depth), place }));
const mentions = (place: string) => [
  { place, statement: statement(15), mentioned: 'Alaska', content: 'أنه من المنطقي عقد الاجتماع في ألاسكا' },
  { place, statement: statement(18), mentioned: 'Alaska', content: 'الروابط التاريخية المشتركة بين ألاسكا وروسيا، مثل برنامج الإعارة والتأجير خلال الحرب العالمية الثانية' },
];
const trumpSaid = [
  { begin: '1958', mode: 'PartialQuote', cue: 'وصف', content: 'مثمر للغاية' },
  { begin: '1977', mode: 'IndirectSpeech', cue: 'قال', content: 'إنهم أحرزوا تقدما كبيرا لكنهم لم يتوصلوا بعد إلى اتفاق كامل بشأن العديد من القضايا الرئيسية' },
  { begin: '2082', mode: 'DirectQuote', cue: 'قال', content: 'إنها ليست صفقة حتى تصبح صفقة' },
  { begin: '2193', mode: 'IndirectSpeech', cue: 'أشار', content: 'الحوار سيستمر' },
].map((row) => ({ person: TRUMP, speaker: 'Donald Trump', article: ARTICLE, ...row, mode: NS.akh + row.mode }));
const linked = (name: string, qid: string, type = 'Place') => ({ entity: `${ID}entity/${qid}`, type: NS.schema + type, name, wikidata: NS.wd + qid });
const quote = (speaker: string, quote: string, begin: number, end: number) => ({ article: ARTICLE, speaker, quote, begin: String(begin), end: String(end) });

export const CASES: Case[] = [
  { file: 'event-places.rq', expected: [...chain(SUMMIT, 'Summit'), ...chain(PRESS_CONFERENCE, 'PressConference')] },
  {
    file: 'attendees.rq',
    expected: [
      { event: SUMMIT, kind: `${NS.akh}Summit`, eventName: 'السعي لتحقيق السلام', attendee: TRUMP, name: 'Donald Trump' },
      { event: SUMMIT, kind: `${NS.akh}Summit`, eventName: 'السعي لتحقيق السلام', attendee: PUTIN, name: 'Vladimir Putin' },
      { event: PRESS_CONFERENCE, kind: `${NS.akh}PressConference`, attendee: PUTIN, name: 'Vladimir Putin' },
    ],
  },
  { file: 'said-by.rq', params: { person: TRUMP }, expected: trumpSaid },
  { file: 'mentioning-place.rq', params: { place: ALASKA }, expected: mentions(ALASKA) },
  { file: 'mentioning-place.rq', params: { place: USA }, expected: mentions(USA) },
  { file: 'press-conference-speakers.rq', params: { conference: PRESS_CONFERENCE }, expected: [{ conference: PRESS_CONFERENCE, speaker: 'Vladimir Putin', statements: '8' }] },
  {
    file: 'direct-quotes.rq',
    expected: [
      quote('Vladimir Putin', 'كان اجتماعنا مع الرئيس الأمريكي ترامب بناء ومحترما ومفيدا للطرفين', 375, 440),
      quote('Vladimir Putin', 'نرى أن الإدارة الأميركية وترامب يبذلان جهودا لحل الأزمة الأوكرانية، ونريد أن نفهم جوهر الأزمة وجذورها', 499, 600),
      quote('Vladimir Putin', 'ما يحدث في أوكرانيا مرتبط بتهديدات جوهرية لأمننا', 744, 792),
      quote('Vladimir Putin', 'آمل أن يؤدي التفاهم الذي توصلنا إليه مع ترامب إلى تحقيق الهدف وتحقيق السلام في أوكرانيا', 966, 1053),
      quote('Vladimir Putin', 'عاجلاً أم آجلاً، كان من الضروري تصحيح الوضع والانتقال من الصراع إلى الحوار', 1245, 1319),
      quote('Vladimir Putin', 'صباح الخير يا جاري العزيز', 1548, 1573),
      quote('Donald Trump', 'إنها ليست صفقة حتى تصبح صفقة', 2082, 2110),
    ],
  },
  {
    file: 'wikidata-links.rq',
    expected: [
      linked('Alaska', 'Q797'),
      linked('Anchorage', 'Q39450'),
      linked('Donald Trump', 'Q22686', 'Person'),
      linked('Russia', 'Q159'),
      linked('Ukraine', 'Q212'),
      linked('United States of America', 'Q30'),
      linked('Vladimir Putin', 'Q7747', 'Person'),
      { entity: `${ID}entity/bering-strait`, type: `${NS.schema}Place`, name: 'Bering Strait' },
      { entity: `${ID}entity/elmendorf-richardson`, type: `${NS.schema}Place`, name: 'Joint Base Elmendorf–Richardson' },
      // Named by its head noun and country (الإدارة الأميركية): a local organisation.
      { entity: `${ID}article/alaska-summit/entity/c7c132219a0c66b0`, type: `${NS.schema}Organization`, name: 'الإدارة الأميركية' },
    ],
  },
  {
    file: 'said-by-outlet.rq',
    params: { person: TRUMP },
    // The sample article has no sidecar: no outlet, no date.
    expected: trumpSaid.map(({ person, article, begin, mode, content }) => ({ person, speaker: 'دونالد ترامب', article, begin, mode, content })),
  },
  { file: 'quoted-about-place.rq', params: { place: ALASKA }, expected: [{ place: ALASKA, speaker: PUTIN, name: 'Vladimir Putin', statements: '2', articles: '1' }] },
  { file: 'most-quoted-unlinked.rq', expected: [] },
  {
    file: 'statements-per-speaker.rq',
    expected: [
      { speaker: 'Vladimir Putin', statements: '22', directQuotes: '6', indirectSpeech: '14', partialQuotes: '2' },
      { speaker: 'Donald Trump', statements: '4', directQuotes: '1', indirectSpeech: '2', partialQuotes: '1' },
    ],
  },
];

export function queryFiles(): string[] {
  return readdirSync(QUERY_DIR).filter((f) => f.endsWith('.rq')).sort();
}

export function caseQuery(c: Case): string {
  return bindParams(readFileSync(join(QUERY_DIR, c.file), 'utf8'), new Map(Object.entries(c.params ?? {})));
}

export function caseName(c: Case): string {
  return `${c.file}${c.params ? ` ${Object.entries(c.params).map(([k, v]) => `${k}=<${v}>`).join(' ')}` : ''}`;
}

/** Rows as variable → value, for comparing with the expectations above. */
export function values(result: QueryResult): Record<string, string>[] {
  if (result.kind !== 'solutions') throw new Error(`expected solutions, got ${result.kind}`);
  return result.bindings.map((row) => Object.fromEntries(Object.entries(row).map(([name, term]) => [name, term.value])));
}

const INTEGER_TYPES = ['integer', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'long', 'int', 'short', 'byte', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte'].map((t) => NS.xsd + t);

/**
 * Rows as full terms, in order, after the two differences that are not differences: language tags
 * compared without case (Virtuoso lower-cases them), and every xsd:integer-derived datatype taken
 * as xsd:integer (Oxigraph stores nif:beginIndex's xsd:nonNegativeInteger as xsd:integer).
 * (`typed-literal` versus `literal` is already standardised when results are read.)
 */
export function comparable(result: QueryResult): string[] {
  if (result.kind !== 'solutions') return [JSON.stringify(result)];
  const term = (t: ResultTerm): string => {
    const datatype = t.datatype && INTEGER_TYPES.includes(t.datatype) ? `${NS.xsd}integer` : t.datatype;
    return JSON.stringify([t.type, t.value, t['xml:lang']?.toLowerCase() ?? '', datatype ?? '']);
  };
  return result.bindings.map((row) => result.vars.map((v) => `${v}=${row[v] ? term(row[v]) : ''}`).join(' '));
}

// The archive of test/fixtures/archive.ts: seven articles, two outlets.
const arc = (n: number) => `${ID}article/ARC-${n}`;
/** The documented IRI of a person named across the corpus: the SHA-256 of `Person:<nameKey>`, 16 hex digits. */
const corpusPerson = (nameKey: string) => `${ID}entity/person/${createHash('sha256').update(`Person:${nameKey}`).digest('hex').slice(0, 16)}`;
export const NOUMAN = corpusPerson('سامر خليل نعمان');
const HADDAD = corpusPerson('رامي فؤاد حداد');
const KARAM = corpusPerson('وليد منصور كرم');
export const SYRIA = `${ID}entity/Q858`;
/** A name the article keeps: under the article's IRI. */
const articleOwn = (n: number) => new RegExp(`^${arc(n)}/entity/[0-9a-f]{16}$`).source;

export interface ArchiveCase extends Case {
  /** Values that are a pattern (the hash of an article-scoped name is not part of the contract). */
  patterns?: Record<number, Record<string, string>>;
}

const noumanSaid = [
  [EAST, '2018-03-01', 1, '46', 'IndirectSpeech', 'المحادثات في جنيف كانت مثمرة'],
  [EAST, '2018-03-01', 1, '91', 'IndirectSpeech', 'بلاده مستعدة لجولة جديدة في سوريا'],
  [WEST, '2018-03-05', 2, '47', 'IndirectSpeech', 'بلاده لن تتخلى عن حلفائها في سوريا'],
  [EAST, '2018-03-09', 3, '22', 'DirectQuote', 'لن نقبل أي تدخل خارجي في سوريا'],
] as const;

export const ARCHIVE_CASES: ArchiveCase[] = [
  {
    file: 'said-by-outlet.rq',
    params: { person: NOUMAN },
    // Three articles, two outlets; the second statement of ARC-1 calls him by the family name (وأضاف نعمان).
    expected: noumanSaid.map(([outlet, date, n, begin, mode, content]) => ({ person: NOUMAN, speaker: 'سامر خليل نعمان', outlet, date, article: arc(n), begin, mode: NS.akh + mode, content })),
  },
  {
    file: 'said-by-outlet.rq',
    params: { person: KARAM },
    // ARC-6 gives him a Saudi and a Kuwaiti title: that node stays the article's, and is not this one.
    expected: [{ person: KARAM, speaker: 'وليد منصور كرم', outlet: EAST, date: '2018-03-10', article: arc(7), begin: '23', mode: `${NS.akh}IndirectSpeech`, content: 'الحوار مستمر' }],
  },
  {
    file: 'quoted-about-place.rq',
    params: { place: SYRIA },
    // Damascus and Aleppo lie in Syria; the two one-word مجدي of ARC-4 and ARC-5 stay two nodes.
    expected: [
      { place: SYRIA, speaker: NOUMAN, name: 'سامر خليل نعمان', statements: '3', articles: '3' },
      { place: SYRIA, speaker: HADDAD, name: 'رامي فؤاد حداد', statements: '1', articles: '1' },
      { place: SYRIA, speaker: 'ARC-4', name: 'مجدي', statements: '1', articles: '1' },
      { place: SYRIA, speaker: 'ARC-5', name: 'مجدي', statements: '1', articles: '1' },
    ],
    patterns: { 2: { speaker: articleOwn(4) }, 3: { speaker: articleOwn(5) } },
  },
  {
    file: 'most-quoted-unlinked.rq',
    expected: [
      { speaker: NOUMAN, name: 'سامر خليل نعمان', nameKey: 'سامر خليل نعمان', articles: '3', statements: '4' },
      { speaker: 'ARC-6', name: 'وليد منصور كرم', articles: '1', statements: '2' },
      { speaker: HADDAD, name: 'رامي فؤاد حداد', nameKey: 'رامي فؤاد حداد', articles: '1', statements: '1' },
      { speaker: 'ARC-4', name: 'مجدي', articles: '1', statements: '1' },
      { speaker: 'ARC-5', name: 'مجدي', articles: '1', statements: '1' },
      { speaker: KARAM, name: 'وليد منصور كرم', nameKey: 'وليد منصور كرم', articles: '1', statements: '1' },
    ],
    patterns: { 1: { speaker: articleOwn(6) }, 3: { speaker: articleOwn(4) }, 4: { speaker: articleOwn(5) } },
  },
];

/** The rows of an archive case as expected, with its patterned values matched as patterns. */
export function archiveExpectation(c: ArchiveCase): Record<string, unknown>[] {
  return c.expected.map((row, i) => ({ ...row, ...Object.fromEntries(Object.entries(c.patterns?.[i] ?? {}).map(([k, p]) => [k, expect.stringMatching(p)])) }));
}
