// A trained tagger: the feature strings it knows, a weight per feature and tag, the transition
// weights. Tagging sums the weights of each token's features and decodes with Viterbi; the word
// features of a distinct word are summed once and kept, so a corpus pays for them once per word.
import type { Token } from '../../types.js';
import { TAG_COUNT, spansOfTags } from './tags.js';
import { pathScore, viterbi } from './viterbi.js';
import { documentFeatures, sentenceFeatures, type DocumentFeatures, type FeatureContext, type SentenceRange } from './features.js';
import { NEIGHBOUR_OFFSETS, neighbourFeatures, selfFeatures } from './word-features.js';

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
const MAX_CACHED_WORDS = 200_000;

export class Tagger {
  private readonly index: Map<string, number>;
  private readonly words = new Map<string, Float32Array>();

  constructor(
    readonly model: NerModel,
    readonly context: FeatureContext,
  ) {
    this.index = new Map(model.features.map((feature, i) => [feature, i]));
  }

  /** The tag indices of each sentence of a document (a text, or a run of sentences of a CoNLL file). */
  tagDocument(tokens: readonly Token[], sentences: readonly SentenceRange[]): Uint8Array[] {
    const document = documentFeatures(tokens, sentences, this.context);
    return sentences.map(({ from, to }) => this.tagSentence(tokens, from, to, document));
  }

  /** The tag indices of tokens[from, to), one sentence, with what the rest of its document says. */
  tagSentence(tokens: readonly Token[], from: number, to: number, document?: DocumentFeatures): Uint8Array {
    return viterbi(this.emissions(tokens, from, to, document), to - from, this.model.transitions);
  }

  /**
   * Each sentence's tags, and for each entity of them (in order) its margin: how far the best
   * reading of the sentence outscores the best one that leaves the entity's tokens all O.
   */
  tagDocumentWithMargins(tokens: readonly Token[], sentences: readonly SentenceRange[]): { tags: Uint8Array; margins: number[] }[] {
    const document = documentFeatures(tokens, sentences, this.context);
    const { transitions } = this.model;
    return sentences.map(({ from, to }) => {
      const emissions = this.emissions(tokens, from, to, document);
      const tags = viterbi(emissions, to - from, transitions);
      const best = pathScore(emissions, tags, transitions);
      const margins = spansOfTags(tags).map((span) => {
        const without = Float32Array.from(emissions);
        for (let i = span.start; i < span.end; i++) without.fill(-Infinity, i * TAG_COUNT + 1, (i + 1) * TAG_COUNT);
        return best - pathScore(without, viterbi(without, to - from, transitions), transitions);
      });
      return { tags, margins };
    });
  }

  /** The emission scores of every tag at every token of tokens[from, to). */
  private emissions(tokens: readonly Token[], from: number, to: number, document?: DocumentFeatures): Float32Array {
    const n = to - from;
    const emissions = new Float32Array(n * TAG_COUNT);
    const contextual = sentenceFeatures(tokens, from, to, this.context);
    for (let i = 0; i < n; i++) {
      const row = i * TAG_COUNT;
      this.addRow(emissions, row, this.wordScores((tokens[from + i] as Token).norm), 0);
      NEIGHBOUR_OFFSETS.forEach((offset, k) => {
        const at = i + offset;
        if (at >= 0 && at < n) this.addRow(emissions, row, this.wordScores((tokens[from + at] as Token).norm), (k + 1) * TAG_COUNT);
      });
      for (const feature of [...(contextual[i] as string[]), ...(document?.get(from + i) ?? [])]) {
        const id = this.index.get(feature);
        if (id !== undefined) this.addRow(emissions, row, this.model.weights, id * TAG_COUNT);
      }
    }
    return emissions;
  }

  private addRow(target: Float32Array, at: number, source: Float32Array, from: number): void {
    for (let tag = 0; tag < TAG_COUNT; tag++) target[at + tag] = (target[at + tag] as number) + (source[from + tag] as number);
  }

  private wordScores(word: string): Float32Array {
    let scores = this.words.get(word);
    if (scores) return scores;
    scores = new Float32Array(WORD_ROWS * TAG_COUNT);
    this.sumInto(scores, 0, selfFeatures(word, this.context.lists));
    NEIGHBOUR_OFFSETS.forEach((offset, k) => this.sumInto(scores as Float32Array, (k + 1) * TAG_COUNT, neighbourFeatures(word, offset, this.context.lists)));
    if (this.words.size >= MAX_CACHED_WORDS) this.words.clear();
    this.words.set(word, scores);
    return scores;
  }

  private sumInto(target: Float32Array, at: number, features: readonly string[]): void {
    for (const feature of features) {
      const id = this.index.get(feature);
      if (id !== undefined) this.addRow(target, at, this.model.weights, id * TAG_COUNT);
    }
  }
}
