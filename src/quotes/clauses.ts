// Where reported content starts and ends inside a sentence.
import type { ArticleDoc, Token } from '../types.js';
import type { Resources } from '../resources.js';
import type { Cue } from './cues.js';
import { isWord } from '../ner/tokens.js';
import { complementizerKind } from '../lexicon/complementizers.js';

const CLAUSE_BREAKS = new Set([',', ';']);
const TRAILING = new Set([',', ';', '.', ':', '!', '?', '…']);

/** A complementizer at token i: standalone (أن، إن، بأن) or carrying a pronoun (أنه، إنهم). */
export function complementizerAt(token: Token | undefined, resources: Resources): 'standalone' | 'suffixed' | undefined {
  return isWord(token) ? complementizerKind(token.norm, resources.lexicons) : undefined;
}

/** One past the last token of a reported clause starting at `from`: the sentence end, or a comma before the next cue. */
export function clauseEnd(doc: ArticleDoc, from: number, cues: readonly Cue[]): number {
  const sentence = doc.sentences[(doc.tokens[from] as Token).sentence];
  const limit = sentence ? sentence.endToken : doc.tokens.length;
  const cueStarts = new Set(cues.filter((c) => c.form.kind !== 'masdar' && c.form.kind !== 'source').map((c) => c.tokenStart));
  const mentionEnds = new Map(doc.mentions.map((m) => [m.tokenStart, m.tokenEnd]));
  for (let i = from; i < limit; i++) {
    const token = doc.tokens[i] as Token;
    if (token.kind === 'punct' && CLAUSE_BREAKS.has(token.norm) && cueStarts.has(i + 1)) return i;
    if (i > from && cueStarts.has(i) && token.norm.startsWith('و')) return i;
    // A new subject and its verb: … ونصر الله يصفها …
    if (i > from && token.norm.startsWith('و') && cueStarts.has(mentionEnds.get(i) ?? -1)) return i;
  }
  return limit;
}

/** Trims closing punctuation off a token range; returns the raw span, or undefined when no word is left. */
export function contentSpan(doc: ArticleDoc, from: number, to: number): [number, number] | undefined {
  let end = to;
  while (end > from && TRAILING.has((doc.tokens[end - 1] as Token).norm)) end--;
  if (end <= from || !doc.tokens.slice(from, end).some(isWord)) return undefined;
  return [(doc.tokens[from] as Token).start, (doc.tokens[end - 1] as Token).end];
}
