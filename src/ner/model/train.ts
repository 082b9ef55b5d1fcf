// Training a tagger from a tagged document (a run of sentences): features read as strings,
// numbered in the order the sentences give them, then the averaged perceptron over those numbers.
import type { Token } from '../../types.js';
import { allFeatures, boundaryFeatures, documentFeatures, type FeatureContext, type SentenceRange } from './features.js';
import { trainPerceptron, emissionsOf, localTransitionsOf, type LinearWeights, type TrainingSentence } from './perceptron.js';
import { repairTags } from './tags.js';
import { viterbi } from './viterbi.js';
import { modelFromWeights } from './serialize.js';
import { deriveTagDictionary } from './tag-dictionary.js';
import type { ModelInfo, NerModel } from './model.js';

export interface TaggedDocument {
  tokens: Token[];
  /** Each sentence's token range and its gold tags, one per token. */
  sentences: (SentenceRange & { tags: readonly number[] })[];
}

/** Numbers feature strings; `grow` false leaves unknown ones out (a development split's). */
export class FeatureNumbering {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  /** With boundary features (perceptron.ts), their own numbering. */
  constructor(readonly boundaries?: FeatureNumbering) {}

  idsOf(features: readonly string[], grow: boolean): Int32Array {
    const out: number[] = [];
    for (const feature of features) {
      let id = this.ids.get(feature);
      if (id === undefined && grow) {
        id = this.names.push(feature) - 1;
        this.ids.set(feature, id);
      }
      if (id !== undefined) out.push(id);
    }
    return Int32Array.from(out);
  }
}

/**
 * The sentences as feature numbers and valid tags. With `grow`, features seen fewer than
 * `minCount` times are left out: a word seen once would otherwise learn its own tag by heart
 * and teach nothing to the affixes and contexts that carry over to unseen words.
 */
export function prepare(document: TaggedDocument, context: FeatureContext, numbering: FeatureNumbering, grow: boolean, minCount = 1, contextOf: (sentence: number) => FeatureContext = () => context): TrainingSentence[] {
  const { tokens, sentences } = document;
  const fromDocument = documentFeatures(tokens, sentences, context);
  const features = sentences.map(({ from, to }, s) => allFeatures(tokens, from, to, contextOf(s), fromDocument));
  if (grow && minCount > 1) {
    const counts = new Map<string, number>();
    for (const sentence of features) for (const token of sentence) for (const f of token) counts.set(f, (counts.get(f) ?? 0) + 1);
    for (const [feature, count] of counts) if (count >= minCount) numbering.idsOf([feature], true);
  }
  const boundaries = numbering.boundaries;
  // Each sentence's boundary features read the lists its other features read (a training part's
  // jackknifed dictionary, not the whole corpus's, which would tell the gold types).
  return features.map((sentence, i) => ({
    features: sentence.map((f) => numbering.idsOf(f, grow && minCount <= 1)),
    tags: Uint8Array.from(repairTags(sentences[i]?.tags ?? [])),
    ...(boundaries && { boundaries: boundaryFeatures(tokens, sentences[i]?.from ?? 0, sentences[i]?.to ?? 0, contextOf(i).lists).map((f) => boundaries.idsOf(f, grow)) }),
  }));
}

/** The tags the weights give each sentence (for scoring a development split during training). */
export function decodeAll(sentences: readonly TrainingSentence[], weights: LinearWeights): Uint8Array[] {
  return sentences.map((s) => viterbi(emissionsOf(s.features, weights.weights), s.tags.length, weights.transitions, localTransitionsOf(s.boundaries, weights.boundaries)));
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are left out. */
  minCount?: number;
  info?: ModelInfo;
  /**
   * Reads a tag dictionary of the corpus as a feature: each of this many consecutive parts of the
   * training sentences sees the dictionary of the others; the model keeps the whole corpus's.
   */
  dictionaryFolds?: number;
  /** Weighs each transition by what the words at it say (boundary features, perceptron.ts). */
  boundaries?: boolean;
  /** Trains with this many seeds (seed, seed + 1 …) and keeps the mean of their averaged weights. */
  seeds?: number;
  afterEpoch?: (epoch: number, weights: LinearWeights, numbering: FeatureNumbering) => void;
}

export function trainModel(document: TaggedDocument, context: FeatureContext, options: TrainOptions): NerModel {
  const numbering = new FeatureNumbering(options.boundaries ? new FeatureNumbering() : undefined);
  const folds = options.dictionaryFolds ?? 0;
  const n = document.sentences.length;
  const foldOf = (s: number) => Math.floor((s * folds) / n);
  const foldContexts = Array.from({ length: folds }, (_, f) => ({ ...context, lists: { ...context.lists, tagDictionary: deriveTagDictionary(document.tokens, document.sentences.filter((_, s) => foldOf(s) !== f)) } }));
  const prepared = prepare(document, context, numbering, true, options.minCount, folds > 0 ? (s) => foldContexts[foldOf(s)] as FeatureContext : undefined);
  const runs = options.seeds ?? 1;
  // Each epoch's averaged weights of every run, summed: the mean is what each epoch reports.
  const byEpoch: LinearWeights[] = [];
  let weights: LinearWeights | undefined;
  for (let run = 0; run < runs; run++) {
    const trained = trainPerceptron(prepared, numbering.names.length, {
      epochs: options.epochs,
      seed: options.seed + run,
      afterEpoch: options.afterEpoch && ((epoch, averaged) => {
        byEpoch[epoch - 1] = byEpoch[epoch - 1] ? sumOf(byEpoch[epoch - 1] as LinearWeights, averaged) : averaged;
        if (run === runs - 1) options.afterEpoch?.(epoch, scaled(byEpoch[epoch - 1] as LinearWeights, 1 / runs), numbering);
      }),
    }, numbering.boundaries?.names.length ?? 0);
    weights = weights ? sumOf(weights, trained) : trained;
  }
  weights = scaled(weights as LinearWeights, 1 / runs);
  const model = modelFromWeights(numbering.names, weights, { ...options.info, seed: options.seed, epochs: options.epochs, minCount: options.minCount ?? 1, dictionaryFolds: folds, ...(options.boundaries && { boundaries: true }), ...(runs > 1 && { seeds: runs }) }, context.lists.clusters, numbering.boundaries?.names);
  return folds > 0 ? { ...model, tagDictionary: deriveTagDictionary(document.tokens, document.sentences) } : model;
}

function sumOf(a: LinearWeights, b: LinearWeights): LinearWeights {
  const add = (x: Float64Array, y: Float64Array) => x.map((v, i) => v + (y[i] as number));
  return { weights: add(a.weights, b.weights), transitions: add(a.transitions, b.transitions), boundaries: add(a.boundaries, b.boundaries) };
}

function scaled(a: LinearWeights, by: number): LinearWeights {
  if (by === 1) return a;
  return { weights: a.weights.map((v) => v * by), transitions: a.transitions.map((v) => v * by), boundaries: a.boundaries.map((v) => v * by) };
}
