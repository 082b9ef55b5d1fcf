// Complementizers that introduce reported content: standalone (أن، إن، بأن) or carrying a pronoun (أنه، إنهم).
import type { Lexicons } from './lexicons.js';

export function complementizerKind(word: string, lexicons: Pick<Lexicons, 'complementizers' | 'pronounSuffixes'>): 'standalone' | 'suffixed' | undefined {
  if (lexicons.complementizers.has(word)) return 'standalone';
  for (const suffix of lexicons.pronounSuffixes) {
    if (word.endsWith(suffix) && lexicons.complementizers.has(word.slice(0, -suffix.length))) return 'suffixed';
  }
  return undefined;
}

/**
 * The complementizer a conjunction is written on (فإن، فإنه، وأن، وإنه), by the kind of what follows
 * the conjunction; undefined when the word is no such pair. stripConjunction keeps three-letter words
 * whole, so فإن is read here.
 */
export function conjoinedComplementizer(word: string, conjunction: 'و' | 'ف', lexicons: Pick<Lexicons, 'complementizers' | 'pronounSuffixes'>): 'standalone' | 'suffixed' | undefined {
  return word.startsWith(conjunction) ? complementizerKind(word.slice(1), lexicons) : undefined;
}
