// Token helpers shared by the recognisers: windows of words and clitic-aware raw offsets.
import type { Token } from '../types.js';

/** Joiners that may stand inside a name without breaking it (a hyphenated base name, a #first_last hashtag). */
const NAME_JOINERS = new Set(['-', '_', '‐', '–']);

export interface WordWindow {
  words: string[];
  /** Token index of each word. */
  at: number[];
}

/** Up to `max` consecutive word tokens from `from`, stepping over name joiners, within one sentence. */
export function wordWindow(tokens: readonly Token[], from: number, max = 8): WordWindow {
  const words: string[] = [];
  const at: number[] = [];
  const sentence = tokens[from]?.sentence;
  for (let i = from; i < tokens.length && words.length < max; i++) {
    const token = tokens[i] as Token;
    if (token.sentence !== sentence) break;
    if (token.kind === 'word' || token.kind === 'latin') {
      words.push(token.norm);
      at.push(i);
    } else if (!(token.kind === 'punct' && NAME_JOINERS.has(token.norm) && words.length > 0)) break;
  }
  return { words, at };
}

/** Raw offset inside a token after its first `normChars` normalised characters (clitics). */
export function rawOffsetAfter(token: Token, normChars: number, isDeleted: (ch: string) => boolean): number {
  if (normChars === 0) return token.start;
  let seen = 0;
  for (let i = 0; i < token.text.length; i++) {
    if (isDeleted(token.text[i] as string)) continue;
    seen++;
    if (seen === normChars) {
      let end = i + 1;
      while (end < token.text.length && isDeleted(token.text[end] as string)) end++;
      return token.start + end;
    }
  }
  return token.end;
}

export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && (token.kind === 'word' || token.kind === 'latin');
}
