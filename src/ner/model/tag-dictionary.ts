// What the tagged corpus says of each word it holds: the entity type it stands in most often,
// when that is half its uses or more (a name seen once keeps what it was). The trainer reads it
// jackknifed (each part of its training data sees the dictionary of the other parts only), so the
// model learns how far the dictionary of a text it never saw is to be trusted.
import type { Token } from '../../types.js';
import { typeOf } from './tags.js';

/** A word's entry: `d` + the type, `~` after it when under four uses in five were of that type. */
export type TagDictionary = ReadonlyMap<string, string>;

const STRONG_SHARE = 0.8;
const MIN_SHARE = 0.5;

export function deriveTagDictionary(tokens: readonly Token[], sentences: readonly { from: number; to: number; tags: readonly number[] }[]): Map<string, string> {
  const uses = new Map<string, Map<string, number>>();
  for (const { from, to, tags } of sentences) {
    for (let k = from; k < to; k++) {
      const word = (tokens[k] as Token).norm;
      let counts = uses.get(word);
      if (!counts) uses.set(word, (counts = new Map()));
      const type = typeOf(tags[k - from] ?? 0) ?? 'O';
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
  }
  const dictionary = new Map<string, string>();
  for (const [word, counts] of [...uses].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    let total = 0;
    let best = 'O';
    let bestCount = 0;
    for (const [type, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      total += n;
      if (n > bestCount) [best, bestCount] = [type, n];
    }
    if (best === 'O' || bestCount < total * MIN_SHARE) continue;
    dictionary.set(word, bestCount >= total * STRONG_SHARE ? `d${best}` : `d${best}~`);
  }
  return dictionary;
}
