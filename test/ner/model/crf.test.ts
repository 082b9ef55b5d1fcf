import { describe, expect, it } from 'vitest';
import { addGradient, chainMarginals, logLikelihood, trainCrf } from '../../../src/ner/model/crf.js';
import { featureContext } from '../../../src/ner/model/features.js';
import { Tagger } from '../../../src/ner/model/model.js';
import { emissionsOf, localTransitionsOf, seededRandom, shuffled, type LinearWeights, type TrainingSentence } from '../../../src/ner/model/perceptron.js';
import { parseModel, serializeModel } from '../../../src/ner/model/serialize.js';
import { START, TAG_COUNT, allowedAfter } from '../../../src/ner/model/tags.js';
import { trainModel } from '../../../src/ner/model/train.js';
import { TRANSITION_SIZE, pathScore } from '../../../src/ner/model/viterbi.js';
import { projectData } from '../../helpers.js';
import { tinyCorpus } from './tiny-corpus.js';

const FEATURES = 5;
const BOUNDARIES = 3;

function randomWeights(seed: number, spread: number): LinearWeights {
  const random = seededRandom(seed);
  const fill = (n: number) => Float64Array.from({ length: n }, () => (random() - 0.5) * spread);
  return { weights: fill(FEATURES * TAG_COUNT), transitions: fill(TRANSITION_SIZE), boundaries: fill(BOUNDARIES * TRANSITION_SIZE), dense: new Float64Array(0) };
}

// Four tokens with a few features and boundary features each; gold: B-PERS I-PERS O B-LOC.
const SENTENCE: TrainingSentence = {
  features: [Int32Array.of(0, 1), Int32Array.of(1, 2), Int32Array.of(3), Int32Array.of(0, 4)],
  tags: Uint8Array.of(1, 2, 0, 3),
  boundaries: [Int32Array.of(0), Int32Array.of(1, 2), Int32Array.of(), Int32Array.of(2)],
};

/** Every valid tag sequence of a length (an I- only after a B-/I- of its type). */
function validSequences(length: number): number[][] {
  let out: number[][] = [[]];
  for (let i = 0; i < length; i++) out = out.flatMap((s) => Array.from({ length: TAG_COUNT }, (_, t) => t).filter((t) => allowedAfter(i === 0 ? START : (s[i - 1] as number), t)).map((t) => [...s, t]));
  return out;
}

describe('the linear-chain CRF', () => {
  it('forward-backward agrees with summing over every valid sequence', () => {
    const w = randomWeights(1, 4);
    const emissions = emissionsOf(SENTENCE.features, w.weights);
    const local = localTransitionsOf(SENTENCE.boundaries, w.boundaries);
    const sequences = validSequences(4);
    const scores = sequences.map((s) => pathScore(emissions, s, w.transitions, local));
    const logZ = Math.log(scores.reduce((sum, x) => sum + Math.exp(x), 0));
    const m = chainMarginals(emissions, 4, w.transitions, local);
    expect(m.logPartition).toBeCloseTo(logZ, 10);
    // Token 1's marginals and the transition B-PERS → I-PERS into it, by enumeration.
    for (let tag = 0; tag < TAG_COUNT; tag++) {
      const p = sequences.reduce((sum, s, k) => sum + (s[1] === tag ? Math.exp((scores[k] as number) - logZ) : 0), 0);
      expect(m.nodes[TAG_COUNT + tag]).toBeCloseTo(p, 10);
    }
    const pEdge = sequences.reduce((sum, s, k) => sum + (s[0] === 1 && s[1] === 2 ? Math.exp((scores[k] as number) - logZ) : 0), 0);
    expect(m.edges[TRANSITION_SIZE + 1 * TAG_COUNT + 2]).toBeCloseTo(pEdge, 10);
    // No mass on what Viterbi may not return: I-LOC after B-PERS, or first.
    expect(m.edges[TRANSITION_SIZE + 1 * TAG_COUNT + 4]).toBe(0);
    expect(m.nodes[4]).toBe(0);
  });

  it('does not underflow on a long sentence with large scores', () => {
    const length = 3000;
    const random = seededRandom(5);
    const emissions = Float64Array.from({ length: length * TAG_COUNT }, () => (random() - 0.5) * 200);
    const m = chainMarginals(emissions, length, new Float64Array(TRANSITION_SIZE));
    expect(Number.isFinite(m.logPartition)).toBe(true);
    for (const i of [0, 1500, length - 1]) expect([...m.nodes.subarray(i * TAG_COUNT, (i + 1) * TAG_COUNT)].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('its gradient is the numerical derivative of the log-likelihood', () => {
    const w = randomWeights(2, 2);
    const m = chainMarginals(emissionsOf(SENTENCE.features, w.weights), 4, w.transitions, localTransitionsOf(SENTENCE.boundaries, w.boundaries));
    const gradient: LinearWeights = { weights: new Float64Array(w.weights.length), transitions: new Float64Array(w.transitions.length), boundaries: new Float64Array(w.boundaries.length), dense: new Float64Array(0) };
    addGradient(SENTENCE, m, [{ into: gradient, by: 1 }]);
    const h = 1e-5;
    let checked = 0;
    for (const table of ['weights', 'transitions', 'boundaries'] as const) {
      for (let i = 0; i < w[table].length; i++) {
        const at = (delta: number) => {
          const moved = { ...w, [table]: w[table].map((x, k) => (k === i ? x + delta : x)) };
          return logLikelihood(SENTENCE, moved);
        };
        const numeric = (at(h) - at(-h)) / (2 * h);
        expect(gradient[table][i]).toBeCloseTo(numeric, 6);
        if (Math.abs(numeric) > 1e-3) checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('trains as plain dense SGD with L2 and averaging would, through the scaling trick and its rescaling', () => {
    const sentences = [SENTENCE, { features: [Int32Array.of(2), Int32Array.of(3, 4)], tags: Uint8Array.of(5, 6), boundaries: [Int32Array.of(1), Int32Array.of(0)] }];
    // L2 this strong makes the scale fall below its floor within the run: the rescaling is tested too.
    const settings = { learningRate: 0.5, l2: 3, epochs: 8, seed: 4 };
    for (const average of [true, false]) {
      const fast = trainCrf(sentences, FEATURES, { ...settings, average }, BOUNDARIES);
      const w = { weights: new Float64Array(FEATURES * TAG_COUNT), transitions: new Float64Array(TRANSITION_SIZE), boundaries: new Float64Array(BOUNDARIES * TRANSITION_SIZE) };
      const sum = { weights: new Float64Array(w.weights.length), transitions: new Float64Array(w.transitions.length), boundaries: new Float64Array(w.boundaries.length), dense: new Float64Array(0) };
      const random = seededRandom(settings.seed);
      let step = 0;
      for (let epoch = 0; epoch < settings.epochs; epoch++) {
        for (const index of shuffled(sentences.length, random)) {
          const s = sentences[index] as TrainingSentence;
          const m = chainMarginals(emissionsOf(s.features, w.weights), s.tags.length, w.transitions, localTransitionsOf(s.boundaries, w.boundaries));
          const rate = settings.learningRate / (1 + step / sentences.length);
          const g = { weights: new Float64Array(w.weights.length), transitions: new Float64Array(w.transitions.length), boundaries: new Float64Array(w.boundaries.length), dense: new Float64Array(0) };
          addGradient(s, m, [{ into: g, by: 1 }]);
          for (const table of ['weights', 'transitions', 'boundaries'] as const) {
            w[table].forEach((x, i) => (w[table][i] = (1 - (rate * settings.l2) / sentences.length) * x + rate * (g[table][i] as number)));
            w[table].forEach((x, i) => (sum[table][i] = (sum[table][i] as number) + x));
          }
          step++;
        }
      }
      for (const table of ['weights', 'transitions', 'boundaries'] as const) {
        const expected = average ? sum[table].map((x) => x / step) : w[table];
        expected.forEach((x, i) => expect(fast[table][i]).toBeCloseTo(x, 9));
      }
    }
  });

  it('learns the tiny corpus exactly with boundary features, decoded by Viterbi from the model file; the same bytes twice', () => {
    const context = featureContext(projectData().resources);
    const train = () => trainModel(tinyCorpus(), context, { epochs: 10, seed: 7, boundaries: true, crf: { learningRate: 0.5, l2: 0.1, average: true } });
    const bytes = serializeModel(train());
    expect(serializeModel(train()).equals(bytes)).toBe(true);
    const model = parseModel(bytes, 'tiny-crf.model');
    expect(model.info.crf).toEqual({ learningRate: 0.5, l2: 0.1, average: true });
    const corpus = tinyCorpus();
    const tagger = new Tagger(model, context);
    expect(tagger.tagDocument(corpus.tokens, corpus.sentences).map((tags) => [...tags])).toEqual(corpus.sentences.map((s) => s.tags));
  });
});
