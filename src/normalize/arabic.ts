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
  normToRaw: Int32Array;
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

const KEEP = 0;
const DELETE = 1;
const MAP = 2;
// String.fromCharCode takes its arguments on the stack: the normal form is built in chunks.
const CHUNK = 8192;

export function createNormalizer(table: NormalizationTable): Normalizer {
  // One action per UTF-16 code unit, looked up by code: the text is read once, unit by unit.
  const action = new Uint8Array(0x10000);
  for (const [from, to] of table.delete.ranges) action.fill(DELETE, from.charCodeAt(0), to.charCodeAt(0) + 1);
  const replacement = new Map<number, number[]>();
  let longest = 1;
  for (const [from, to] of Object.entries(table.map)) {
    if (from.length !== 1) throw new Error(`normalization map keys are single characters, not "${from}"`);
    const code = from.charCodeAt(0);
    if (action[code] === DELETE) continue;
    action[code] = MAP;
    replacement.set(code, Array.from({ length: to.length }, (_, k) => to.charCodeAt(k)));
    longest = Math.max(longest, to.length);
  }

  function normalizeText(raw: string): Normalized {
    // Sized for the longest replacement of every unit, then cut to what was written.
    const codes = new Uint16Array(raw.length * longest);
    const normToRaw = new Int32Array(raw.length * longest + 1);
    let n = 0;
    for (let i = 0; i < raw.length; i++) {
      const code = raw.charCodeAt(i);
      const todo = action[code];
      if (todo === KEEP) {
        codes[n] = code;
        normToRaw[n++] = i;
      } else if (todo === MAP) {
        // Indexed, not iterated: mapped letters (أ ة ى) are frequent, and each for-of made an iterator.
        const units = replacement.get(code) as number[];
        for (let k = 0; k < units.length; k++) {
          codes[n] = units[k] as number;
          normToRaw[n++] = i;
        }
      }
    }
    normToRaw[n] = raw.length;
    let norm = '';
    for (let at = 0; at < n; at += CHUNK) norm += String.fromCharCode(...codes.subarray(at, Math.min(n, at + CHUNK)));
    return { norm, normToRaw: normToRaw.subarray(0, n + 1) };
  }

  return {
    normalizeText,
    normalize: (raw) => normalizeText(raw).norm.replace(/\s+/g, ' ').trim(),
    isDeleted: (ch) => action[ch.charCodeAt(0)] === DELETE,
    table,
  };
}

/** Raw span of a normalised span: trailing deleted marks (a final tanwin or shadda) stay with their letter. */
export function rawSpan(normToRaw: ArrayLike<number>, rawText: string, normStart: number, normEnd: number, isDeleted: (ch: string) => boolean): [number, number] {
  const start = normToRaw[normStart] as number;
  let end = (normToRaw[normEnd - 1] as number) + 1;
  while (end < rawText.length && isDeleted(rawText[end] as string) && !/\s/.test(rawText[end] as string)) end++;
  return [start, end];
}
