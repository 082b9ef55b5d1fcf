// Training a tagger from a tagged document (a run of sentences): features read as strings,
// numbered in the order the sentences give them, then the averaged perceptron over those numbers.
import type { Token } from '../../types.js';
import { DENSE_OFFSETS, UNREAD, allFeatures, boundaryFeatures, denseFeatures, documentFeatures, stackedFeatures, type DocumentFeatures, type FeatureContext, type SentenceRange } from './features.js';
import { trainCrf, type CrfSettings } from './crf.js';
import { trainPerceptron, sentenceEmissions, localTransitionsOf, type LinearWeights, type TrainingSentence } from './perceptron.js';
import { repairTags } from './tags.js';
import { viterbi } from './viterbi.js';
import { modelFromWeights } from './serialize.js';
import { deriveTagDictionary } from './tag-dictionary.js';
import { Tagger, type ModelInfo, type NerModel } from './model.js';
import type { WordLists } from './word-features.js';
import type { EmbeddingTable } from './embeddings.js';

export interface TaggedDocument {
  tokens: Token[];
  /**
   * Each sentence's token range and its tags, one per token: gold ones, or `silver` when another
   * tagger gave them (self-training: they weigh `silverWeight` and stay out of the tag dictionary).
   */
  sentences: (SentenceRange & { tags: readonly number[]; silver?: boolean })[];
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
export function prepare(document: TaggedDocument, context: FeatureContext, numbering: FeatureNumbering, grow: boolean, minCount = 1, contextOf: (sentence: number) => FeatureContext = () => context, extra?: DocumentFeatures, denseScale = 1): TrainingSentence[] {
  const { tokens, sentences } = document;
  const fromDocument = documentFeatures(tokens, sentences, context);
  const features = sentences.map(({ from, to }, s) => {
    const own = allFeatures(tokens, from, to, contextOf(s), fromDocument);
    if (extra) own.forEach((f, i) => f.push(...(extra.get(from + i) ?? [])));
    return own;
  });
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
    ...(context.lists.embeddingVectors && { dense: denseFeatures(tokens, sentences[i]?.from ?? 0, sentences[i]?.to ?? 0, context.lists, denseScale) }),
  }));
}

/** The tags the weights give each sentence (for scoring a development split during training). */
export function decodeAll(sentences: readonly TrainingSentence[], weights: LinearWeights): Uint8Array[] {
  return sentences.map((s) => viterbi(sentenceEmissions(s, weights), s.tags.length, weights.transitions, localTransitionsOf(s.boundaries, weights.boundaries)));
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
  /** Stacks a second tagger on a first one (stackedFeatures): see trainModel. */
  stack?: StackOptions;
  /** How much an update on a silver sentence counts against a gold one's 1 (1 when absent). */
  silverWeight?: number;
  /**
   * Entries added to the tag dictionary where the gold sentences' dictionary has none (a silver
   * dictionary: self-training.ts), in training and in the model file alike.
   */
  extraDictionary?: ReadonlyMap<string, string>;
  /** Trains a linear-chain CRF (crf.ts) over the same features instead of the averaged perceptron. */
  crf?: CrfSettings;
  /** The perceptron's large-margin updates (perceptron.ts: cost-augmented Viterbi), this much per wrong tag. */
  margin?: number;
  /**
   * Embedding features (context.lists.embeddingClusters, embeddingVectors): the vectors are read
   * times `denseScale` (the model's dense weights are stored times it, so a tagger reads them as they are).
   */
  denseScale?: number;
  /** With `stack`, `first` is the first-stage model the development split is to be read with. */
  afterEpoch?: (epoch: number, weights: LinearWeights, numbering: FeatureNumbering, first?: NerModel) => void;
}

export interface StackOptions {
  /** Parts of the training sentences: each part's first-stage tags come from a model trained on the other parts. */
  folds: number;
  /** Epochs of the first-stage models. */
  epochs: number;
  /** The word lists derived from a part of the corpus: a held-out part must not lend its names to the model that tags it. */
  listsOf?: (part: TaggedDocument) => Partial<WordLists>;
}

/**
 * With `stack`, two taggers: the first as without it, the second with the same features and what
 * the first one's reading says (stackedFeatures). The second learns from first-stage tags of the
 * training sentences that are as good as a new text's would be: each part's tags come from a first
 * model trained on the other parts (with the lists and dictionary of those parts alone), or the
 * second would learn to trust tags the first had learnt by heart. The model keeps the first-stage
 * model trained on every sentence as `first`.
 */
export function trainModel(document: TaggedDocument, context: FeatureContext, options: TrainOptions): NerModel {
  const { stack } = options;
  if (!stack) return trainSingle(document, context, options);
  const base: TrainOptions = { epochs: stack.epochs, seed: options.seed, ...(options.minCount !== undefined && { minCount: options.minCount }), ...(options.dictionaryFolds !== undefined && { dictionaryFolds: options.dictionaryFolds }), ...(options.boundaries !== undefined && { boundaries: options.boundaries }), ...(options.seeds !== undefined && { seeds: options.seeds }), ...(options.crf && { crf: options.crf }), ...(options.margin !== undefined && { margin: options.margin }) };
  const tags = new Uint8Array(document.tokens.length).fill(UNREAD);
  const n = document.sentences.length;
  for (let part = 0; part < stack.folds; part++) {
    const from = Math.round((n * part) / stack.folds);
    const to = Math.round((n * (part + 1)) / stack.folds);
    const rest: TaggedDocument = { tokens: document.tokens, sentences: [...document.sentences.slice(0, from), ...document.sentences.slice(to)] };
    const held = document.sentences.slice(from, to);
    const restContext: FeatureContext = { ...context, lists: { ...context.lists, ...stack.listsOf?.(rest) } };
    const model = trainSingle(rest, restContext, base);
    const tagger = new Tagger(model, { ...restContext, lists: { ...restContext.lists, tagDictionary: model.tagDictionary ?? new Map<string, string>() } });
    tagger.tagDocument(document.tokens, held).forEach((t, i) => tags.set(t, (held[i] as SentenceRange).from));
  }
  const first = trainSingle(document, context, base);
  const stacked = stackedFeatures(document.tokens, document.sentences, tags, context);
  const second = trainSingle(document, context, { ...options, afterEpoch: options.afterEpoch && ((epoch, weights, numbering) => options.afterEpoch?.(epoch, weights, numbering, first)) }, stacked);
  // The first stage reads the second's clusters and dictionary (the same ones): not kept twice.
  const { tagDictionary: _dictionary, ...firstModel } = first;
  return { ...second, info: { ...second.info, stack: { folds: stack.folds, epochs: stack.epochs } }, first: { ...firstModel, clusters: new Map() } };
}

/** The first stage's tags of a document's tokens, as a second stage reads them (stackedFeatures). */
export function firstStageTags(first: NerModel, document: TaggedDocument, context: FeatureContext): Uint8Array {
  const tags = new Uint8Array(document.tokens.length).fill(UNREAD);
  new Tagger(first, context).tagDocument(document.tokens, document.sentences).forEach((t, i) => tags.set(t, (document.sentences[i] as SentenceRange).from));
  return tags;
}

function trainSingle(document: TaggedDocument, context: FeatureContext, options: TrainOptions, extra?: DocumentFeatures): NerModel {
  const numbering = new FeatureNumbering(options.boundaries ? new FeatureNumbering() : undefined);
  const folds = options.dictionaryFolds ?? 0;
  // The jackknife's parts are parts of the gold sentences; a silver sentence reads the dictionary of
  // a part chosen by its rank, and no silver sentence lends its tags to any dictionary.
  const rank = new Int32Array(document.sentences.length);
  let gold = 0;
  let silver = 0;
  document.sentences.forEach((s, i) => (rank[i] = s.silver ? silver++ : gold++));
  const foldOf = (s: number) => (document.sentences[s]?.silver ? (rank[s] as number) % folds : Math.floor(((rank[s] as number) * folds) / gold));
  const goldOnly = (keep: (s: number) => boolean) => document.sentences.filter((sentence, s) => !sentence.silver && keep(s));
  const withExtra = (dictionary: Map<string, string>) => (options.extraDictionary ? new Map([...options.extraDictionary, ...dictionary]) : dictionary);
  const foldContexts = Array.from({ length: folds }, (_, f) => ({ ...context, lists: { ...context.lists, tagDictionary: withExtra(deriveTagDictionary(document.tokens, goldOnly((s) => foldOf(s) !== f))) } }));
  const denseScale = options.denseScale ?? 1;
  const prepared = prepare(document, context, numbering, true, options.minCount, folds > 0 ? (s) => foldContexts[foldOf(s)] as FeatureContext : undefined, extra, denseScale).map((sentence, s) => (document.sentences[s]?.silver && options.silverWeight !== undefined ? { ...sentence, weight: options.silverWeight } : sentence));
  const runs = options.seeds ?? 1;
  // Each epoch's averaged weights of every run, summed: the mean is what each epoch reports.
  const byEpoch: LinearWeights[] = [];
  let weights: LinearWeights | undefined;
  const denseWidth = denseWidthOf(context);
  // The CRF reads the sparse features only: real-valued embedding features are the perceptron's.
  if (options.crf && denseWidth > 0) throw new Error('the CRF objective reads no dense embedding features: train it without --embedding-features dense');
  const crf = options.crf;
  const trainer: typeof trainPerceptron = crf ? (s, n, o, b) => trainCrf(s, n, { ...o, ...crf }, b) : trainPerceptron;
  for (let run = 0; run < runs; run++) {
    const trained = trainer(prepared, numbering.names.length, {
      epochs: options.epochs,
      seed: options.seed + run,
      ...(options.margin !== undefined && { margin: options.margin }),
      afterEpoch: options.afterEpoch && ((epoch, averaged) => {
        byEpoch[epoch - 1] = byEpoch[epoch - 1] ? sumOf(byEpoch[epoch - 1] as LinearWeights, averaged) : averaged;
        if (run === runs - 1) options.afterEpoch?.(epoch, scaled(byEpoch[epoch - 1] as LinearWeights, 1 / runs), numbering);
      }),
    }, numbering.boundaries?.names.length ?? 0, denseWidth);
    weights = weights ? sumOf(weights, trained) : trained;
  }
  weights = scaled(weights as LinearWeights, 1 / runs);
  const { embeddingClusters, embeddingVectors } = context.lists;
  const use = embeddingClusters && embeddingVectors ? 'both' : embeddingClusters ? 'clusters' : embeddingVectors ? 'dense' : undefined;
  const embeddingInfo = use && { embeddingFeatures: use, ...(embeddingVectors && { denseScale }) };
  let model = modelFromWeights(numbering.names, weights, { ...options.info, seed: options.seed, epochs: options.epochs, minCount: options.minCount ?? 1, dictionaryFolds: folds, ...(options.boundaries && { boundaries: true }), ...(runs > 1 && { seeds: runs }), ...(options.crf && { crf: options.crf }), ...(options.margin && { margin: options.margin }), ...embeddingInfo }, context.lists.clusters, numbering.boundaries?.names);
  if (use) {
    const table = (embeddingClusters ?? embeddingVectors)?.table as EmbeddingTable;
    // Cluster features alone need no word vectors: the file keeps the words' clusters and the n-gram buckets.
    model = { ...model, embeddings: embeddingVectors ? table : { ...table, wordVectors: new Float32Array(0) } };
    // Stored times the scale, so that a tagger multiplies the vectors as they are.
    if (embeddingVectors) model = { ...model, denseWeights: Float32Array.from(weights.dense, (w) => w * denseScale) };
  }
  const info = silver > 0 ? { ...model.info, silver: { sentences: silver, weight: options.silverWeight ?? 1 } } : model.info;
  return folds > 0 ? { ...model, info, tagDictionary: withExtra(deriveTagDictionary(document.tokens, goldOnly(() => true))) } : { ...model, info };
}

/** How many real-valued features a token has (features.ts: denseFeatures), 0 without embedding vectors. */
function denseWidthOf(context: FeatureContext): number {
  const vectors = context.lists.embeddingVectors;
  return vectors ? DENSE_OFFSETS.length * vectors.table.dims : 0;
}

function sumOf(a: LinearWeights, b: LinearWeights): LinearWeights {
  const add = (x: Float64Array, y: Float64Array) => x.map((v, i) => v + (y[i] as number));
  return { weights: add(a.weights, b.weights), transitions: add(a.transitions, b.transitions), boundaries: add(a.boundaries, b.boundaries), dense: add(a.dense, b.dense) };
}

function scaled(a: LinearWeights, by: number): LinearWeights {
  if (by === 1) return a;
  return { weights: a.weights.map((v) => v * by), transitions: a.transitions.map((v) => v * by), boundaries: a.boundaries.map((v) => v * by), dense: a.dense.map((v) => v * by) };
}
