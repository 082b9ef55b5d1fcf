// Token helpers shared by the recognisers: clitic-aware raw offsets, word tests. (Phrase look-ups
// over windows of words are PhraseIndex.matchAt.)
import type { Token } from '../types.js';

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

/** A definite nisba adjective (القومية، الوطني، الإسلامية); the relative pronouns shaped like one (التي، الذي) are none. */
export function isDefiniteNisba(token: Token | undefined, functionWords: ReadonlySet<string>): boolean {
  return isWord(token) && token.norm.startsWith('ال') && /(ي|يه|يين|يون)$/.test(token.norm) && !functionWords.has(token.norm);
}
