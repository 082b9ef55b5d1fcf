// A linear-chain CRF over the perceptron's features, transitions and boundary features
// (perceptron.ts): the same scores, read as the log-probability of a tag sequence up to the
// sentence's log-partition, and trained to raise the gold sequence's log-likelihood instead of
// correcting Viterbi's mistakes. Forward-backward runs over the tag sequences Viterbi may return
// (an I- tag only after a B-/I- of its type), in log space so a long sentence does not underflow.
// The gradient of a sentence's log-likelihood is its observed minus its expected feature counts.
// Training is SGD, one sentence a step in a seeded order, with L2 regularisation kept sparse by
// the scaling trick: the weights are `scale · v`, the decay of every weight is one multiplication
// of `scale`, and a step writes only the entries its sentence touches. The weights are the same
// kind of weights as the perceptron's: Viterbi decodes them and the model file holds them as is.
import { START, TAG_COUNT } from './tags.js';
import { FIRST_STEPS, LATER_STEPS, TRANSITION_SIZE, pathScore, stepScores } from './viterbi.js';
import { emissionsOf, localTransitionsOf, seededRandom, shuffled, type LinearWeights, type TrainingOptions, type TrainingSentence } from './perceptron.js';

export interface CrfSettings {
  /** The first step's size; step k of N sentences a pass is learningRate / (1 + k / N). */
  learningRate: number;
  /** L2 strength over the whole training set: the objective is Σ log p(gold) − l2 / 2 · ‖w‖². */
  l2: number;
  /** Keeps the average of the weights over every step (as the perceptron does) instead of the last ones. */
  average: boolean;
}

export interface ChainMarginals {
  /** log Σ over valid sequences of exp(score). */
  logPartition: number;
  /** nodes[i * TAG_COUNT + tag]: the probability that token i has that tag. */
  nodes: Float64Array;
  /** edges[i * TRANSITION_SIZE + previous * TAG_COUNT + next]: the probability of that transition into token i (previous = START at token 0). */
  edges: Float64Array;
}

/** log Σ exp(values[k]) over the given entries, without overflow (-Infinity when every one is). */
function logSumExp(values: Float64Array, count: number): number {
  let max = -Infinity;
  for (let k = 0; k < count; k++) if ((values[k] as number) > max) max = values[k] as number;
  if (max === -Infinity) return -Infinity;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp((values[k] as number) - max);
  return max + Math.log(sum);
}

/** Forward-backward over the valid tag sequences: the log-partition and every token's and transition's marginal probability. */
export function chainMarginals(emissions: ArrayLike<number>, length: number, transitions: ArrayLike<number>, local?: ArrayLike<number>): ChainMarginals {
  const nodes = new Float64Array(length * TAG_COUNT);
  const edges = new Float64Array(length * TRANSITION_SIZE);
  if (length === 0) return { logPartition: 0, nodes, edges };
  const steps = stepScores(length, transitions, local);
  const forward = new Float64Array(length * TAG_COUNT);
  const backward = new Float64Array(length * TAG_COUNT);
  const terms = new Float64Array(TAG_COUNT);
  for (let tag = 0; tag < TAG_COUNT; tag++) forward[tag] = (steps[START * TAG_COUNT + tag] as number) + (emissions[tag] as number);
  for (let i = 1; i < length; i++) {
    const base = i * TRANSITION_SIZE;
    for (let next = 0; next < TAG_COUNT; next++) {
      for (let previous = 0; previous < TAG_COUNT; previous++) terms[previous] = (forward[(i - 1) * TAG_COUNT + previous] as number) + (steps[base + previous * TAG_COUNT + next] as number);
      forward[i * TAG_COUNT + next] = logSumExp(terms, TAG_COUNT) + (emissions[i * TAG_COUNT + next] as number);
    }
  }
  for (let i = length - 2; i >= 0; i--) {
    const base = (i + 1) * TRANSITION_SIZE;
    for (let previous = 0; previous < TAG_COUNT; previous++) {
      for (let next = 0; next < TAG_COUNT; next++) terms[next] = (steps[base + previous * TAG_COUNT + next] as number) + (emissions[(i + 1) * TAG_COUNT + next] as number) + (backward[(i + 1) * TAG_COUNT + next] as number);
      backward[i * TAG_COUNT + previous] = logSumExp(terms, TAG_COUNT);
    }
  }
  const logPartition = logSumExp(forward.subarray((length - 1) * TAG_COUNT), TAG_COUNT);
  for (let k = 0; k < nodes.length; k++) nodes[k] = Math.exp((forward[k] as number) + (backward[k] as number) - logPartition);
  for (let tag = 0; tag < TAG_COUNT; tag++) edges[START * TAG_COUNT + tag] = nodes[tag] as number;
  for (let i = 1; i < length; i++) {
    const base = i * TRANSITION_SIZE;
    for (const at of LATER_STEPS) {
      const previous = Math.floor(at / TAG_COUNT);
      const next = at - previous * TAG_COUNT;
      edges[base + at] = Math.exp((forward[(i - 1) * TAG_COUNT + previous] as number) + (steps[base + at] as number) + (emissions[i * TAG_COUNT + next] as number) + (backward[i * TAG_COUNT + next] as number) - logPartition);
    }
  }
  return { logPartition, nodes, edges };
}

/** The log-probability of a sentence's gold tags under the weights. */
export function logLikelihood(sentence: TrainingSentence, weights: LinearWeights): number {
  const emissions = emissionsOf(sentence.features, weights.weights);
  const local = localTransitionsOf(sentence.boundaries, weights.boundaries);
  const { logPartition } = chainMarginals(emissions, sentence.tags.length, weights.transitions, local);
  return pathScore(emissions, sentence.tags, weights.transitions, local) - logPartition;
}

/**
 * Adds `by` times the gradient of the sentence's log-likelihood (observed minus expected counts)
 * to each target: only the entries of the sentence's features, its transitions and its boundary features.
 */
export function addGradient(sentence: TrainingSentence, marginals: ChainMarginals, targets: readonly { into: LinearWeights; by: number }[]): void {
  const nodeGradient = new Float64Array(TAG_COUNT);
  const edgeGradient = new Float64Array(TRANSITION_SIZE);
  const { tags, features, boundaries } = sentence;
  for (let i = 0; i < tags.length; i++) {
    const gold = tags[i] as number;
    const goldStep = (i === 0 ? START : (tags[i - 1] as number)) * TAG_COUNT + gold;
    for (let tag = 0; tag < TAG_COUNT; tag++) nodeGradient[tag] = (tag === gold ? 1 : 0) - (marginals.nodes[i * TAG_COUNT + tag] as number);
    const steps = i === 0 ? FIRST_STEPS : LATER_STEPS;
    for (const at of steps) edgeGradient[at] = (at === goldStep ? 1 : 0) - (marginals.edges[i * TRANSITION_SIZE + at] as number);
    for (const { into, by } of targets) {
      for (const id of features[i] as Int32Array) {
        const base = id * TAG_COUNT;
        for (let tag = 0; tag < TAG_COUNT; tag++) into.weights[base + tag] = (into.weights[base + tag] as number) + by * (nodeGradient[tag] as number);
      }
      for (const at of steps) into.transitions[at] = (into.transitions[at] as number) + by * (edgeGradient[at] as number);
      for (const id of boundaries?.[i] ?? []) {
        const base = id * TRANSITION_SIZE;
        for (const at of steps) into.boundaries[base + at] = (into.boundaries[base + at] as number) + by * (edgeGradient[at] as number);
      }
    }
  }
}

function zeros(featureCount: number, boundaryCount: number): LinearWeights {
  return { weights: new Float64Array(featureCount * TAG_COUNT), transitions: new Float64Array(TRANSITION_SIZE), boundaries: new Float64Array(boundaryCount * TRANSITION_SIZE), dense: new Float64Array(0) };
}

function mapWeights(a: LinearWeights, f: (value: number, table: keyof LinearWeights, index: number) => number): LinearWeights {
  return { weights: a.weights.map((v, i) => f(v, 'weights', i)), transitions: a.transitions.map((v, i) => f(v, 'transitions', i)), boundaries: a.boundaries.map((v, i) => f(v, 'boundaries', i)), dense: a.dense.map((v, i) => f(v, 'dense', i)) };
}

/**
 * SGD on the CRF objective, a sentence a step in a seeded order, L2 by the scaling trick. With
 * `average`, the mean of the weights after every step, kept sparse as well: with w_k = s_k · v_k
 * and v changing by δ_j at step j, Σ_k w_k = S_T · v_T − Σ_j S_{j−1} · δ_j (S: the running sum of
 * the scales), so a step adds S_{j−1} · δ_j to `lag` where it adds δ_j to v.
 */
export function trainCrf(sentences: readonly TrainingSentence[], featureCount: number, options: TrainingOptions & CrfSettings, boundaryCount = 0): LinearWeights {
  const v = zeros(featureCount, boundaryCount);
  const lag = options.average ? zeros(featureCount, boundaryCount) : undefined;
  // The sum of the weights before the last rescaling (dense; rescaling is rare).
  let banked: LinearWeights | undefined;
  let scale = 1;
  let scaleSum = 0;
  let step = 0;
  const count = Math.max(1, sentences.length);
  if (options.learningRate * options.l2 >= count) throw new Error(`CRF: a learning rate of ${options.learningRate} with L2 ${options.l2} over ${count} sentences would flip the weights' sign`);
  const random = seededRandom(options.seed);
  const current = () => mapWeights(v, (x) => x * scale);
  const summed = (): LinearWeights => mapWeights(v, (x, table, i) => x * scaleSum - ((lag as LinearWeights)[table][i] as number) + (banked ? (banked[table][i] as number) : 0));
  const snapshot = () => (lag && step > 0 ? mapWeights(summed(), (x) => x / step) : current());
  const rescale = () => {
    if (lag) {
      banked = summed();
      for (const table of ['weights', 'transitions', 'boundaries'] as const) lag[table].fill(0);
      scaleSum = 0;
    }
    for (const table of ['weights', 'transitions', 'boundaries'] as const) v[table].forEach((x, i, all) => (all[i] = x * scale));
    scale = 1;
  };
  const scaledTransitions = new Float64Array(TRANSITION_SIZE);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const index of shuffled(sentences.length, random)) {
      const sentence = sentences[index] as TrainingSentence;
      if (scale < 1e-4) rescale();
      const emissions = emissionsOf(sentence.features, v.weights).map((x) => x * scale);
      const local = localTransitionsOf(sentence.boundaries, v.boundaries)?.map((x) => x * scale);
      v.transitions.forEach((x, i) => (scaledTransitions[i] = x * scale));
      const marginals = chainMarginals(emissions, sentence.tags.length, scaledTransitions, local);
      const rate = options.learningRate / (1 + step / count);
      // w ← (1 − rate · l2 / N) · w + rate · weight · ∇ log p(gold): the decay is the scale's alone.
      scale *= 1 - (rate * options.l2) / count;
      const by = (rate * (sentence.weight ?? 1)) / scale;
      addGradient(sentence, marginals, lag ? [{ into: v, by }, { into: lag, by: by * scaleSum }] : [{ into: v, by }]);
      scaleSum += scale;
      step++;
    }
    options.afterEpoch?.(epoch, snapshot());
  }
  return snapshot();
}
