// The recognise stage: gazetteer names, titled persons, names found by pattern, event triggers.
import type { ArticleDoc, Candidate } from '../types.js';
import type { Resources } from '../resources.js';
import { findGazetteerNames } from './gazetteer-names.js';
import { findTitledPersons } from './titles.js';
import { findGivenNames, findHeadedNames, findQuotedNames, findSpeakerNames } from './patterns.js';
import { findEventTriggers } from './event-triggers.js';
import { findModelNames } from './model-names.js';

export function recognize(doc: ArticleDoc, resources: Resources): ArticleDoc {
  const gazetteerNames = findGazetteerNames(doc.tokens, resources);
  const quoted = findQuotedNames(doc.tokens, gazetteerNames, resources);
  const known = [...gazetteerNames, ...quoted, ...findHeadedNames(doc.tokens, [...gazetteerNames, ...quoted], resources)];
  const titled = findTitledPersons(doc.tokens, known, resources);
  const given = findGivenNames(doc.tokens, [...known, ...titled], resources);
  const speakers = findSpeakerNames(doc.tokens, [...known, ...titled, ...given], resources);
  const allTriggers = findEventTriggers(doc.tokens, resources);
  // A word that names an event (اجتماعه) is no person's name, whatever pattern found it.
  const persons = [...titled, ...given, ...speakers].filter((p) => p.via === 'title' || !allTriggers.some((t) => t.tokenStart < p.tokenEnd && p.tokenStart < t.tokenEnd));
  const found = [...withoutPersonsAsPlaces(known, persons), ...persons];
  // The trained tagger proposes the names no rule found, of the types resources.nerNames asks for.
  const proposed = findModelNames(doc.tokens, doc.sentences, found, allTriggers, resources);
  const candidates = [...found, ...proposed].sort((a, b) => a.start - b.start || b.end - a.end);
  const triggers = allTriggers.filter((t) => !candidates.some((c) => c.start < t.end && t.start < c.end && (c.type !== 'Person' || (c.start <= t.start && t.end <= c.end))));
  return { ...doc, candidates, triggers };
}

/** A head noun before a person's name (سجن برانسون: his imprisonment) names no place. */
function withoutPersonsAsPlaces(known: readonly Candidate[], persons: readonly Candidate[]): Candidate[] {
  const family = new Set(persons.map((p) => p.name?.split(' ').at(-1)).filter((w): w is string => w !== undefined));
  return known.filter((c) => !(c.via === 'pattern' && c.type === 'Place' && family.has(c.name?.split(' ').at(-1) ?? '')));
}
