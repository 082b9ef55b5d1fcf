// A trie over token sequences of normalised words, for longest-match look-up of multiword phrases.
import { stemsOf, type Stem } from './clitics.js';

export interface PhraseMatch<T> {
  value: T;
  /** Number of tokens matched. */
  length: number;
  /** Clitic prefix length stripped from the first token (و ف ب ل ك, not the article). */
  prefixLength: number;
  /** True when the first word matched only without its definite article. */
  article: boolean;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };
  private size = 0;

  /** Adds a phrase given as normalised words. */
  add(words: string[], value: T): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
    this.size++;
  }

  get phraseCount(): number {
    return this.size;
  }

  /**
   * The longest phrase starting at words[0], reading the first word with or without clitics
   * (the reading with fewer clitics wins a tie); `definite` also strips ال. `words` are normalised.
   */
  longestAt(words: readonly string[], options: { clitics?: boolean | 'conjunctions'; definite?: boolean } = {}): PhraseMatch<T[]> | undefined {
    const first = words[0];
    if (first === undefined) return undefined;
    // The hot path of extraction: readings are cached per word and a reading whose stem starts no
    // phrase costs one map look-up. Plain readings come before article-less ones, as ties go to the first.
    const readings = options.clitics === false ? [{ prefixLength: 0, stem: first }] : readingsOf(first, options.clitics === 'conjunctions');
    let best: PhraseMatch<T[]> | undefined;
    for (const reading of readings) best = this.longer(best, words, reading.stem, reading.prefixLength, false);
    if (options.definite) {
      // Also read a definite noun (القمة، والاجتماع) without its article.
      for (const reading of readings) {
        if (reading.stem.startsWith('ال') && reading.stem.length > 3) best = this.longer(best, words, reading.stem.slice(2), reading.prefixLength, true);
      }
    }
    return best;
  }

  /** The longer of `best` and the phrase read from `stem` followed by words[1…]. */
  private longer(best: PhraseMatch<T[]> | undefined, words: readonly string[], stem: string, prefixLength: number, article: boolean): PhraseMatch<T[]> | undefined {
    let node = this.root.next.get(stem);
    let length = 1;
    let found: PhraseMatch<T[]> | undefined;
    while (node) {
      if (node.values.length > 0) found = { value: node.values, length, prefixLength, article };
      const word = words[length];
      if (word === undefined) break;
      node = node.next.get(word);
      length++;
    }
    return found && (!best || found.length > best.length) ? found : best;
  }
}

// Small enough that memory stays flat over a corpus: frequent words are cached again at once.
const READINGS_CACHE_LIMIT = 20_000;
const allReadings = new Map<string, Stem[]>();
const conjunctionReadings = new Map<string, Stem[]>();

/** A word's clitic readings, cached; with `conjunctionsOnly`, only و ف read off (بحث is not ب + حث). */
function readingsOf(word: string, conjunctionsOnly: boolean): Stem[] {
  const cache = conjunctionsOnly ? conjunctionReadings : allReadings;
  let readings = cache.get(word);
  if (!readings) {
    const all = stemsOf(word);
    readings = conjunctionsOnly ? all.filter((r) => /^[وف]?$/.test(word.slice(0, r.prefixLength))) : all;
    if (cache.size >= READINGS_CACHE_LIMIT) cache.clear();
    cache.set(word, readings);
  }
  return readings;
}
