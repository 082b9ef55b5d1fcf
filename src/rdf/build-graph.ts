// The graph stage: an analysed ArticleDoc → RDF quads exactly as docs/graph.md says.
import type { Quad, Quad_Object, NamedNode } from '@rdfjs/types';
import type { ArticleDoc, Entity, Mention, Span } from '../types.js';
import { NS } from './vocabulary.js';
import { codePointOffsets, iriScheme } from './iris.js';
import { terms } from './terms.js';
import { sortUniqueQuads } from './serialize.js';
import { countBefore } from '../bisect.js';

const { namedNode, literal, quad, defaultGraph } = terms;
const MODE_IRI = { direct: 'DirectQuote', indirect: 'IndirectSpeech', partial: 'PartialQuote' } as const;
const AKH_CLASSES = new Set(['MilitaryBase', 'UnnamedSource']);
const BASE_CLASS = { Person: 'Person', Place: 'Place', Organization: 'Organization' } as const;

export interface GraphOptions {
  base: string;
  /** Name the article's graph (for N-Quads); the default graph otherwise. */
  named?: boolean;
}

/** The article's quads, each once, in sortQuads order (the order every serialisation writes). */
export function buildGraph(doc: ArticleDoc, options: GraphOptions): Quad[] {
  const iri = iriScheme(doc, options.base);
  const graph = options.named ? namedNode(iri.article) : defaultGraph();
  const cp = codePointOffsets(doc.text);
  const quads: Quad[] = [];
  const add = (s: string, p: string, o: Quad_Object): void => {
    quads.push(quad(namedNode(s), namedNode(p), o, graph));
  };
  const type = (s: string, cls: string): void => add(s, NS.rdf + 'type', namedNode(cls));
  const index = (n: number) => literal(String(cp(n)), namedNode(NS.xsd + 'nonNegativeInteger'));
  const anchor = (s: string, span: Span): void => {
    add(s, NS.nif + 'beginIndex', index(span.start));
    add(s, NS.nif + 'endIndex', index(span.end));
    add(s, NS.nif + 'referenceContext', namedNode(iri.article));
  };

  // Article
  type(iri.article, NS.schema + 'NewsArticle');
  type(iri.article, NS.nif + 'Context');
  add(iri.article, NS.nif + 'isString', literal(doc.text));
  add(iri.article, NS.nif + 'beginIndex', index(0));
  add(iri.article, NS.nif + 'endIndex', index(doc.text.length));
  add(iri.article, NS.schema + 'inLanguage', literal(doc.meta.language ?? 'ar'));
  if (doc.meta.title) add(iri.article, NS.schema + 'headline', literal(doc.meta.title));
  if (doc.meta.url) add(iri.article, NS.schema + 'url', namedNode(doc.meta.url));
  if (doc.meta.datePublished) add(iri.article, NS.schema + 'datePublished', dateLiteral(doc.meta.datePublished));
  if (doc.meta.publisher) add(iri.article, NS.schema + 'publisher', literal(doc.meta.publisher));
  add(iri.article, NS.prov + 'wasGeneratedBy', namedNode(iri.run));
  type(iri.run, NS.prov + 'Activity');
  add(iri.run, NS.prov + 'wasAssociatedWith', namedNode(NS.akh + 'Akhbar'));

  // Entities
  for (const entity of doc.entities.values()) addEntity(entity, iri.entity, add, type);

  // Mentions of entities and events
  const mentionIri = (span: Span) => iri.mention(cp(span.start), cp(span.end));
  for (const m of doc.mentions) addMention(mentionIri(m), doc, m, iri.entity(m.entity), add, type, anchor);
  // A span names one thing (a nif:Phrase has one itsrdf:taIdentRef): an entity reading wins.
  const entitySpans = new Set(doc.mentions.map((m) => `${m.start},${m.end}`));
  for (const m of doc.eventMentions) if (!entitySpans.has(`${m.start},${m.end}`)) addMention(mentionIri(m), doc, m, iri.event(m.event + 1), add, type, anchor);

  // Events
  doc.events.forEach((event, e) => {
    const s = iri.event(e + 1);
    type(s, NS.schema + 'Event');
    if (event.eventClass !== 'Event') type(s, NS.akh + event.eventClass);
    if (event.name) add(s, NS.schema + 'name', literal(doc.text.slice(event.name.start, event.name.end), 'ar'));
    for (const place of event.locations) add(s, NS.schema + 'location', namedNode(iri.entity(place)));
    for (const person of event.attendees) add(s, NS.schema + 'attendee', namedNode(iri.entity(person)));
    for (const topic of event.about) add(s, NS.schema + 'about', namedNode(iri.entity(topic)));
    if (event.startDate) add(s, NS.schema + 'startDate', literal(event.startDate.value, namedNode(NS.xsd + 'date')));
    if (event.superEvent !== undefined) {
      add(s, NS.schema + 'superEvent', namedNode(iri.event(event.superEvent + 1)));
      add(iri.event(event.superEvent + 1), NS.schema + 'subEvent', namedNode(s));
    }
  });

  // Statements
  const within = mentionsWithin(doc.mentions);
  doc.statements.forEach((st, n) => {
    const s = iri.statement(n + 1);
    type(s, NS.akh + 'Statement');
    if (st.mode === 'direct') type(s, NS.schema + 'Quotation');
    for (const speaker of st.speakers) add(s, NS.akh + 'speaker', namedNode(iri.entity(speaker)));
    add(s, NS.akh + 'content', literal(doc.text.slice(st.content.start, st.content.end), 'ar'));
    add(s, NS.akh + 'mode', namedNode(NS.akh + MODE_IRI[st.mode]));
    add(s, NS.akh + 'cue', literal(doc.text.slice(st.cue.start, st.cue.end), 'ar'));
    add(s, NS.akh + 'cueBeginIndex', index(st.cue.start));
    add(s, NS.akh + 'cueEndIndex', index(st.cue.end));
    if (st.occasion !== undefined) add(s, NS.akh + 'occasion', namedNode(iri.event(st.occasion + 1)));
    // The canonical decimal (0.9, 1), as stores write it back: loaded and dumped, the graph keeps its bytes.
    if (st.confidence !== undefined) add(s, NS.akh + 'confidence', literal(String(Number(st.confidence.toFixed(2))), namedNode(NS.xsd + 'decimal')));
    const speakerMention = st.speakerMention && within(st.speakerMention)[0];
    if (speakerMention) add(s, NS.akh + 'speakerMention', namedNode(mentionIri(speakerMention)));
    const mentioned = new Set(within(st.content).map((m) => m.entity));
    for (const key of [...mentioned].sort()) add(s, NS.schema + 'mentions', namedNode(iri.entity(key)));
    anchor(s, st.content);
  });
  return sortUniqueQuads(quads);
}

/**
 * The mentions wholly inside a span, in list order, found by halves in the list ordered by start
 * (link leaves it so; sorting a copy costs nothing when it is): a scan of all mentions for each
 * statement made the graph quadratic in the length of the article.
 */
function mentionsWithin(mentions: readonly Mention[]): (span: Span) => Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  return (span) => {
    const low = countBefore(sorted, (m) => m.start < span.start);
    const inside: Mention[] = [];
    for (let i = low; i < sorted.length && (sorted[i] as Mention).start < span.end; i++) if ((sorted[i] as Mention).end <= span.end) inside.push(sorted[i] as Mention);
    return inside;
  };
}

function addEntity(entity: Entity, entityIri: (key: string) => string, add: (s: string, p: string, o: Quad_Object) => void, type: (s: string, cls: string) => void): void {
  const s = entityIri(entity.key);
  // An unnamed source (مصادر) is not known to be one person: it keeps only its own class.
  if (!entity.unnamed) type(s, NS.schema + BASE_CLASS[entity.type]);
  for (const cls of entity.classes) type(s, (AKH_CLASSES.has(cls) ? NS.akh : NS.schema) + cls);
  add(s, NS.schema + 'name', literal(entity.nameAr, 'ar'));
  if (entity.nameEn) add(s, NS.schema + 'name', literal(entity.nameEn, 'en'));
  if (entity.qid) add(s, NS.owl + 'sameAs', namedNode(NS.wd + entity.qid) as NamedNode);
  if (entity.nameKey !== undefined) add(s, NS.akh + 'nameKey', literal(entity.nameKey));
  for (const title of entity.jobTitles) add(s, NS.schema + 'jobTitle', literal(title, 'ar'));
  for (const parent of entity.containedIn) add(s, NS.schema + 'containedInPlace', namedNode(entityIri(parent)));
}

function addMention(
  s: string,
  doc: ArticleDoc,
  span: Span,
  target: string,
  add: (s: string, p: string, o: Quad_Object) => void,
  type: (s: string, cls: string) => void,
  anchor: (s: string, span: Span) => void,
): void {
  type(s, NS.nif + 'Phrase');
  add(s, NS.nif + 'anchorOf', literal(doc.text.slice(span.start, span.end)));
  anchor(s, span);
  add(s, NS.itsrdf + 'taIdentRef', namedNode(target));
}

function dateLiteral(value: string) {
  return literal(value, namedNode(NS.xsd + (value.length === 10 ? 'date' : 'dateTime')));
}
