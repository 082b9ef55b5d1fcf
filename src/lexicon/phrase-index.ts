// A trie over token sequences of normalised words, for longest-match look-up of multiword phrases.
import { stemsOf } from './clitics.js';

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
    const all = options.clitics === false ? [{ prefixLength: 0, stem: first }] : stemsOf(first);
    // 'conjunctions': only و ف may be read off (a preposition never stands on a finite verb: بحث is not ب + حث).
    const allowed = options.clitics === 'conjunctions' ? all.filter((r) => /^[وف]?$/.test(first.slice(0, r.prefixLength))) : all;
    const readings = allowed.map((r) => ({ ...r, article: false }));
    if (options.definite) {
      // Also read a definite noun (القمة، والاجتماع) without its article.
      for (const reading of [...readings]) {
        if (reading.stem.startsWith('ال') && reading.stem.length > 3) readings.push({ ...reading, stem: reading.stem.slice(2), article: true });
      }
    }
    let best: PhraseMatch<T[]> | undefined;
    for (const reading of readings) {
      let node = this.root.next.get(reading.stem);
      let length = 1;
      let found: PhraseMatch<T[]> | undefined;
      while (node) {
        if (node.values.length > 0) found = { value: node.values, length, prefixLength: reading.prefixLength, article: reading.article };
        const word = words[length];
        if (word === undefined) break;
        node = node.next.get(word);
        length++;
      }
      if (found && (!best || found.length > best.length)) best = found;
    }
    return best;
  }
}
