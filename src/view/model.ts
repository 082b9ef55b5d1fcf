// One article's graph read back into what a page shows: the text, its mentions, statements, events
// and entities, with every offset turned from NIF's code points into the page's UTF-16 indices.
import type { Quad } from '@rdfjs/types';
import { AkhbarError } from '../errors.js';
import { NS } from '../rdf/vocabulary.js';
import { startsCodePoint } from '../rdf/iris.js';

export type EntityKind = 'person' | 'place' | 'organization' | 'unnamed' | 'event' | 'other';

export interface EntityView {
  iri: string;
  nameAr?: string;
  nameEn?: string;
  /** rdf:type IRIs, sorted. */
  types: string[];
  kind: EntityKind;
  /** The Wikidata entity IRI of owl:sameAs, when linked. */
  wikidata?: string;
  jobTitles: string[];
  containedIn: string[];
}

export interface MentionView {
  iri: string;
  /** UTF-16 offsets into the article text, end exclusive. */
  start: number;
  end: number;
  target: string;
}

export interface StatementView {
  iri: string;
  start: number;
  end: number;
  content: string;
  /** The akh: mode IRI. */
  mode: string;
  cue?: string;
  speakers: string[];
  occasion?: string;
  confidence?: number;
  mentions: string[];
}

export interface EventView {
  iri: string;
  types: string[];
  name?: string;
  locations: string[];
  attendees: string[];
  about: string[];
  superEvents: string[];
  subEvents: string[];
}

export interface ArticleView {
  iri: string;
  text: string;
  headline?: string;
  url?: string;
  datePublished?: string;
  publisher?: string;
  /** Persons, places, organisations and unnamed sources, by IRI. */
  entities: Map<string, EntityView>;
  /** Sorted by start, longest first. */
  mentions: MentionView[];
  /** Sorted by start, longest first. */
  statements: StatementView[];
  /** In IRI order (the order the pipeline numbered them). */
  events: EventView[];
}

const P = {
  type: `${NS.rdf}type`,
  isString: `${NS.nif}isString`,
  begin: `${NS.nif}beginIndex`,
  end: `${NS.nif}endIndex`,
  anchorOf: `${NS.nif}anchorOf`,
  identRef: `${NS.itsrdf}taIdentRef`,
  name: `${NS.schema}name`,
  headline: `${NS.schema}headline`,
  url: `${NS.schema}url`,
  datePublished: `${NS.schema}datePublished`,
  publisher: `${NS.schema}publisher`,
  jobTitle: `${NS.schema}jobTitle`,
  containedIn: `${NS.schema}containedInPlace`,
  location: `${NS.schema}location`,
  attendee: `${NS.schema}attendee`,
  about: `${NS.schema}about`,
  superEvent: `${NS.schema}superEvent`,
  subEvent: `${NS.schema}subEvent`,
  mentions: `${NS.schema}mentions`,
  sameAs: `${NS.owl}sameAs`,
  speaker: `${NS.akh}speaker`,
  content: `${NS.akh}content`,
  mode: `${NS.akh}mode`,
  cue: `${NS.akh}cue`,
  occasion: `${NS.akh}occasion`,
  confidence: `${NS.akh}confidence`,
} as const;

const C = {
  article: `${NS.schema}NewsArticle`,
  phrase: `${NS.nif}Phrase`,
  statement: `${NS.akh}Statement`,
  event: `${NS.schema}Event`,
  person: `${NS.schema}Person`,
  place: `${NS.schema}Place`,
  organization: `${NS.schema}Organization`,
  unnamed: `${NS.akh}UnnamedSource`,
};

/** Every value of every predicate of one subject, as the graph gives them. */
type Subject = Map<string, { value: string; language: string }[]>;

/**
 * Reads one article's graph (the quads of its named graph). Refuses a graph that is not one
 * article, or whose offsets do not return the words it claims, naming the node at fault: a
 * page must never show a span that is not in the text.
 */
export function readArticleView(quads: readonly Quad[]): ArticleView {
  const subjects = new Map<string, Subject>();
  for (const q of quads) {
    let subject = subjects.get(q.subject.value);
    if (!subject) subjects.set(q.subject.value, (subject = new Map()));
    const values = subject.get(q.predicate.value);
    const value = { value: q.object.value, language: q.object.termType === 'Literal' ? q.object.language : '' };
    if (values) values.push(value);
    else subject.set(q.predicate.value, [value]);
  }
  const all = (s: Subject, p: string): string[] => (s.get(p) ?? []).map((v) => v.value).sort();
  const one = (s: Subject, p: string): string | undefined => all(s, p)[0];
  const typed = (cls: string) => [...subjects].filter(([, s]) => all(s, P.type).includes(cls));

  const articles = typed(C.article);
  if (articles.length !== 1) throw new AkhbarError('E_DATA', `expected one schema:NewsArticle in the graph, found ${articles.length}`);
  const [[iri, article]] = articles as [[string, Subject]];
  const text = one(article, P.isString);
  if (text === undefined) throw new AkhbarError('E_DATA', `the article ${iri} has no text (nif:isString)`);
  const units = unitOffsets(text);
  const span = (node: string, s: Subject): { start: number; end: number } => {
    const begin = Number(one(s, P.begin));
    const end = Number(one(s, P.end));
    if (!Number.isInteger(begin) || !Number.isInteger(end) || begin < 0 || end > units.length - 1 || begin >= end) {
      throw new AkhbarError('E_DATA', `${node}: offsets ${one(s, P.begin)}–${one(s, P.end)} are not a span of the article text`);
    }
    return { start: units[begin] as number, end: units[end] as number };
  };
  const checked = (node: string, at: { start: number; end: number }, claimed: string | undefined): void => {
    if (claimed !== undefined && text.slice(at.start, at.end) !== claimed) throw new AkhbarError('E_DATA', `${node}: the text at its offsets is not ${JSON.stringify(claimed)}`);
  };

  const entities = new Map<string, EntityView>();
  for (const [node, s] of subjects) {
    const kind = entityKind(all(s, P.type));
    if (kind === 'other' || kind === 'event') continue;
    const names = s.get(P.name) ?? [];
    entities.set(node, {
      iri: node,
      nameAr: names.find((n) => n.language === 'ar')?.value ?? names.find((n) => n.language === '')?.value,
      nameEn: names.find((n) => n.language === 'en')?.value,
      types: all(s, P.type),
      kind,
      wikidata: all(s, P.sameAs).find((v) => v.startsWith(NS.wd)),
      jobTitles: all(s, P.jobTitle),
      containedIn: all(s, P.containedIn),
    });
  }

  const mentions = typed(C.phrase).map(([node, s]): MentionView => {
    const at = span(node, s);
    checked(node, at, one(s, P.anchorOf));
    return { iri: node, ...at, target: one(s, P.identRef) ?? '' };
  });

  const statements = typed(C.statement).map(([node, s]): StatementView => {
    const at = span(node, s);
    const content = one(s, P.content) ?? text.slice(at.start, at.end);
    checked(node, at, content);
    const confidence = one(s, P.confidence);
    return {
      iri: node,
      ...at,
      content,
      mode: one(s, P.mode) ?? '',
      cue: one(s, P.cue),
      speakers: all(s, P.speaker),
      occasion: one(s, P.occasion),
      confidence: confidence === undefined ? undefined : Number(confidence),
      mentions: all(s, P.mentions),
    };
  });

  const events = typed(C.event)
    .map(([node, s]): EventView => ({
      iri: node,
      types: all(s, P.type),
      name: one(s, P.name),
      locations: all(s, P.location),
      attendees: all(s, P.attendee),
      about: all(s, P.about),
      superEvents: all(s, P.superEvent),
      subEvents: all(s, P.subEvent),
    }))
    .sort((a, b) => compareIris(a.iri, b.iri));

  const byPosition = (a: { start: number; end: number; iri: string }, b: { start: number; end: number; iri: string }) => a.start - b.start || b.end - a.end || compareIris(a.iri, b.iri);
  return {
    iri,
    text,
    headline: one(article, P.headline),
    url: one(article, P.url),
    datePublished: one(article, P.datePublished),
    publisher: one(article, P.publisher),
    entities,
    mentions: mentions.sort(byPosition),
    statements: statements.sort(byPosition),
    events,
  };
}

/** What a node is, for colouring and grouping: the first of its types that says. */
export function entityKind(types: readonly string[]): EntityKind {
  if (types.includes(C.event)) return 'event';
  if (types.includes(C.unnamed)) return 'unnamed';
  if (types.includes(C.person)) return 'person';
  if (types.includes(C.organization)) return 'organization';
  if (types.includes(C.place)) return 'place';
  return 'other';
}

/** Numbered IRIs (…/statement/9, …/statement/10) in numeric order, others by code unit. */
export function compareIris(a: string, b: string): number {
  const x = a.match(/\d+|\D+/g) ?? [];
  const y = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i] as string, y[i] as string];
    if (p === q) continue;
    const numbers = /^\d/.test(p) && /^\d/.test(q);
    if (numbers && Number(p) !== Number(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/** For each code-point offset 0…n, the UTF-16 index it falls at (the inverse of codePointOffsets). */
function unitOffsets(text: string): Int32Array {
  const offsets = new Int32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) if (startsCodePoint(text, i)) offsets[points++] = i;
  offsets[points] = text.length;
  return offsets.subarray(0, points + 1);
}
