// A trie over token sequences of normalised words, for longest-match look-up of multiword phrases.
import type { Token } from '../types.js';
import { stemsOf, writtenFormsOf } from './clitics.js';

export interface PhraseMatch<T> {
  value: T;
  /** Number of words matched. */
  length: number;
  /** Clitic prefix length stripped from the first word (و ف ب ل, not the article). */
  prefixLength: number;
  /** True when the first word matched only without its definite article. */
  article: boolean;
}

export interface TokenMatch<T> extends PhraseMatch<T> {
  /** Token index one past the last word matched (joiners inside the phrase included). */
  end: number;
}

export interface LookupOptions {
  /** Clitics read off the first word: all (default), only و ف, or none. */
  clitics?: boolean | 'conjunctions';
  /** Also read the first word without its definite article (القمة → قمة). */
  definite?: boolean;
}

export interface TokenLookupOptions extends LookupOptions {
  /** At most this many words (default 8). */
  max?: number;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

/** How much clitic stripping a reading needs: none, only و ف, or prepositions too. */
const enum Clitics {
  None = 0,
  Conjunctions = 1,
  All = 2,
}

/** One way a written first word starts a phrase: the trie node its stem reaches. */
interface Reading<T> {
  node: Node<T>;
  prefixLength: number;
  article: boolean;
  clitics: Clitics;
}

/** Joiners that may stand inside a name without breaking it (a hyphenated base name, a #first_last hashtag). */
const NAME_JOINERS = new Set(['-', '_', '‐', '–', '#']);
const DEFAULT_MAX_WORDS = 8;

export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };
  private size = 0;
  // Every written form of a phrase's first word (with clitics, with or without the article) mapped
  // to its readings: a word that starts no phrase then costs one map look-up, and no per-word cache
  // grows with the corpus. One table per clitic setting, built when first asked for: demonyms, read
  // without clitics, never pay for the forms that prepositions make.
  private written: (WrittenForms<T> | undefined)[] = [];

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
    this.written = [];
  }

  get phraseCount(): number {
    return this.size;
  }

  /**
   * The longest phrase starting at words[0], reading the first word with or without clitics
   * (the reading with fewer clitics wins a tie); `definite` also strips ال. `words` are normalised.
   */
  longestAt(words: readonly string[], options: LookupOptions = {}): PhraseMatch<T[]> | undefined {
    const first = words[0];
    if (first === undefined) return undefined;
    const readings = this.readingsOf(first, allowedClitics(options));
    if (!readings) return undefined;
    let best: PhraseMatch<T[]> | undefined;
    for (const reading of readings) {
      if (reading.article && !options.definite) continue;
      let node: Node<T> | undefined = reading.node;
      let length = 1;
      let found: Node<T> | undefined;
      let foundLength = 0;
      while (node) {
        if (node.values.length > 0) [found, foundLength] = [node, length];
        const word = words[length];
        if (word === undefined) break;
        node = node.next.get(word);
        length++;
      }
      if (found && foundLength > (best?.length ?? 0)) best = { value: found.values, length: foundLength, prefixLength: reading.prefixLength, article: reading.article };
    }
    return best;
  }

  /**
   * The longest phrase starting at token `from`: the same look-up over the window of up to `max`
   * words from there, within one sentence, stepping over name joiners.
   */
  matchAt(tokens: readonly Token[], from: number, options: TokenLookupOptions = {}): TokenMatch<T[]> | undefined {
    const first = tokens[from];
    if (!first || (first.kind !== 'word' && first.kind !== 'latin')) return undefined;
    const readings = this.readingsOf(first.norm, allowedClitics(options));
    if (!readings) return undefined;
    const max = options.max ?? DEFAULT_MAX_WORDS;
    let best: TokenMatch<T[]> | undefined;
    for (const reading of readings) {
      if (reading.article && !options.definite) continue;
      let node: Node<T> | undefined = reading.node;
      let length = 1;
      let at = from;
      let found: TokenMatch<T[]> | undefined;
      for (;;) {
        if (node.values.length > 0) found = { value: node.values, length, prefixLength: reading.prefixLength, article: reading.article, end: at + 1 };
        if (length >= max) break;
        at = nextWord(tokens, at, first.sentence);
        if (at < 0) break;
        node = node.next.get((tokens[at] as Token).norm);
        if (!node) break;
        length++;
      }
      if (found && found.length > (best?.length ?? 0)) best = found;
    }
    return best;
  }

  private readingsOf(word: string, clitics: Clitics): Reading<T>[] | undefined {
    let table = this.written[clitics];
    if (!table) this.written[clitics] = table = this.writtenForms(clitics);
    // Most words start no phrase. The tables are large and a miss in one is a few trips to main
    // memory; a bit set small enough to stay in cache turns most misses away first.
    const bit = hashWord(word) & table.mask;
    if ((((table.filter[bit >>> 5] as number) >>> (bit & 31)) & 1) === 0) return undefined;
    return table.forms.get(word);
  }

  /** Every written form of every first word with at most `clitics`, each with its readings in tie-breaking order. */
  private writtenForms(clitics: Clitics): WrittenForms<T> {
    const forms = new Set<string>();
    for (const stem of this.root.next.keys()) {
      const stems = stem.length > 1 ? [stem, `ال${stem}`] : [stem];
      for (const s of stems) for (const form of clitics === Clitics.None ? [s] : writtenFormsOf(s, clitics === Clitics.All)) forms.add(form);
    }
    const table = new Map<string, Reading<T>[]>();
    for (const form of forms) {
      const readings = this.readingsOfForm(form).filter((r) => r.clitics <= clitics);
      if (readings.length > 0) table.set(form, readings);
    }
    // About 16 bits per form: one word in 16 that starts no phrase gets past the filter.
    const bits = Math.max(1024, 2 ** Math.ceil(Math.log2(table.size * 16)));
    const filter = new Uint32Array(bits / 32);
    for (const form of table.keys()) {
      const bit = hashWord(form) & (bits - 1);
      filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
    }
    return { forms: table, filter, mask: bits - 1 };
  }

  /**
   * A written word's readings as stemsOf gives them (fewer clitics first), plain readings before
   * article-less ones: the first reading of the longest match wins a tie.
   */
  private readingsOfForm(form: string): Reading<T>[] {
    const stems = stemsOf(form);
    if (!stems.some((s) => s.prefixLength === 0 && s.stem === form)) stems.unshift({ prefixLength: 0, stem: form });
    const readings: Reading<T>[] = [];
    for (const article of [false, true]) {
      for (const { prefixLength, stem } of stems) {
        if (article && !(stem.startsWith('ال') && stem.length > 3)) continue;
        const node = this.root.next.get(article ? stem.slice(2) : stem);
        if (!node) continue;
        const clitics = prefixLength === 0 && stem === form ? Clitics.None : /^[وف]?$/.test(form.slice(0, prefixLength)) ? Clitics.Conjunctions : Clitics.All;
        readings.push({ node, prefixLength, article, clitics });
      }
    }
    return readings;
  }
}

interface WrittenForms<T> {
  forms: Map<string, Reading<T>[]>;
  /** Bit hashWord(form) & mask is set for every form. */
  filter: Uint32Array;
  mask: number;
}

/** FNV-1a over the UTF-16 code units. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function allowedClitics(options: LookupOptions): Clitics {
  return options.clitics === false ? Clitics.None : options.clitics === 'conjunctions' ? Clitics.Conjunctions : Clitics.All;
}

/** The next word token after `at` in the same sentence, stepping over name joiners; -1 if none. */
function nextWord(tokens: readonly Token[], at: number, sentence: number): number {
  for (let i = at + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.sentence !== sentence) return -1;
    if (token.kind === 'word' || token.kind === 'latin') return i;
    if (!(token.kind === 'punct' && NAME_JOINERS.has(token.norm))) return -1;
  }
  return -1;
}
