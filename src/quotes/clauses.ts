// Where reported content starts and ends inside a sentence.
import type { ArticleDoc, Token } from '../types.js';
import type { Resources } from '../resources.js';
import type { Cue } from './cues.js';
import { isWord } from '../ner/tokens.js';
import { complementizerKind } from '../lexicon/complementizers.js';
import { clauseStopsOf } from './lookups.js';

const TRAILING = new Set([',', ';', '.', ':', '!', '?', '…']);

/** A complementizer at token i: standalone (أن، إن، بأن) or carrying a pronoun (أنه، إنهم). */
export function complementizerAt(token: Token | undefined, resources: Resources): 'standalone' | 'suffixed' | undefined {
  return isWord(token) ? complementizerKind(token.norm, resources.lexicons) : undefined;
}

/** One past the last token of a reported clause starting at `from`: the sentence end, or a comma before the next cue. */
export function clauseEnd(doc: ArticleDoc, from: number, cues: readonly Cue[], relativePronouns: ReadonlySet<string>): number {
  const sentence = doc.sentences[(doc.tokens[from] as Token).sentence];
  const limit = sentence ? sentence.endToken : doc.tokens.length;
  // A comma before the next cue (from `from` on), or after `from` a و opening a cue or a new
  // subject and its verb (… وفلان يصفها …): precomputed for every token, see lookups.ts.
  const { breakFrom, newClauseFrom } = clauseStopsOf(doc, cues, relativePronouns);
  return Math.min(limit, breakFrom[from] as number, newClauseFrom[from + 1] as number);
}

/** Trims closing punctuation off a token range; returns the raw span, or undefined when no word is left. */
export function contentSpan(doc: ArticleDoc, from: number, to: number): [number, number] | undefined {
  let end = to;
  while (end > from && TRAILING.has((doc.tokens[end - 1] as Token).norm)) end--;
  if (end <= from || !doc.tokens.slice(from, end).some(isWord)) return undefined;
  return [(doc.tokens[from] as Token).start, (doc.tokens[end - 1] as Token).end];
}
