import { describe, expect, it } from 'vitest';
import { featureContext } from '../../../src/ner/model/features.js';
import { Tagger } from '../../../src/ner/model/model.js';
import { seededRandom, trainPerceptron } from '../../../src/ner/model/perceptron.js';
import { confidentSentences, silverDictionary, silverReadings, tokenConfidences } from '../../../src/ner/model/self-training.js';
import { serializeModel } from '../../../src/ner/model/serialize.js';
import { START, TAG_COUNT, allowedAfter, tagIndex } from '../../../src/ner/model/tags.js';
import { trainModel, type TaggedDocument } from '../../../src/ner/model/train.js';
import { TRANSITION_SIZE, maxMarginals, pathScore, viterbi } from '../../../src/ner/model/viterbi.js';
import { tokensOfSentences } from '../../../src/ner/conll.js';
import { projectData } from '../../helpers.js';
import { tinyCorpus } from './tiny-corpus.js';

const context = () => featureContext(projectData().resources);
const tag = (name: string) => tagIndex(name) as number;

/** Every valid tag sequence of a length (BIO: no I- after O or another type). */
function allSequences(length: number): number[][] {
  let out: number[][] = [[]];
  for (let i = 0; i < length; i++) out = out.flatMap((s) => Array.from({ length: TAG_COUNT }, (_, t) => [...s, t]).filter((n) => allowedAfter(i === 0 ? START : (n[i - 1] as number), n[i] as number)));
  return out;
}

describe('max-marginals', () => {
  it('give each token and tag the score of the best valid sequence through it, with local transitions too', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 20; round++) {
      const length = 1 + (round % 4);
      const emissions = Float64Array.from({ length: length * TAG_COUNT }, () => random() * 10 - 5);
      const transitions = Float64Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, () => random() * 6 - 3);
      const local = round % 2 === 0 ? Float64Array.from({ length: length * TRANSITION_SIZE }, () => random() * 4 - 2) : undefined;
      const marginals = maxMarginals(emissions, length, transitions, local);
      const sequences = allSequences(length);
      for (let i = 0; i < length; i++) {
        for (let t = 0; t < TAG_COUNT; t++) {
          const through = sequences.filter((s) => s[i] === t).map((s) => pathScore(emissions, s, transitions, local));
          const expected = through.length === 0 ? -Infinity : Math.max(...through);
          if (expected === -Infinity) expect(marginals[i * TAG_COUNT + t]).toBe(-Infinity);
          else expect(marginals[i * TAG_COUNT + t]).toBeCloseTo(expected, 9);
        }
      }
    }
  });

  it('make a token the emissions leave in doubt the least sure one', () => {
    // Token 1 scores B-PERS and O almost alike; the others are clear.
    const emissions = new Float64Array(3 * TAG_COUNT);
    emissions[0 * TAG_COUNT + 0] = 10;
    emissions[1 * TAG_COUNT + tag('B-PERS')] = 5;
    emissions[1 * TAG_COUNT + 0] = 4.5;
    emissions[2 * TAG_COUNT + 0] = 10;
    const transitions = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
    const best = viterbi(emissions, 3, transitions);
    const confidences = tokenConfidences(emissions, best, transitions);
    expect(confidences[1]).toBeCloseTo(0.5, 9);
    expect(Math.min(confidences[0] as number, confidences[2] as number)).toBeGreaterThan(5);
  });
});

describe('silver sentences', () => {
  // The tiny corpus and a sentence with no name in it, learnt by heart.
  const noName = 'ستفتح مكتبا في إلى .'.split(' ');
  const tagger = () => {
    const corpus = tinyCorpus();
    const { tokens, sentences } = tokensOfSentences([...corpus.sentences.map((s) => ({ words: corpus.tokens.slice(s.from, s.to).map((t) => t.text) })), { words: noName }], projectData().resources.normalizer);
    const document: TaggedDocument = { tokens, sentences: sentences.map((range, i) => ({ ...range, tags: corpus.sentences[i]?.tags ?? noName.map(() => 0) })) };
    return new Tagger(trainModel(document, context(), { epochs: 8, seed: 3 }), context());
  };

  it('keeps the sentences read with the confidence asked at every token, with their tags, and only those with an entity when asked', () => {
    const corpus = tinyCorpus();
    const ranges = corpus.sentences.map(({ from, to }) => ({ from, to }));
    const t = tagger();
    const all = confidentSentences(t, corpus.tokens, ranges, { minConfidence: -Infinity });
    expect(all.map((s) => [...s.tags])).toEqual(t.tagDocument(corpus.tokens, ranges).map((tags) => [...tags]));
    // The training sentences are learnt by heart: each read surely, to the weakest token's confidence.
    const weakest = Math.min(...all.map((s) => s.confidence));
    expect(weakest).toBeGreaterThan(0);
    expect(confidentSentences(t, corpus.tokens, ranges, { minConfidence: weakest + 1e-6 }).length).toBeLessThan(all.length);
    // A sentence with no name is left out with withEntity.
    const { tokens, sentences } = tokensOfSentences([{ words: noName }], projectData().resources.normalizer);
    expect([...(t.tagDocument(tokens, sentences)[0] ?? [])].every((x) => x === 0)).toBe(true);
    expect(confidentSentences(t, tokens, sentences, { minConfidence: -Infinity })).toHaveLength(1);
    expect(confidentSentences(t, tokens, sentences, { minConfidence: -Infinity, withEntity: true })).toHaveLength(0);
    // Sentences outside the lengths asked for are left out.
    expect(confidentSentences(t, corpus.tokens, ranges, { minConfidence: -Infinity, minTokens: 11 }).map((s) => s.to - s.from)).toEqual([11]);
  });

  it('reads each word of a silver sentence with its type, O outside names', () => {
    const corpus = tinyCorpus();
    const first = corpus.sentences[0] as TaggedDocument['sentences'][number];
    const readings = silverReadings(corpus.tokens, [{ from: first.from, to: first.to, tags: Uint8Array.from(first.tags), confidence: 1 }]);
    expect(readings.slice(0, 4)).toEqual([
      ['وصل', 'O'],
      ['الوزير', 'O'],
      ['زاهر', 'PERS'],
      ['قنديل', 'PERS'],
    ]);
  });
});

describe('the silver dictionary', () => {
  const doc = (...readings: [string, string][]) => readings;
  it('holds the words read inside names of one type in enough documents, counted once a document, and in enough of the documents they stand in', () => {
    const documents = [
      doc(['نوفاتيك', 'ORG'], ['نوفاتيك', 'ORG'], ['كارمينا', 'LOC'], ['الفرسان', 'ORG']),
      doc(['نوفاتيك', 'ORG'], ['كارمينا', 'LOC'], ['الفرسان', 'O']),
      doc(['نوفاتيك', 'ORG'], ['الفرسان', 'O'], ['دوريسا', 'LOC']),
      doc(['كارمينا', 'LOC'], ['الفرسان', 'ORG'], ['دوريسا', 'LOC']),
    ];
    const dictionary = silverDictionary(documents, { minDocuments: 3, minShare: 0.5 });
    // نوفاتيك: ORG in 3 documents (4 readings); كارمينا: LOC in 3; الفرسان: ORG in 2 of 4; دوريسا: 2.
    expect([...dictionary]).toEqual([
      ['كارمينا', 'sLOC'],
      ['نوفاتيك', 'sORG'],
    ]);
    expect([...silverDictionary(documents, { minDocuments: 2, minShare: 0.6 })].map(([w]) => w)).toEqual(['دوريسا', 'كارمينا', 'نوفاتيك']);
    // The words of the gold dictionary are left to it.
    expect([...silverDictionary(documents, { minDocuments: 3, minShare: 0.5 }, new Map([['نوفاتيك', 'dORG']]))]).toEqual([['كارمينا', 'sLOC']]);
  });
});

describe('training with silver sentences', () => {
  it("weighs a sentence's updates by its weight", () => {
    const sentence = { features: [Int32Array.from([0, 1]), Int32Array.from([1, 2])], tags: Uint8Array.from([tag('B-PERS'), tag('I-PERS')]) };
    const once = trainPerceptron([sentence], 3, { epochs: 1, seed: 1 });
    const doubled = trainPerceptron([{ ...sentence, weight: 2 }], 3, { epochs: 1, seed: 1 });
    expect([...doubled.weights]).toEqual([...once.weights].map((w) => 2 * w));
    expect([...doubled.transitions]).toEqual([...once.transitions].map((w) => 2 * w));
    expect(once.weights.some((w) => w !== 0)).toBe(true);
  });

  it('keeps silver tags out of the tag dictionary, adds the extra dictionary where the gold one has no entry, the same bytes twice', () => {
    const gold = tinyCorpus();
    const words = 'وأعلنت شركة فيلوريا عن مكتب في كارمينا .'.split(' ');
    const silverTags = ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O', 'B-LOC', 'O'].map(tag);
    const { tokens, sentences } = tokensOfSentences([...gold.sentences.map((s) => ({ words: gold.tokens.slice(s.from, s.to).map((t) => t.text) })), { words }], projectData().resources.normalizer);
    const document: TaggedDocument = { tokens, sentences: sentences.map((range, i) => (i < gold.sentences.length ? { ...range, tags: gold.sentences[i]?.tags ?? [] } : { ...range, tags: silverTags, silver: true })) };
    const extra = new Map([
      ['فيلوريا', 'sORG'],
      ['كارمينا', 'sPERS'],
    ]);
    const train = () => trainModel(document, context(), { epochs: 4, seed: 2, dictionaryFolds: 2, silverWeight: 0.5, extraDictionary: extra });
    const model = train();
    expect(model.tagDictionary?.get('فيلوريا')).toBe('sORG');
    // كارمينا is a place in the gold sentences: the gold entry stands.
    expect(model.tagDictionary?.get('كارمينا')).toBe('dLOC');
    expect(model.info.silver).toEqual({ sentences: 1, weight: 0.5 });
    expect(serializeModel(train()).equals(serializeModel(model))).toBe(true);
    // Without extra entries, the silver sentence's name is in no dictionary.
    const plain = trainModel(document, context(), { epochs: 4, seed: 2, dictionaryFolds: 2, silverWeight: 0.5 });
    expect(plain.tagDictionary?.has('فيلوريا')).toBe(false);
    // With no silver sentence the model is the gold corpus's alone.
    expect(trainModel(gold, context(), { epochs: 4, seed: 2, dictionaryFolds: 2 }).info.silver).toBeUndefined();
  });
});
