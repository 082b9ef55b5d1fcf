import { describe, expect, it } from 'vitest';
import { allFeatures, boundaryFeatures, documentFeatures, featureContext, stackedFeatures } from '../../../src/ner/model/features.js';
import { localTransitionsOf } from '../../../src/ner/model/perceptron.js';
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
});
