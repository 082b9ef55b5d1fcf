// A trained tagger: the feature strings it knows, a weight per feature and tag, the transition
// weights. Tagging sums the weights of each token's features and decodes with Viterbi; the word
// features of a distinct word are summed once and kept, so a corpus pays for them once per word.
import type { Token } from '../../types.js';
import { TAG_COUNT } from './tags.js';
import { TRANSITION_SIZE, pathScore, viterbi } from './viterbi.js';
import { DENSE_OFFSETS, UNREAD, documentFeatures, stackedFeatures, visitSentence, type DocumentFeatures, type FeatureContext, type FeatureSink, type PairTemplate, type SentenceRange } from './features.js';
import { FeatureIndex } from './feature-index.js';
import type { EmbeddingTable } from './embeddings.js';
import { NEIGHBOUR_OFFSETS, describeWord, ownBoundaryFeatures, previousBoundaryFeatures, visitNeighbourFeatures, visitSelfFeatures, type WordDescription, type WordFeatureSink } from './word-features.js';

export interface ModelInfo {
  /** Free-form facts about the training (data, seed, epochs, figures), kept in the file. */
  [key: string]: unknown;
}

export interface NerModel {
  features: readonly string[];
  /** weights[feature * TAG_COUNT + tag]. */
  weights: Float32Array;
  /** transitions[previous * TAG_COUNT + next]; row TAG_COUNT scores a sentence's first tag. */
  transitions: Float32Array;
  /** The word clusters its features read (normal form → its cluster at each level, coarse to fine), kept in the file. */
  clusters: ReadonlyMap<string, readonly number[]>;
  /** What the training corpus says of its words (tag-dictionary.ts), kept in the file. */
  tagDictionary?: ReadonlyMap<string, string>;
  /** Boundary features (word-features.ts) and their weights, boundaryWeights[feature * TRANSITION_SIZE + previous * TAG_COUNT + next]. */
  boundaryFeatures?: readonly string[];
  boundaryWeights?: Float32Array;
  /**
   * A stacked model's first stage (train.ts): its reading of the document is a feature of this
   * one's (stackedFeatures). It reads this model's clusters and dictionary.
   */
  first?: NerModel;
  /** Embeddings its features read (embeddings.ts; which ones: info.embeddingFeatures), kept in the file. */
  embeddings?: EmbeddingTable;
  /** With dense features: denseWeights[d * TAG_COUNT + tag] over features.ts's denseFeatures (scale 1). */
  denseWeights?: Float32Array;
  info: ModelInfo;
}

/** A word's summed weights: its own features, then what it gives each neighbour offset. */
const WORD_ROWS = 1 + NEIGHBOUR_OFFSETS.length;
/**
 * Distinct words a generation of the cache holds: when one is full it becomes the old one (the one
 * before is dropped), and a word found only in the old one moves back. Frequent words stay, and a
 * worker's memory is bounded on any corpus.
 */
const CACHE_GENERATION = 50_000;

/** What a tagger keeps of a distinct word: its stem, and (once asked for) its summed word features and its parts in pair features. */
interface WordEntry {
  word: string;
  description: WordDescription;
  /** Row 0: its own features' summed weights per tag; rows 1–4: what it gives each neighbour offset. */
  scores: Float32Array;
  /** Whether row 0, and rows 1–4, are summed yet: a word no window holds is never scored whole. */
  ownRow: boolean;
  neighbourRows: boolean;
  /** Part numbers: as left and right word of w-1w, ww+1, and its stem as left and right of st-1st (once asked for). */
  parts?: Int32Array;
  /**
   * Its boundary features' summed transition weights: into it, and into the word after it (once
   * asked for). Words with the same boundary features share one row (few clitic × shape × cluster sets).
   */
  boundaryOwn?: Float32Array;
  boundaryAfter?: Float32Array;
  /**
   * With dense features, its vector times the dense weights of each of DENSE_OFFSETS: what it adds
   * to the token after it, to itself, and to the token before it (a row of TAG_COUNT each).
   */
  dense?: Float32Array;
}

/** A sentence decoded, with what its entities' margins are computed from. */
export interface TaggedSentence {
  tags: Uint8Array;
  emissions: Float32Array;
  /** Each token's own transition scores (viterbi's `local`), when the model has boundary features. */
  local?: Float32Array;
}

/** A window of a sentence decoded on its own: its token range, tags and emissions. */
export interface TaggedWindow extends TaggedSentence, SentenceRange {}

/**
 * The token ranges of a sentence to decode, asked with the sentence and a function giving any
 * token's own score for a tag against O (its own word features only).
 */
export type WindowChooser = (sentence: SentenceRange, ownLean: (k: number, tag: number) => number) => SentenceRange[];

export class Tagger {
  private readonly index: FeatureIndex;
  private words = new Map<string, WordEntry>();
  private olderWords = new Map<string, WordEntry>();
  private readonly edges: { start: Int32Array; end: Int32Array };
  private readonly boundaryIds?: Map<string, number>;
  /** Summed boundary rows by the ids summed (shared by every word with those features). */
  private readonly boundaryRows = new Map<string, Float32Array>();
  /** A stacked model's first stage. */
  private readonly first?: Tagger;

  constructor(
    readonly model: NerModel,
    readonly context: FeatureContext,
  ) {
    this.index = new FeatureIndex(model.features);
    if (model.first) this.first = new Tagger(model.first, context);
    this.edges = { start: this.partsOf('<s>', '<s>'), end: this.partsOf('</s>', '</s>') };
    if (model.boundaryFeatures && model.boundaryWeights) this.boundaryIds = new Map(model.boundaryFeatures.map((feature, id) => [feature, id]));
  }

  /** The tag indices of each sentence of a document (a text, or a run of sentences of a CoNLL file). */
  tagDocument(tokens: readonly Token[], sentences: readonly SentenceRange[]): Uint8Array[] {
    return this.decodeDocument(tokens, sentences).map((s) => s.tags);
  }

  /** Each sentence of a document decoded, keeping its emission scores for margins. */
  decodeDocument(tokens: readonly Token[], sentences: readonly SentenceRange[]): TaggedSentence[] {
    return this.decodeWindows(tokens, sentences, (sentence) => [sentence]);
  }

  /**
   * The windows `choose` picks in each sentence of a document, each decoded as a sequence of its
   * own: its tokens keep every feature they have in the whole sentence (neighbours, pairs, phrase
   * marks, the document's other uses of the word), only the tags outside it are not weighed. A
   * window that is its whole sentence is decoded exactly as decodeDocument does.
   */
  decodeWindows(tokens: readonly Token[], sentences: readonly SentenceRange[], choose: WindowChooser): TaggedWindow[] {
    // A stacked model's windows are its first stage's, chosen by that stage's own word scores.
    if (this.first) return this.first.decodeChosen(tokens, sentences, choose, this);
    return this.decodeChosen(tokens, sentences, choose);
  }

  /**
   * Decodes the windows `choose` picks and, for a second stage, hands it the tags (the
   * windows' tokens read, the others UNREAD) with the windows to decode in its turn.
   */
  private decodeChosen(tokens: readonly Token[], sentences: readonly SentenceRange[], choose: WindowChooser, second?: Tagger): TaggedWindow[] {
    const entries = this.entriesOf(tokens, sentences);
    const ownLean = (k: number, tag: number) => {
      const entry = entries[k] as WordEntry;
      this.sumOwnRow(entry);
      return (entry.scores[tag] as number) - (entry.scores[0] as number);
    };
    const chosen = sentences.map((sentence) => choose(sentence, ownLean));
    const decoded = this.decodeIn(tokens, sentences, chosen, entries);
    if (!second) return decoded;
    const tags = new Uint8Array(tokens.length).fill(UNREAD);
    for (const window of decoded) tags.set(window.tags, window.from);
    return second.decodeIn(tokens, sentences, chosen, second.entriesOf(tokens, sentences), tags);
  }

  private entriesOf(tokens: readonly Token[], sentences: readonly SentenceRange[]): WordEntry[] {
    const entries = new Array<WordEntry>(tokens.length);
    for (const { from, to } of sentences) for (let k = from; k < to; k++) entries[k] = this.wordEntry((tokens[k] as Token).norm);
    return entries;
  }

  /** The chosen windows of each sentence decoded; `firstTags`: a first stage's tags, for this (second) stage's stacked features. */
  private decodeIn(tokens: readonly Token[], sentences: readonly SentenceRange[], chosen: readonly SentenceRange[][], entries: readonly WordEntry[], firstTags?: Uint8Array): TaggedWindow[] {
    // Only the tokens of a window need what the other uses of their word say.
    const inWindow = new Uint8Array(tokens.length);
    for (const windows of chosen) for (const { from, to } of windows) inWindow.fill(1, from, to);
    const stemAt = (k: number) => (entries[k] as WordEntry).description.stem;
    // The entry's own string: its hash is computed once, whatever token object it came from.
    const wordKey = (k: number) => (entries[k] as WordEntry).word;
    const wanted = (k: number) => inWindow[k] === 1;
    const document = documentFeatures(tokens, sentences, this.context, { knownStems: this.index.documentStems, stemAt, wordKey, wanted });
    const stacked = firstTags && stackedFeatures(tokens, sentences, firstTags, this.context, { stemAt, wordKey, wanted });
    const out: TaggedWindow[] = [];
    sentences.forEach((sentence, s) => {
      for (const window of chosen[s] as SentenceRange[]) {
        const emissions = this.emissions(tokens, sentence, window, entries, document, stacked);
        const local = this.localTransitions(sentence, window, entries);
        out.push({ from: window.from, to: window.to, tags: viterbi(emissions, window.to - window.from, this.model.transitions, local), emissions, ...(local && { local }) });
      }
    });
    return out;
  }

  /** The tag indices of tokens[from, to), one sentence on its own. */
  tagSentence(tokens: readonly Token[], from: number, to: number): Uint8Array {
    return this.tagDocument(tokens, [{ from, to }])[0] as Uint8Array;
  }

  /**
   * How far the best reading of a sentence outscores the best one that leaves tokens [start, end)
   * (sentence positions) all O: the tagger's confidence in an entity there.
   */
  marginOf(sentence: TaggedSentence, start: number, end: number): number {
    const { transitions } = this.model;
    const length = sentence.tags.length;
    const without = Float32Array.from(sentence.emissions);
    for (let i = start; i < end; i++) without.fill(-Infinity, i * TAG_COUNT + 1, (i + 1) * TAG_COUNT);
    const { local } = sentence;
    return pathScore(sentence.emissions, sentence.tags, transitions, local) - pathScore(without, viterbi(without, length, transitions, local), transitions, local);
  }

  /** Each window token's own transition scores: the weights of its boundary features and of the word's before it in the sentence. */
  private localTransitions(sentence: SentenceRange, window: SentenceRange, entries: readonly WordEntry[]): Float32Array | undefined {
    if (!this.boundaryIds) return undefined;
    const local = new Float32Array((window.to - window.from) * TRANSITION_SIZE);
    const add = (at: number, row: Float32Array) => {
      for (let j = 0; j < TRANSITION_SIZE; j++) local[at + j] = (local[at + j] as number) + (row[j] as number);
    };
    for (let k = window.from; k < window.to; k++) {
      const at = (k - window.from) * TRANSITION_SIZE;
      const entry = entries[k] as WordEntry;
      add(at, (entry.boundaryOwn ??= this.boundaryRow(ownBoundaryFeatures(entry.description))));
      if (k > sentence.from) {
        const before = entries[k - 1] as WordEntry;
        add(at, (before.boundaryAfter ??= this.boundaryRow(previousBoundaryFeatures(before.word, before.description))));
      }
    }
    return local;
  }

  /** The summed transition weights of the boundary features the model holds, one row per set of them. */
  private boundaryRow(features: readonly string[]): Float32Array {
    const ids: number[] = [];
    for (const feature of features) {
      const id = this.boundaryIds?.get(feature);
      if (id !== undefined) ids.push(id);
    }
    const key = ids.join(',');
    let row = this.boundaryRows.get(key);
    if (row) return row;
    const weights = this.model.boundaryWeights as Float32Array;
    row = new Float32Array(TRANSITION_SIZE);
    for (const id of ids) for (let j = 0; j < TRANSITION_SIZE; j++) row[j] = (row[j] as number) + (weights[id * TRANSITION_SIZE + j] as number);
    this.boundaryRows.set(key, row);
    return row;
  }

  /** The emission scores of every tag at every token of a window of a sentence. */
  private emissions(tokens: readonly Token[], sentence: SentenceRange, window: SentenceRange, entries: readonly WordEntry[], document: DocumentFeatures, stacked?: DocumentFeatures): Float32Array {
    const { from, to } = sentence;
    const skip = window.from - from;
    const n = window.to - window.from;
    const emissions = new Float32Array(n * TAG_COUNT);
    const { weights } = this.model;
    const index = this.index;
    const add = (i: number, id: number | undefined) => {
      if (id !== undefined) this.addRow(emissions, (i - skip) * TAG_COUNT, weights, id * TAG_COUNT);
    };
    const partsAt = (k: number, edge: Int32Array) => (k < 0 ? edge : this.partsOfEntry(entries[k] as WordEntry));
    const sink: FeatureSink = {
      feature: (i, feature) => add(i, index.byName.get(feature)),
      pair: (i, template, _left, _right, leftAt, rightAt) => {
        const slot = PAIR_SLOT[template];
        add(i, index.pairOfNumbers(template, partsAt(leftAt, this.edges.start)[slot] as number, partsAt(rightAt, this.edges.end)[slot + 1] as number));
      },
    };
    visitSentence(tokens, from, to, this.context, sink, (k) => (entries[k] as WordEntry).description.stem, window);
    for (let k = window.from; k < window.to; k++) {
      const row = (k - window.from) * TAG_COUNT;
      const own = entries[k] as WordEntry;
      this.sumOwnRow(own);
      this.addRow(emissions, row, own.scores, 0);
      for (let j = 0; j < NEIGHBOUR_OFFSETS.length; j++) {
        const at = k + (NEIGHBOUR_OFFSETS[j] as number);
        if (at < from || at >= to) continue;
        const neighbour = entries[at] as WordEntry;
        this.sumNeighbourRows(neighbour);
        this.addRow(emissions, row, neighbour.scores, (j + 1) * TAG_COUNT);
      }
      const fromDocument = document.get(k);
      if (fromDocument) this.sumInto(emissions, row, fromDocument);
      const fromFirst = stacked?.get(k);
      if (fromFirst) this.sumInto(emissions, row, fromFirst);
      if (this.model.denseWeights) {
        // Block b of the token's dense features is the vector of the word DENSE_OFFSETS[b] away (features.ts: denseFeatures).
        for (let block = 0; block < DENSE_OFFSETS.length; block++) {
          const at = k + (DENSE_OFFSETS[block] as number);
          if (at >= from && at < to) this.addRow(emissions, row, this.denseRows(entries[at] as WordEntry), block * TAG_COUNT);
        }
      }
    }
    return emissions;
  }

  /** A word's vector times the dense weights of each offset block, computed once per word. */
  private denseRows(entry: WordEntry): Float32Array {
    if (entry.dense) return entry.dense;
    const weights = this.model.denseWeights as Float32Array;
    const dense = new Float32Array(DENSE_OFFSETS.length * TAG_COUNT);
    const vector = entry.description.vector;
    if (vector) {
      const dims = vector.length;
      for (let block = 0; block < DENSE_OFFSETS.length; block++) {
        for (let d = 0; d < dims; d++) {
          const x = vector[d] as number;
          const base = (block * dims + d) * TAG_COUNT;
          for (let tag = 0; tag < TAG_COUNT; tag++) dense[block * TAG_COUNT + tag] = (dense[block * TAG_COUNT + tag] as number) + x * (weights[base + tag] as number);
        }
      }
    }
    return (entry.dense = dense);
  }

  private addRow(target: Float32Array, at: number, source: Float32Array, from: number): void {
    for (let tag = 0; tag < TAG_COUNT; tag++) target[at + tag] = (target[at + tag] as number) + (source[from + tag] as number);
  }

  private wordEntry(word: string): WordEntry {
    let entry = this.words.get(word);
    if (entry) return entry;
    if (this.words.size >= CACHE_GENERATION) [this.olderWords, this.words] = [this.words, new Map()];
    entry = this.olderWords.get(word);
    if (entry) {
      this.words.set(word, entry);
      return entry;
    }
    entry = { word, description: describeWord(word, this.context.lists), scores: new Float32Array(WORD_ROWS * TAG_COUNT), ownRow: false, neighbourRows: false };
    this.words.set(word, entry);
    return entry;
  }

  /** Row 0 of a word's entry, summed the first time it is asked for. */
  private sumOwnRow(entry: WordEntry): void {
    if (entry.ownRow) return;
    visitSelfFeatures(entry.word, entry.description, this.rowSink(entry.scores, 0));
    entry.ownRow = true;
  }

  /** Rows 1–4 of a word's entry, summed the first time a window reads the word as a neighbour. */
  private sumNeighbourRows(entry: WordEntry): void {
    if (entry.neighbourRows) return;
    NEIGHBOUR_OFFSETS.forEach((offset, k) => visitNeighbourFeatures(entry.word, entry.description, offset, this.rowSink(entry.scores, (k + 1) * TAG_COUNT)));
    entry.neighbourRows = true;
  }

  /** Adds the weights of each word feature it is given to one row of `target`. */
  private rowSink(target: Float32Array, at: number): WordFeatureSink {
    const add = (id: number | undefined) => {
      if (id !== undefined) this.addRow(target, at, this.model.weights, id * TAG_COUNT);
    };
    return { feature: (template, value) => add(this.index.idOf(template, value)) };
  }

  private partsOfEntry(entry: WordEntry): Int32Array {
    return (entry.parts ??= this.partsOf(entry.word, entry.description.stem));
  }

  /** A word's part numbers in the pair templates (see WordEntry.parts). */
  private partsOf(word: string, stem: string): Int32Array {
    const index = this.index;
    return Int32Array.from([
      index.partNumber('w-1w', 'left', word),
      index.partNumber('w-1w', 'right', word),
      index.partNumber('ww+1', 'left', word),
      index.partNumber('ww+1', 'right', word),
      index.partNumber('st-1st', 'left', stem),
      index.partNumber('st-1st', 'right', stem),
    ]);
  }

  private sumInto(target: Float32Array, at: number, features: readonly string[]): void {
    for (const feature of features) {
      const id = this.index.byName.get(feature);
      if (id !== undefined) this.addRow(target, at, this.model.weights, id * TAG_COUNT);
    }
  }
}

/** Where a template's left part number stands in WordEntry.parts (its right one follows). */
const PAIR_SLOT: Record<PairTemplate, number> = { 'w-1w': 0, 'ww+1': 2, 'st-1st': 4 };
