// Splits a lexicon or gazetteer string into the normalised words the matchers compare.
import type { Normalizer } from '../normalize/arabic.js';

const WORD = /[\u0621-\u063A\u0641-\u064A\u066E-\u06D3\u06FA-\u06FFA-Za-z0-9]+/gu;

export function wordsOf(normalizer: Normalizer, phrase: string): string[] {
  return normalizer.normalize(phrase).match(WORD) ?? [];
}

/**
 * Capital Latin initials (ABC, XYZ): Arabic prose keeps an organisation's acronym in Latin letters,
 * where it writes a person's or place's name in Arabic ones.
 */
export const LATIN_ACRONYM = /^[A-Z]{2,6}$/;
