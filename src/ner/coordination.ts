// Names listed with an organisation's: in "شركة كذا، وفلان، وفلان بي" the conjuncts the gazetteer
// lacks are bodies of the same kind, as a list joins like with like.
import type { Resources } from '../resources.js';
import type { Candidate, Token } from '../types.js';
import { isWord, rawOffsetAfter } from './tokens.js';
import { endsName, isPossessed } from './names.js';

/** A conjunct's name has at most this many words (كيه إل إم). */
const MAX_CONJUNCT_WORDS = 3;

/** The organisations that follow an organisation's name in a list, conjunct after conjunct. */
export function findCoordinatedNames(tokens: readonly Token[], taken: readonly Candidate[], resources: Resources): Candidate[] {
  const occupied = new Uint8Array(tokens.length);
  for (const c of taken) occupied.fill(1, c.tokenStart, c.tokenEnd);
  const found: Candidate[] = [];
  for (const body of taken.filter((c) => c.type === 'Organization')) {
    let at = body.tokenEnd;
    for (;;) {
      const conjunct = conjunctAt(tokens, at, occupied, resources);
      if (!conjunct) break;
      found.push(conjunct);
      occupied.fill(1, conjunct.tokenStart, conjunct.tokenEnd);
      at = conjunct.tokenEnd;
    }
  }
  return found;
}

/**
 * An unknown name joined by و at token k (after an optional comma): words that are no common Arabic
 * words, closed by punctuation or by the next conjunct. A word running on (وتتجه الرحلات) is a new
 * clause, no conjunct.
 */
function conjunctAt(tokens: readonly Token[], k: number, occupied: Uint8Array, resources: Resources): Candidate | undefined {
  const previous = tokens[k - 1];
  const at = tokens[k]?.norm === ',' ? k + 1 : k;
  const first = tokens[at];
  if (!isWord(first) || first.sentence !== previous?.sentence || occupied[at] === 1 || !first.norm.startsWith('و')) return undefined;
  if (!isNameWord(first.norm.slice(1), resources) || endsName(tokens, at, resources) || isPossessed(first, resources)) return undefined;
  let end = at + 1;
  while (end - at < MAX_CONJUNCT_WORDS && isWord(tokens[end]) && occupied[end] !== 1 && !tokens[end]?.norm.startsWith('و') && isNameWord((tokens[end] as Token).norm, resources) && !endsName(tokens, end, resources)) end++;
  // Closed by punctuation, or by the next conjunct (a و inside a word, as in وصول, closes nothing).
  if (isWord(tokens[end]) && !conjunctAt(tokens, end, occupied, resources)) return undefined;
  const last = tokens[end - 1] as Token;
  const name = [first.norm.slice(1), ...tokens.slice(at + 1, end).map((t) => t.norm)].join(' ');
  return { start: rawOffsetAfter(first, 1, resources.normalizer.isDeleted), end: last.end, type: 'Organization', tokenStart: at, tokenEnd: end, ids: [], name, via: 'pattern' };
}

/** A word that may be part of a proper name: no function word, verb, common word or definite noun (a lone ال is a transliterated syllable). */
function isNameWord(word: string, resources: Resources): boolean {
  const { functionWords, verbs, commonWords, statementNouns } = resources.lexicons;
  if (word.length < 2 || (word.startsWith('ال') && word.length > 2)) return false;
  return !functionWords.has(word) && !verbs.has(word) && !commonWords.has(word) && !statementNouns.has(word);
}
