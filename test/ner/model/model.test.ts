import { describe, expect, it } from 'vitest';
import { featureContext } from '../../../src/ner/model/features.js';
import { Tagger } from '../../../src/ner/model/model.js';
import { parseModel, serializeModel } from '../../../src/ner/model/serialize.js';
import { trainModel } from '../../../src/ner/model/train.js';
import { AkhbarError } from '../../../src/errors.js';
import { projectData } from '../../helpers.js';
import { tinyCorpus } from './tiny-corpus.js';

const context = () => featureContext(projectData().resources);

describe('the NER trainer and tagger', () => {
  it('learns a tiny corpus exactly, and tags it so after a round trip through the file', () => {
    const corpus = tinyCorpus();
    const model = parseModel(serializeModel(trainModel(corpus, context(), { epochs: 10, seed: 7 })), 'tiny.model');
    const tagger = new Tagger(model, context());
    expect(tagger.tagDocument(corpus.tokens, corpus.sentences).map((tags) => [...tags])).toEqual(corpus.sentences.map((s) => s.tags));
  });

  it('generalises from the contexts: an unseen name after a title of the corpus is a person', () => {
    const corpus = tinyCorpus();
    const tagger = new Tagger(trainModel(corpus, context(), { epochs: 10, seed: 7 }), context());
    const { tokens, sentences } = tinyCorpus();
    const first = sentences[0] as { from: number; to: number };
    const renamed = tokens.map((t, i) => (i === 2 ? { ...t, text: 'نادر', norm: 'نادر' } : t));
    expect(tagger.tagSentence(renamed, first.from, first.to)[2]).toBe(1);
  });

  it('is a function of the data and the seed: the same bytes twice', () => {
    const train = (seed: number) => serializeModel(trainModel(tinyCorpus(), context(), { epochs: 5, seed, info: { data: 'tiny' } }));
    const first = train(3);
    expect(train(3).equals(first)).toBe(true);
    expect(first.length).toBeGreaterThan(100);
  });

  it('with boundary features: learns the tiny corpus exactly, keeps their weights through the file, same bytes twice', () => {
    const corpus = tinyCorpus();
    const trained = trainModel(corpus, context(), { epochs: 10, seed: 7, boundaries: true });
    const bytes = serializeModel(trained);
    const model = parseModel(bytes, 'tiny.model');
    expect(model.boundaryFeatures).toContain('b.pc=و');
    expect(model.boundaryFeatures).toEqual(trained.boundaryFeatures);
    expect(model.boundaryWeights).toEqual(trained.boundaryWeights);
    expect(model.boundaryWeights?.some((w) => w !== 0)).toBe(true);
    const tagger = new Tagger(model, context());
    expect(tagger.tagDocument(corpus.tokens, corpus.sentences).map((tags) => [...tags])).toEqual(corpus.sentences.map((s) => s.tags));
    expect(serializeModel(trainModel(tinyCorpus(), context(), { epochs: 10, seed: 7, boundaries: true })).equals(bytes)).toBe(true);
    expect(() => parseModel(bytes.subarray(0, bytes.length - 20), 'cut.model')).toThrow(/not an Akhbar NER model/);
  });

  it('with several seeds keeps the mean of their runs: a model of its own, the same bytes twice', () => {
    const train = (seeds: number) => serializeModel(trainModel(tinyCorpus(), context(), { epochs: 5, seed: 3, seeds, boundaries: true }));
    const mean = train(3);
    expect(train(3).equals(mean)).toBe(true);
    expect(mean.equals(train(1))).toBe(false);
    const corpus = tinyCorpus();
    const tagger = new Tagger(parseModel(mean, 'mean.model'), context());
    expect(tagger.tagDocument(corpus.tokens, corpus.sentences).map((tags) => [...tags])).toEqual(corpus.sentences.map((s) => s.tags));
  });

  it('refuses a file that is not a model, naming it', () => {
    expect(() => parseModel(Buffer.from('not a model'), 'x.model')).toThrow(AkhbarError);
    expect(() => parseModel(Buffer.from('not a model'), 'x.model')).toThrow(/x\.model|not gzip/);
    const bytes = serializeModel(trainModel(tinyCorpus(), context(), { epochs: 1, seed: 1 }));
    expect(() => parseModel(bytes.subarray(0, bytes.length - 20), 'cut.model')).toThrow(/not an Akhbar NER model/);
  });
});
