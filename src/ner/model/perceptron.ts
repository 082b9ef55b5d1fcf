// The averaged structured perceptron: decode each training sentence with the current weights and,
// where the best sequence is not the gold one, move the weights towards the gold. The average of
// the weights over every step is what is kept (Collins 2002), computed lazily (Daumé's trick).
// Sentences are visited in an order shuffled by a seeded generator: the model is a function of the
// data and the seed.
// Besides a weight per feature and tag, and per pair of tags (the transitions), a token's boundary
// features (word-features.ts: its clitics, shape and cluster, the word's before it) have a weight
// per pair of tags: what the words at a transition say of it (و before a name after a name most
// often opens a second name, not the first one's I-).
import { START, TAG_COUNT } from './tags.js';
import { TRANSITION_SIZE, viterbi } from './viterbi.js';

export interface TrainingSentence {
  /** Per token, the ids of its features. */
  features: Int32Array[];
  /** Per token, the gold tag's index (a valid sequence: see repairTags). */
  tags: Uint8Array;
  /** Per token, the ids of its boundary features: each weighs every transition into the token. */
  boundaries?: Int32Array[];
  /** How much each of its updates counts (1 when absent): a sentence another tagger tagged counts less than a gold one. */
  weight?: number;
  /** Real-valued features (features.ts: denseFeatures), `width` per token: each has a weight per tag. */
  dense?: Float32Array;
}

export interface LinearWeights {
  /** weights[feature * TAG_COUNT + tag]. */
  weights: Float64Array;
  /** transitions[previous * TAG_COUNT + next], previous = START for a sentence's first tag. */
  transitions: Float64Array;
  /** boundaries[feature * TRANSITION_SIZE + previous * TAG_COUNT + next]: a boundary feature's transition weights. */
  boundaries: Float64Array;
  /** dense[d * TAG_COUNT + tag]: the weight of a token's d-th real-valued feature for a tag (empty without them). */
  dense: Float64Array;
}

export interface TrainingOptions {
  epochs: number;
  seed: number;
  /**
   * Large-margin updates: training decodes with this much added to every tag but the gold one at
   * each token (cost-augmented Viterbi, Hamming cost), so the gold sequence must beat every other
   * by this much per wrong tag before no update is made. 0 (or absent): the plain perceptron.
   */
  margin?: number;
  /** Called after each epoch with the averaged weights so far (for scoring a development split). */
  afterEpoch?: (epoch: number, averaged: LinearWeights) => void;
}

/** Mulberry32: a small, fast 32-bit generator; the same seed gives the same stream everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled(count: number, random: () => number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const k = Math.floor(random() * (i + 1));
    [order[i], order[k]] = [order[k] as number, order[i] as number];
  }
  return order;
}

/** Each token's own transition scores (viterbi's `local`): its boundary features' weights summed. */
export function localTransitionsOf(boundaries: readonly Int32Array[] | undefined, weights: ArrayLike<number>): Float64Array | undefined {
  return boundaries && summedRows(boundaries, weights, TRANSITION_SIZE);
}

/** Emission scores of every tag at every token of a sentence. */
export function emissionsOf(features: readonly Int32Array[], weights: ArrayLike<number>): Float64Array {
  return summedRows(features, weights, TAG_COUNT);
}

/** A sentence's emission scores: its sparse features' weights, plus its real-valued features times theirs. */
export function sentenceEmissions(sentence: TrainingSentence, weights: LinearWeights): Float64Array {
  const emissions = emissionsOf(sentence.features, weights.weights);
  if (sentence.dense && weights.dense.length > 0) addDenseScores(emissions, sentence.dense, weights.dense);
  return emissions;
}

/** Adds each token's real-valued features (width = weights.length / TAG_COUNT per token) times their weights. */
export function addDenseScores(emissions: Float64Array, dense: ArrayLike<number>, weights: ArrayLike<number>): void {
  const width = weights.length / TAG_COUNT;
  const tokens = emissions.length / TAG_COUNT;
  for (let i = 0; i < tokens; i++) {
    for (let d = 0; d < width; d++) {
      const x = dense[i * width + d] as number;
      if (x === 0) continue;
      for (let tag = 0; tag < TAG_COUNT; tag++) emissions[i * TAG_COUNT + tag] = (emissions[i * TAG_COUNT + tag] as number) + x * (weights[d * TAG_COUNT + tag] as number);
    }
  }
}

/** Per token, the sum of the weight rows (`width` wide) of its feature ids, one row a token. */
function summedRows(ids: readonly Int32Array[], weights: ArrayLike<number>, width: number): Float64Array {
  const sums = new Float64Array(ids.length * width);
  ids.forEach((own, i) => {
    const row = i * width;
    for (const id of own) {
      const base = id * width;
      for (let j = 0; j < width; j++) sums[row + j] = (sums[row + j] as number) + (weights[base + j] as number);
    }
  });
  return sums;
}

export function trainPerceptron(sentences: readonly TrainingSentence[], featureCount: number, options: TrainingOptions, boundaryCount = 0, denseWidth = 0): LinearWeights {
  const current: LinearWeights = { weights: new Float64Array(featureCount * TAG_COUNT), transitions: new Float64Array(TRANSITION_SIZE), boundaries: new Float64Array(boundaryCount * TRANSITION_SIZE), dense: new Float64Array(denseWidth * TAG_COUNT) };
  // Each update's size times the step it was made at; the average is current − summed / steps.
  const summed: LinearWeights = { weights: new Float64Array(current.weights.length), transitions: new Float64Array(current.transitions.length), boundaries: new Float64Array(current.boundaries.length), dense: new Float64Array(current.dense.length) };
  const random = seededRandom(options.seed);
  let step = 1;
  const update = (table: 'weights' | 'transitions' | 'boundaries' | 'dense', index: number, delta: number): void => {
    current[table][index] = (current[table][index] as number) + delta;
    summed[table][index] = (summed[table][index] as number) + step * delta;
  };
  // The difference of the gold and guessed feature vectors of one sentence (index → count).
  const weightDelta = new Map<number, number>();
  const transitionDelta = new Map<number, number>();
  const boundaryDelta = new Map<number, number>();
  const bump = (delta: Map<number, number>, index: number, by: number) => {
    const value = (delta.get(index) ?? 0) + by;
    if (value === 0) delta.delete(index);
    else delta.set(index, value);
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const index of shuffled(sentences.length, random)) {
      const sentence = sentences[index] as TrainingSentence;
      const emissions = sentenceEmissions(sentence, current);
      if (options.margin) addHammingCost(emissions, sentence.tags, options.margin);
      const predicted = viterbi(emissions, sentence.tags.length, current.transitions, localTransitionsOf(sentence.boundaries, current.boundaries));
      weightDelta.clear();
      transitionDelta.clear();
      boundaryDelta.clear();
      for (let i = 0; i < predicted.length; i++) {
        const gold = sentence.tags[i] as number;
        const guess = predicted[i] as number;
        if (gold !== guess) {
          for (const id of sentence.features[i] as Int32Array) {
            bump(weightDelta, id * TAG_COUNT + gold, 1);
            bump(weightDelta, id * TAG_COUNT + guess, -1);
          }
        }
        const goldBefore = i === 0 ? START : (sentence.tags[i - 1] as number);
        const guessBefore = i === 0 ? START : (predicted[i - 1] as number);
        if (gold !== guess || goldBefore !== guessBefore) {
          bump(transitionDelta, goldBefore * TAG_COUNT + gold, 1);
          bump(transitionDelta, guessBefore * TAG_COUNT + guess, -1);
          for (const id of sentence.boundaries?.[i] ?? []) {
            bump(boundaryDelta, id * TRANSITION_SIZE + goldBefore * TAG_COUNT + gold, 1);
            bump(boundaryDelta, id * TRANSITION_SIZE + guessBefore * TAG_COUNT + guess, -1);
          }
        }
      }
      const weight = sentence.weight ?? 1;
      // Real-valued features move their weights by their value, at each token tagged wrong.
      const { dense } = sentence;
      if (dense && denseWidth > 0) {
        for (let i = 0; i < predicted.length; i++) {
          const gold = sentence.tags[i] as number;
          const guess = predicted[i] as number;
          if (gold === guess) continue;
          for (let d = 0; d < denseWidth; d++) {
            const x = (dense[i * denseWidth + d] as number) * weight;
            if (x === 0) continue;
            update('dense', d * TAG_COUNT + gold, x);
            update('dense', d * TAG_COUNT + guess, -x);
          }
        }
      }
      for (const [at, d] of weightDelta) update('weights', at, d * weight);
      for (const [at, d] of transitionDelta) update('transitions', at, d * weight);
      for (const [at, d] of boundaryDelta) update('boundaries', at, d * weight);
      step++;
    }
    options.afterEpoch?.(epoch, averageOf(current, summed, step));
  }
  return averageOf(current, summed, step);
}

/** Adds `cost` to the emission of every tag but the gold one at each token. */
export function addHammingCost(emissions: Float64Array, gold: Uint8Array, cost: number): void {
  for (let i = 0; i < gold.length; i++) {
    for (let tag = 0; tag < TAG_COUNT; tag++) if (tag !== gold[i]) emissions[i * TAG_COUNT + tag] = (emissions[i * TAG_COUNT + tag] as number) + cost;
  }
}

function averageOf(current: LinearWeights, summed: LinearWeights, step: number): LinearWeights {
  const average = (now: Float64Array, total: Float64Array) => now.map((w, i) => w - (total[i] as number) / step);
  return { weights: average(current.weights, summed.weights), transitions: average(current.transitions, summed.transitions), boundaries: average(current.boundaries, summed.boundaries), dense: average(current.dense, summed.dense) };
}
