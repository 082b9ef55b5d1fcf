// The recognise stage: gazetteer names, titled persons, names found by pattern, event triggers.
import type { ArticleDoc, Candidate } from '../types.js';
import type { Resources } from '../resources.js';
import { findGazetteerNames } from './gazetteer-names.js';
import { findTitledPersons } from './titles.js';
import { findGivenNames, findHeadedNames, findQuotedNames, findSpeakerNames } from './patterns.js';
import { findEventTriggers } from './event-triggers.js';

export function recognize(doc: ArticleDoc, resources: Resources): ArticleDoc {
  const gazetteerNames = findGazetteerNames(doc.tokens, resources);
  const quoted = findQuotedNames(doc.tokens, gazetteerNames, resources);
  const known = [...gazetteerNames, ...quoted, ...findHeadedNames(doc.tokens, [...gazetteerNames, ...quoted], resources)];
  const titled = findTitledPersons(doc.tokens, known, resources);
  const given = findGivenNames(doc.tokens, [...known, ...titled], resources);
  const speakers = findSpeakerNames(doc.tokens, [...known, ...titled, ...given], resources);
  const persons = [...titled, ...given, ...speakers];
  const candidates = [...withoutPersonsAsPlaces(known, persons), ...persons].sort((a, b) => a.start - b.start || b.end - a.end);
  const triggers = findEventTriggers(doc.tokens, resources).filter((t) => !candidates.some((c) => c.type !== 'Person' && c.start <= t.start && t.end <= c.end));
  return { ...doc, candidates, triggers };
}

/** A head noun before a person's name (سجن برانسون: his imprisonment) names no place. */
function withoutPersonsAsPlaces(known: readonly Candidate[], persons: readonly Candidate[]): Candidate[] {
  const family = new Set(persons.map((p) => p.name?.split(' ').at(-1)).filter((w): w is string => w !== undefined));
  return known.filter((c) => !(c.via === 'pattern' && c.type === 'Place' && family.has(c.name?.split(' ').at(-1) ?? '')));
}
