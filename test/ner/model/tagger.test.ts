import { describe, expect, it } from 'vitest';
import { allFeatures, boundaryFeatures, denseFeatures, documentFeatures, featureContext, stackedFeatures } from '../../../src/ner/model/features.js';
import { addDenseScores, localTransitionsOf } from '../../../src/ner/model/perceptron.js';
import { SKIP_GRAM_DEFAULTS, WordEmbeddings, roundedTable, sphericalKMeans, trainSkipGram, type EmbeddingTable } from '../../../src/ner/model/embeddings.js';
import { parseModel, serializeModel } from '../../../src/ner/model/serialize.js';
import { firstStageTags, trainModel } from '../../../src/ner/model/train.js';
import { TRANSITION_SIZE } from '../../../src/ner/model/viterbi.js';
import { tinyCorpus } from './tiny-corpus.js';
import { Tagger } from '../../../src/ner/model/model.js';
import { TAG_COUNT } from '../../../src/ner/model/tags.js';
import { analyzeText, projectData } from '../../helpers.js';

describe('the tagger’s look-ups', () => {
  it('score exactly the features the trainer spells out (word cache, numbered pairs, document features)', () => {
    const { resources } = projectData();
    const model = resources.nerModel;
    if (!model) throw new Error('the shipped model is missing');
    const context = featureContext(resources);
    const tagger = new Tagger(model, context);
    const doc = analyzeText('قال الرئيس الروسي فلاديمير بوتين في موسكو إن القمة مع ترامب كانت مثمرة. وأضاف بوتين أن الرئيس الأمريكي دونالد ترامب وعد بزيارة | موسكو.\nوالتقى كوستاس ميتسوتاكيس بالوفد في أثينا، وقال ميتسوتاكيس للصحفيين: "نحن مستعدون".');
    const sentences = doc.sentences.map((s) => ({ from: s.firstToken, to: s.endToken }));
    const index = new Map(model.features.map((f, i) => [f, i]));
    const fromDocument = documentFeatures(doc.tokens, sentences, context);
    // A stacked model also reads its first stage's tags (stacked.test.ts).
    const stacked = model.first && stackedFeatures(doc.tokens, sentences, firstStageTags(model.first, { tokens: doc.tokens, sentences: sentences.map((r) => ({ ...r, tags: [] })) }, context), context);
    const decoded = tagger.decodeDocument(doc.tokens, sentences);
    sentences.forEach(({ from, to }, s) => {
      const reference = allFeatures(doc.tokens, from, to, context, fromDocument);
      reference.forEach((own, i) => {
        const features = [...own, ...(stacked?.get(from + i) ?? [])];
        for (let tag = 0; tag < TAG_COUNT; tag++) {
          let expected = 0;
          for (const f of features) expected += model.weights[(index.get(f) ?? -1) * TAG_COUNT + tag] ?? 0;
          expect(decoded[s]?.emissions[i * TAG_COUNT + tag]).toBeCloseTo(expected, 3);
        }
      });
    });
    expect(decoded.length).toBeGreaterThan(2);
  });

  it('weigh each transition by exactly the boundary features the trainer spells out (word cache, the word before)', () => {
    const { resources } = projectData();
    const context = featureContext(resources);
    const model = trainModel(tinyCorpus(), context, { epochs: 5, seed: 3, boundaries: true });
    const tagger = new Tagger(model, context);
    const doc = analyzeText('وقال زاهر قنديل، في بلدة دوريسا، إن شركة نوفاتيك وجمعية الفرسان ستفتحان مكتبا (في كارمينا).');
    const sentences = doc.sentences.map((s) => ({ from: s.firstToken, to: s.endToken }));
    const index = new Map((model.boundaryFeatures ?? []).map((f, i) => [f, i]));
    const decoded = tagger.decodeDocument(doc.tokens, sentences);
    sentences.forEach(({ from, to }, s) => {
      const ids = boundaryFeatures(doc.tokens, from, to, context.lists).map((features) => Int32Array.from(features.flatMap((f) => (index.has(f) ? [index.get(f) as number] : []))));
      const expected = localTransitionsOf(ids, model.boundaryWeights ?? []) as Float64Array;
      expect(decoded[s]?.local?.length).toBe((to - from) * TRANSITION_SIZE);
      expected.forEach((w, j) => expect(decoded[s]?.local?.[j]).toBeCloseTo(w, 4));
    });
    expect(decoded.some((s) => s.local?.some((w) => w !== 0))).toBe(true);
  });

  it('read the embedding clusters and dense features as the trainer does, through the model file (words the table lacks from their n-grams)', () => {
    const { resources } = projectData();
    const corpus = tinyCorpus();
    const embeddings = new WordEmbeddings(tinyEmbeddingTable(corpus.tokens.map((t) => t.norm)));
    const trainingContext = featureContext(resources, { embeddingClusters: embeddings, embeddingVectors: embeddings });
    const trained = trainModel(corpus, trainingContext, { epochs: 5, seed: 3, boundaries: true, denseScale: 2 });
    const bytes = serializeModel(trained);
    expect(serializeModel(trainModel(corpus, trainingContext, { epochs: 5, seed: 3, boundaries: true, denseScale: 2 })).equals(bytes)).toBe(true);
    const model = parseModel(bytes, 'tiny.model');
    expect(model.info.embeddingFeatures).toBe('both');
    const context = featureContext({ ...resources, nerModel: model });
    const tagger = new Tagger(model, context);
    const doc = analyzeText('وقال زاهر قنديل، في بلدة دوريسا، إن شركة نوفاتيك وجمعية الفرسان ستفتحان مكتبا في كارمينا وبلوتاريا.');
    const sentences = doc.sentences.map((s) => ({ from: s.firstToken, to: s.endToken }));
    const index = new Map(model.features.map((f, i) => [f, i]));
    const decoded = tagger.decodeDocument(doc.tokens, sentences);
    let clusterFeatures = 0;
    sentences.forEach(({ from, to }, s) => {
      const reference = allFeatures(doc.tokens, from, to, context, documentFeatures(doc.tokens, sentences, context));
      // The trainer's context (the table before the file) spells the same features.
      expect(allFeatures(doc.tokens, from, to, trainingContext, documentFeatures(doc.tokens, sentences, trainingContext))).toEqual(reference);
      const dense = denseFeatures(doc.tokens, from, to, context.lists);
      expect(Array.from(dense)).toEqual(Array.from(denseFeatures(doc.tokens, from, to, trainingContext.lists)));
      const expected = new Float64Array((to - from) * TAG_COUNT);
      reference.forEach((features, i) => {
        clusterFeatures += features.filter((f) => f.startsWith('e=') || f.startsWith('ef=') || f.startsWith('e-1=') || f.startsWith('e1f=')).length;
        for (let tag = 0; tag < TAG_COUNT; tag++) for (const f of features) expected[i * TAG_COUNT + tag] = (expected[i * TAG_COUNT + tag] as number) + (model.weights[(index.get(f) ?? -1) * TAG_COUNT + tag] ?? 0);
      });
      addDenseScores(expected, dense, model.denseWeights as Float32Array);
      expected.forEach((score, j) => expect(decoded[s]?.emissions[j]).toBeCloseTo(score, 3));
    });
    expect(clusterFeatures).toBeGreaterThan(20);
    expect(model.denseWeights?.some((w) => w !== 0)).toBe(true);
  });
});

/** A small embedding table trained on the tiny corpus's words (repeated), as the file rounds it. */
function tinyEmbeddingTable(words: readonly string[]): EmbeddingTable {
  const vocabulary = [...new Set(words.filter((w) => /^[\u0621-\u064A]+$/.test(w)))].sort();
  const row = new Map(vocabulary.map((w, i) => [w, i]));
  const stream = Int32Array.from(Array.from({ length: 20 }, () => words.map((w) => row.get(w) ?? -1)).flat());
  const counts = new Int32Array(vocabulary.length);
  for (const id of stream) if (id >= 0) counts[id] = (counts[id] as number) + 1;
  const options = { ...SKIP_GRAM_DEFAULTS, dims: 8, buckets: 256, epochs: 2, subsample: 1 };
  const { wordVectors, bucketVectors } = trainSkipGram(stream, vocabulary, counts, options);
  const levels = [4, 8].map((k, i) => {
    const { assignment, centroids } = sphericalKMeans(wordVectors, options.dims, k, 5, i + 1);
    return { k, clusters: Uint16Array.from(assignment), centroids };
  });
  return roundedTable({ dims: options.dims, minN: options.minN, maxN: options.maxN, buckets: options.buckets, words: vocabulary, wordVectors, bucketVectors, levels });
}
