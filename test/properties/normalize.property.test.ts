// Property: the normaliser's offset map. For random text of Arabic letters and every kind of mark
// that normalisation deletes, maps or must leave alone, each normalised span maps back to a raw span
// whose normalisation is that span again.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createNormalizer, rawSpan, type NormalizationTable } from '../../src/normalize/arabic.js';

const normalizer = createNormalizer(JSON.parse(readFileSync('ontology/lexicon/normalization.json', 'utf8')) as NormalizationTable);

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
const PIECES = [
  ...range(0x0621, 0x064a), // letters, hamza and alef forms, ta marbuta, alef maqsura
  ...range(0x064b, 0x0652), // harakat, tanwin, shadda, sukun
  '\u0670', // superscript alef
  '\u0640', // tatweel
  ...range(0x0660, 0x0669), // Arabic-Indic digits
  '،', '؛', '؟', '«', '»', '“', '”', '"', ' ', '\n', '.', ':',
  'ﻻ', 'ﷲ', 'ﷺ', 'ﺑ', 'ﺎ', 'ﻷ', // presentation forms
  '😀', '𝒜', '𐌰', // surrogate pairs
  '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202e', '\u2066', '\u2069', // bidi controls
  '\u200b', '\u200c', '\u200d', '\ufeff', // zero-width
  'a', 'Z', '7',
];
const arabicText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((pieces) => pieces.join(''));

/** Normalised positions where a raw character's output begins (a mapped letter may give several units). */
function boundaries(normToRaw: Int32Array, length: number): number[] {
  const at = [0];
  for (let i = 1; i <= length; i++) if (normToRaw[i] !== normToRaw[i - 1]) at.push(i);
  return at;
}

describe('the normaliser offset map', () => {
  it('has one raw offset per normalised unit, in order, ending at the raw length', () => {
    fc.assert(
      fc.property(arabicText, (raw) => {
        const { norm, normToRaw } = normalizer.normalizeText(raw);
        expect(normToRaw).toHaveLength(norm.length + 1);
        expect(normToRaw[norm.length]).toBe(raw.length);
        for (let i = 0; i < norm.length; i++) {
          expect(normToRaw[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : (normToRaw[i - 1] as number));
          expect(normToRaw[i]).toBeLessThan(raw.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('maps every normalised span back to raw text that normalises to it', () => {
    fc.assert(
      fc.property(arabicText, fc.nat(), fc.nat(), (raw, a, b) => {
        const { norm, normToRaw } = normalizer.normalizeText(raw);
        const cuts = boundaries(normToRaw, norm.length);
        const [from, to] = [cuts[a % cuts.length] as number, cuts[b % cuts.length] as number].sort((x, y) => x - y) as [number, number];
        const back = raw.slice(normToRaw[from], normToRaw[to]);
        expect(normalizer.normalizeText(back).norm).toBe(norm.slice(from, to));
        if (to > from) {
          // The span the graph writes keeps a final mark with its letter, and still normalises to it.
          const [start, end] = rawSpan(normToRaw, raw, from, to, normalizer.isDeleted);
          expect(normalizer.normalizeText(raw.slice(start, end)).norm).toBe(norm.slice(from, to));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is the same whether a text is normalised whole or in pieces cut between characters', () => {
    fc.assert(
      fc.property(arabicText, arabicText, (left, right) => {
        expect(normalizer.normalizeText(left + right).norm).toBe(normalizer.normalizeText(left).norm + normalizer.normalizeText(right).norm);
      }),
      { numRuns: 500 },
    );
  });
});
