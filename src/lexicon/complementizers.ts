// Complementizers that introduce reported content: standalone (أن، إن، بأن) or carrying a pronoun (أنه، إنهم).
import type { Lexicons } from './lexicons.js';

export function complementizerKind(word: string, lexicons: Pick<Lexicons, 'complementizers' | 'pronounSuffixes'>): 'standalone' | 'suffixed' | undefined {
  if (lexicons.complementizers.has(word)) return 'standalone';
  for (const suffix of lexicons.pronounSuffixes) {
    if (word.endsWith(suffix) && lexicons.complementizers.has(word.slice(0, -suffix.length))) return 'suffixed';
  }
  return undefined;
}
