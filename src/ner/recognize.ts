// The recognise stage: gazetteer names, titled persons, names found by pattern, event triggers.
import type { ArticleDoc } from '../types.js';
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
  const candidates = [...known, ...titled, ...given, ...speakers].sort((a, b) => a.start - b.start || b.end - a.end);
  const triggers = findEventTriggers(doc.tokens, resources).filter((t) => !candidates.some((c) => c.type !== 'Person' && c.start <= t.start && t.end <= c.end));
  return { ...doc, candidates, triggers };
}
