// The word lists derived from ANERcorp's tags (CC BY-SA 4.0): given names, the words that begin a
// person far more often than they stand outside one; common words, those seen often and almost
// never inside any entity. scripts/build-anercorp-lists.ts writes them into ontology/lexicon/; the
// NER trainer derives them again from its own training part, so that its development split
// measures the model as a text it never saw would.
import type { Normalizer } from '../../normalize/arabic.js';

/** A name must begin persons at least this often, and do so in this share of its occurrences. */
const MIN_PERSON_STARTS = 2;
const MIN_PERSON_SHARE = 0.6;
const MIN_LENGTH = 3;
/** A common word is seen at least this often outside entities, and inside one at most this share of that. */
const MIN_COMMON = 3;
const MAX_ENTITY_SHARE = 0.05;

export interface AnercorpLists {
  givenNames: string[];
  commonWords: string[];
}

/** The lists of (word, tag) pairs, words as written; the lists hold normal forms, sorted. */
export function deriveAnercorpLists(pairs: Iterable<readonly [string, string]>, normalizer: Normalizer): AnercorpLists {
  const starts = new Map<string, number>();
  const total = new Map<string, number>();
  const outside = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const [word, tag] of pairs) {
    const norm = normalizer.normalize(word);
    bump(total, norm);
    if (tag === 'B-PERS') bump(starts, norm);
    if (tag === 'O') bump(outside, norm);
  }
  const givenNames = [...starts]
    .filter(([word, n]) => n >= MIN_PERSON_STARTS && n / (total.get(word) ?? n) >= MIN_PERSON_SHARE && word.length >= MIN_LENGTH && !word.startsWith('ال') && /^[\u0621-\u064A]+$/.test(word))
    .map(([word]) => word)
    .sort();
  const commonWords = [...outside]
    .filter(([word, n]) => n >= MIN_COMMON && (total.get(word) ?? n) - n <= n * MAX_ENTITY_SHARE && /^[\u0621-\u064A]{2,}$/.test(word))
    .map(([word]) => word)
    .sort();
  return { givenNames, commonWords };
}
