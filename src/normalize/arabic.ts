// The Arabic normal form used for matching, with a map from each normalised unit back to the raw text.
// The character tables are data (ontology/lexicon/normalization.json); this file only applies them.

export interface NormalizationTable {
  delete: { ranges: [string, string][] };
  map: Record<string, string>;
  quotes: { open: string; close: string; either: string };
}

export interface Normalized {
  norm: string;
  /** normToRaw[i] is the raw index of norm[i]; normToRaw[norm.length] is the raw length. */
  normToRaw: number[];
}

export interface Normalizer {
  /** Normalise a whole text and keep the offset map. */
  normalizeText(raw: string): Normalized;
  /** Normalise a lexicon or gazetteer string (no offsets needed). */
  normalize(raw: string): string;
  /** True for characters the normal form deletes (diacritics, tatweel). */
  isDeleted(ch: string): boolean;
  table: NormalizationTable;
}

export function createNormalizer(table: NormalizationTable): Normalizer {
  const deleted = (code: number): boolean =>
    table.delete.ranges.some(([from, to]) => code >= from.charCodeAt(0) && code <= to.charCodeAt(0));
  const replacement = new Map<string, string>(Object.entries(table.map));

  function normalizeText(raw: string): Normalized {
    const out: string[] = [];
    const normToRaw: number[] = [];
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i] as string;
      if (deleted(ch.charCodeAt(0))) continue;
      const mapped = replacement.get(ch) ?? ch;
      for (const unit of mapped) {
        out.push(unit);
        normToRaw.push(i);
      }
    }
    normToRaw.push(raw.length);
    return { norm: out.join(''), normToRaw };
  }

  return {
    normalizeText,
    normalize: (raw) => normalizeText(raw).norm.replace(/\s+/g, ' ').trim(),
    isDeleted: (ch) => deleted(ch.charCodeAt(0)),
    table,
  };
}

/** Raw span of a normalised span: trailing deleted marks (a final tanwin or shadda) stay with their letter. */
export function rawSpan(normToRaw: number[], rawText: string, normStart: number, normEnd: number, isDeleted: (ch: string) => boolean): [number, number] {
  const start = normToRaw[normStart] as number;
  let end = (normToRaw[normEnd - 1] as number) + 1;
  while (end < rawText.length && isDeleted(rawText[end] as string) && !/\s/.test(rawText[end] as string)) end++;
  return [start, end];
}
