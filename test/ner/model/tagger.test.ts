import { describe, expect, it } from 'vitest';
import { allFeatures, documentFeatures, featureContext } from '../../../src/ner/model/features.js';
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
    const decoded = tagger.decodeDocument(doc.tokens, sentences);
    sentences.forEach(({ from, to }, s) => {
      const reference = allFeatures(doc.tokens, from, to, context, fromDocument);
      reference.forEach((features, i) => {
        for (let tag = 0; tag < TAG_COUNT; tag++) {
          let expected = 0;
          for (const f of features) expected += model.weights[(index.get(f) ?? -1) * TAG_COUNT + tag] ?? 0;
          expect(decoded[s]?.emissions[i * TAG_COUNT + tag]).toBeCloseTo(expected, 3);
        }
      });
    });
    expect(decoded.length).toBeGreaterThan(2);
  });
});
