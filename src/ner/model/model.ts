// A trained tagger: the feature strings it knows, a weight per feature and tag, the transition
// weights. Tagging sums the weights of each token's features and decodes with Viterbi; the word
// features of a distinct word are summed once and kept, so a corpus pays for them once per word.
import type { Token } from '../../types.js';
import { TAG_COUNT } from './tags.js';
import { pathScore, viterbi } from './viterbi.js';
import { documentFeatures, visitSentence, type DocumentFeatures, type FeatureContext, type FeatureSink, type PairTemplate, type SentenceRange } from './features.js';
import { FeatureIndex } from './feature-index.js';
import { NEIGHBOUR_OFFSETS, analyzeWord, neighbourFeatures, selfFeatures } from './word-features.js';

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
  /** The word clusters its features read (normal form → [coarse, fine]), kept in the file. */
  clusters: ReadonlyMap<string, readonly [number, number]>;
  info: ModelInfo;
}

/** A word's summed weights: its own features, then what it gives each neighbour offset. */
const WORD_ROWS = 1 + NEIGHBOUR_OFFSETS.length;
/** Distinct words kept before the cache starts over: bounds a worker's memory on any corpus. */
const MAX_CACHED_WORDS = 50_000;

/** What a tagger keeps of a distinct word: its summed word features, its stem, its parts in pair features. */
interface WordEntry {
  /** A number of its own, for keying the uses of the word in a document. */
  id: number;
  scores: Float32Array;
  stem: string;
  /** Part numbers: as left and right word of w-1w, ww+1, and its stem as left and right of st-1st. */
  parts: Int32Array;
}

/** A sentence decoded, with what its entities' margins are computed from. */
export interface TaggedSentence {
  tags: Uint8Array;
  emissions: Float32Array;
}

export class Tagger {
  private readonly index: FeatureIndex;
  private readonly words = new Map<string, WordEntry>();
  private nextWordId = 0;
  private readonly edges: { start: Int32Array; end: Int32Array };

  constructor(
    readonly model: NerModel,
    readonly context: FeatureContext,
  ) {
    this.index = new FeatureIndex(model.features);
    this.edges = { start: this.partsOf('<s>', '<s>'), end: this.partsOf('</s>', '</s>') };
  }

  /** The tag indices of each sentence of a document (a text, or a run of sentences of a CoNLL file). */
  tagDocument(tokens: readonly Token[], sentences: readonly SentenceRange[]): Uint8Array[] {
    return this.decodeDocument(tokens, sentences).map((s) => s.tags);
  }

  /** Each sentence of a document decoded, keeping its emission scores for margins. */
  decodeDocument(tokens: readonly Token[], sentences: readonly SentenceRange[]): TaggedSentence[] {
    const entries = new Array<WordEntry>(tokens.length);
    for (const { from, to } of sentences) for (let k = from; k < to; k++) entries[k] = this.wordEntry((tokens[k] as Token).norm);
    const stemAt = (k: number) => (entries[k] as WordEntry).stem;
    const document = documentFeatures(tokens, sentences, this.context, this.index.documentStems, stemAt, (k) => (entries[k] as WordEntry).id);
    return sentences.map(({ from, to }) => {
      const emissions = this.emissions(tokens, from, to, entries, document);
      return { tags: viterbi(emissions, to - from, this.model.transitions), emissions };
    });
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
    return pathScore(sentence.emissions, sentence.tags, transitions) - pathScore(without, viterbi(without, length, transitions), transitions);
  }

  /** The emission scores of every tag at every token of tokens[from, to). */
  private emissions(tokens: readonly Token[], from: number, to: number, entries: readonly WordEntry[], document: DocumentFeatures): Float32Array {
    const n = to - from;
    const emissions = new Float32Array(n * TAG_COUNT);
    const { weights } = this.model;
    const index = this.index;
    const add = (i: number, id: number | undefined) => {
      if (id !== undefined) this.addRow(emissions, i * TAG_COUNT, weights, id * TAG_COUNT);
    };
    const partsAt = (k: number, edge: Int32Array) => (k < 0 ? edge : (entries[k] as WordEntry).parts);
    const sink: FeatureSink = {
      feature: (i, feature) => add(i, index.byName.get(feature)),
      pair: (i, template, _left, _right, leftAt, rightAt) => {
        const slot = PAIR_SLOT[template];
        add(i, index.pairOfNumbers(template, partsAt(leftAt, this.edges.start)[slot] as number, partsAt(rightAt, this.edges.end)[slot + 1] as number));
      },
    };
    visitSentence(tokens, from, to, this.context, sink, (k) => (entries[k] as WordEntry).stem);
    for (let i = 0; i < n; i++) {
      const row = i * TAG_COUNT;
      this.addRow(emissions, row, (entries[from + i] as WordEntry).scores, 0);
      for (let j = 0; j < NEIGHBOUR_OFFSETS.length; j++) {
        const at = i + (NEIGHBOUR_OFFSETS[j] as number);
        if (at >= 0 && at < n) this.addRow(emissions, row, (entries[from + at] as WordEntry).scores, (j + 1) * TAG_COUNT);
      }
      const fromDocument = document.get(from + i);
      if (fromDocument) this.sumInto(emissions, row, fromDocument);
    }
    return emissions;
  }

  private addRow(target: Float32Array, at: number, source: Float32Array, from: number): void {
    for (let tag = 0; tag < TAG_COUNT; tag++) target[at + tag] = (target[at + tag] as number) + (source[from + tag] as number);
  }

  private wordEntry(word: string): WordEntry {
    let entry = this.words.get(word);
    if (entry) return entry;
    const scores = new Float32Array(WORD_ROWS * TAG_COUNT);
    this.sumInto(scores, 0, selfFeatures(word, this.context.lists));
    NEIGHBOUR_OFFSETS.forEach((offset, k) => this.sumInto(scores, (k + 1) * TAG_COUNT, neighbourFeatures(word, offset, this.context.lists)));
    if (this.words.size >= MAX_CACHED_WORDS) this.words.clear();
    const stem = analyzeWord(word).stem;
    entry = { id: this.nextWordId++, scores, stem, parts: this.partsOf(word, stem) };
    this.words.set(word, entry);
    return entry;
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
