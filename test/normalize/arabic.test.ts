import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createNormalizer, rawSpan, type NormalizationTable } from '../../src/normalize/arabic.js';

const normalizer = createNormalizer(JSON.parse(readFileSync('ontology/lexicon/normalization.json', 'utf8')) as NormalizationTable);

describe('the Arabic normal form', () => {
  it('removes diacritics and tatweel, unifies alef, alef maqsura and ta marbuta', () => {
    expect(normalizer.normalize('بنّاءً')).toBe('بناء');
    expect(normalizer.normalize('إلى أنّ آخر الأمـــر')).toBe('الي ان اخر الامر');
    expect(normalizer.normalize('مدرسة مستشفى')).toBe('مدرسه مستشفي');
  });

  it('maps Arabic-Indic digits and Arabic punctuation', () => {
    expect(normalizer.normalize('٢٠٢٥، نعم؟')).toBe('2025, نعم?');
  });

  it('keeps quotation marks as they are: pairing needs their direction', () => {
    expect(normalizer.normalize('«نعم» “لا”')).toBe('«نعم» “لا”');
  });

  it('maps every normalised character back to its raw offset', () => {
    const raw = 'قالَ بوتينُ: “نعم”';
    const { norm, normToRaw } = normalizer.normalizeText(raw);
    expect(norm).toBe('قال بوتين: “نعم”');
    expect(normToRaw).toHaveLength(norm.length + 1);
    for (let i = 0; i < norm.length; i++) {
      expect(normalizer.normalizeText(raw[normToRaw[i] as number] as string).norm).toBe(norm[i]);
    }
    const start = norm.indexOf('بوتين');
    const [rawStart, rawEnd] = rawSpan(normToRaw, raw, start, start + 5, normalizer.isDeleted);
    expect(raw.slice(rawStart, rawEnd)).toBe('بوتينُ');
  });
});
