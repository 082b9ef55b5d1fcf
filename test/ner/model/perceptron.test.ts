import { describe, expect, it } from 'vitest';
import { featureContext } from '../../../src/ner/model/features.js';
import { Tagger } from '../../../src/ner/model/model.js';
import { addHammingCost } from '../../../src/ner/model/perceptron.js';
import { serializeModel } from '../../../src/ner/model/serialize.js';
import { TAG_COUNT } from '../../../src/ner/model/tags.js';
import { trainModel } from '../../../src/ner/model/train.js';
import { projectData } from '../../helpers.js';
import { tinyCorpus } from './tiny-corpus.js';

describe('the perceptron with large-margin updates (cost-augmented Viterbi)', () => {
  it('adds the cost to every tag but the gold one', () => {
    const emissions = new Float64Array(2 * TAG_COUNT);
    addHammingCost(emissions, Uint8Array.of(3, 0), 2);
    expect([...emissions.subarray(0, TAG_COUNT)]).toEqual([2, 2, 2, 0, 2, 2, 2, 2, 2]);
    expect([...emissions.subarray(TAG_COUNT)]).toEqual([0, 2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it('learns the tiny corpus exactly, a model of its own, the same bytes twice', () => {
    const context = featureContext(projectData().resources);
    const train = (margin?: number) => trainModel(tinyCorpus(), context, { epochs: 10, seed: 7, boundaries: true, ...(margin !== undefined && { margin }) });
    const bytes = serializeModel(train(1));
    expect(serializeModel(train(1)).equals(bytes)).toBe(true);
    expect(serializeModel(train()).equals(bytes)).toBe(false);
    const corpus = tinyCorpus();
    const tagger = new Tagger(train(1), context);
    expect(tagger.tagDocument(corpus.tokens, corpus.sentences).map((tags) => [...tags])).toEqual(corpus.sentences.map((s) => s.tags));
  });
});
