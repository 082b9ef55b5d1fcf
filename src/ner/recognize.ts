// The recognise stage: gazetteer names, titled persons, names found by pattern, event triggers.
import type { ArticleDoc, Candidate, Span } from '../types.js';
import type { Resources } from '../resources.js';
import { findGazetteerNames } from './gazetteer-names.js';
import { findTitledPersons } from './titles.js';
import { findAcronyms, findGivenNames, findHeadedNames, findQuotedNames, findSpeakerNames } from './patterns.js';
import { findEventTriggers } from './event-triggers.js';
import { findCoordinatedNames } from './coordination.js';
import { findDefiniteBodies } from './definite-bodies.js';
import { findBodiesOfPersons } from './person-bodies.js';
import { findModelNames } from './model-names.js';
import { countBefore } from '../bisect.js';

export function recognize(doc: ArticleDoc, resources: Resources): ArticleDoc {
  const allGazetteerNames = findGazetteerNames(doc.tokens, resources);
  const quoted = findQuotedNames(doc.tokens, allGazetteerNames, resources);
  // A gazetteer name inside a quoted name (a city's name in مطار "<city> سيتي") is part of that name.
  const inQuoted = tokensOf(quoted, doc.tokens.length);
  const gazetteerNames = allGazetteerNames.filter((c) => !anyMarked(inQuoted, c.tokenStart, c.tokenEnd));
  const headed = findHeadedNames(doc.tokens, [...gazetteerNames, ...quoted], resources);
  const listed = [...gazetteerNames, ...quoted, ...headed, ...findAcronyms(doc.tokens, [...gazetteerNames, ...quoted, ...headed])];
  const known = [...listed, ...findCoordinatedNames(doc.tokens, listed, resources)];
  const titled = findTitledPersons(doc.tokens, known, resources);
  const given = findGivenNames(doc.tokens, [...known, ...titled], resources);
  const speakers = findSpeakerNames(doc.tokens, [...known, ...titled, ...given], resources);
  const allTriggers = findEventTriggers(doc.tokens, resources);
  // A word that names an event (اجتماعه) is no person's name, whatever pattern found it.
  const inTrigger = tokensOf(allTriggers, doc.tokens.length);
  const persons = [...titled, ...given, ...speakers].filter((p) => p.via === 'title' || !anyMarked(inTrigger, p.tokenStart, p.tokenEnd));
  const named = [...withoutPersonsAsPlaces(known, persons), ...persons];
  const found = [...named, ...findDefiniteBodies(doc.tokens, named, resources), ...findBodiesOfPersons(doc.tokens, named, resources)];
  // The trained tagger proposes the names no rule found, of the types resources.nerNames asks for.
  const proposed = findModelNames(doc.tokens, doc.sentences, found, allTriggers, resources);
  const candidates = [...found, ...proposed].sort((a, b) => a.start - b.start || b.end - a.end);
  // A trigger inside a name, or overlapping any name but a person's that does not hold it whole, is no event.
  const overlapsName = reachOf(candidates.filter((c) => c.type !== 'Person'));
  const inPersonName = reachOf(candidates.filter((c) => c.type === 'Person'));
  const triggers = allTriggers.filter((t) => !(overlapsName(t.end - 1) > t.start || inPersonName(t.start) >= t.end));
  return { ...doc, candidates, triggers };
}

/** Marks the tokens of the spans. */
function tokensOf(spans: readonly { tokenStart: number; tokenEnd: number }[], count: number): Uint8Array {
  const marked = new Uint8Array(count);
  for (const s of spans) marked.fill(1, s.tokenStart, s.tokenEnd);
  return marked;
}

function anyMarked(marked: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (marked[k] === 1) return true;
  return false;
}

/**
 * For spans ordered by start: how far the spans starting at or before an offset reach (the largest
 * end among them, -1 when none), by halves over a running maximum. Replaces a scan of every
 * candidate for every trigger.
 */
function reachOf(spans: readonly Span[]): (offset: number) => number {
  const reach: number[] = [];
  for (const s of spans) reach.push(Math.max(s.end, reach.at(-1) ?? -1));
  return (offset) => {
    const low = countBefore(spans, (s) => s.start <= offset);
    return low > 0 ? (reach[low - 1] as number) : -1;
  };
}

/** A head noun before a person's name (سجن فلان: his imprisonment) names no place. */
function withoutPersonsAsPlaces(known: readonly Candidate[], persons: readonly Candidate[]): Candidate[] {
  const family = new Set(persons.map((p) => p.name?.split(' ').at(-1)).filter((w): w is string => w !== undefined));
  return known.filter((c) => !(c.via === 'pattern' && c.type === 'Place' && family.has(c.name?.split(' ').at(-1) ?? '')));
}
