import { describe, expect, it } from 'vitest';
import { UNREAD, allFeatures, documentFeatures, featureContext, stackedFeatures } from '../../../src/ner/model/features.js';
import { Tagger } from '../../../src/ner/model/model.js';
import { parseModel, serializeModel } from '../../../src/ner/model/serialize.js';
import { firstStageTags, trainModel } from '../../../src/ner/model/train.js';
import { TAG_COUNT, tagIndex } from '../../../src/ner/model/tags.js';
import { analyzeText, projectData } from '../../helpers.js';
import { tinyCorpus } from './tiny-corpus.js';

const context = () => featureContext(projectData().resources);
const tag = (name: string) => tagIndex(name) as number;

describe('the stacked tagger', () => {
  it('reads what the first tagger said of the token, its neighbours and the other uses of its word and stem', () => {
    // فلان tagged a person twice, the third time (with و) missed.
    const doc = analyzeText('التقى الوزير زاهر بالوفد. وقال زاهر إن الزيارة مثمرة. وزاهر غادر المدينة.');
    const sentences = doc.sentences.map((s) => ({ from: s.firstToken, to: s.endToken }));
    const tags = new Uint8Array(doc.tokens.length).fill(0);
    const at = (word: string) => doc.tokens.findIndex((t) => t.text === word);
    tags[at('زاهر')] = tag('B-PERS');
    tags[doc.tokens.findIndex((t, k) => t.text === 'زاهر' && k > at('زاهر'))] = tag('B-PERS');
    const missed = at('وزاهر');
    const stacked = stackedFeatures(doc.tokens, sentences, tags, context());
    expect(stacked.get(missed)).toEqual(expect.arrayContaining(['s0=O', 'ss=PERS', 'ssm=PERS', 'ssall']));
    // Its word (with the و) is met nowhere else: nothing from the other uses of the word.
    expect(stacked.get(missed)?.some((f) => f.startsWith('sw'))).toBe(false);
    const named = at('زاهر');
    expect(stacked.get(named)).toEqual(expect.arrayContaining(['s0=B-PERS', 's-1=O', 's+1=O', 'sw=PERS', 'swm=PERS', 'ss=PERS', 'ssm=O']));
    expect(stacked.get(named + 1)).toContain('s-1=B-PERS');
    // A token the first tagger did not read has no stacked features and lends none.
    const unread = Uint8Array.from(tags);
    unread.fill(UNREAD, sentences[1]?.from, sentences[1]?.to);
    const partial = stackedFeatures(doc.tokens, sentences, unread, context());
    expect(partial.has(sentences[1]?.from ?? -1)).toBe(false);
    expect(partial.get(named)?.includes('sw=PERS')).toBe(false);
  });

  it('marks a name of several words the first tagger found where it stands again, with its clitic', () => {
    const doc = analyzeText('وصل زاهر قنديل إلى المدينة. والتقى وزاهر قنديل بالوفد.');
    const sentences = doc.sentences.map((s) => ({ from: s.firstToken, to: s.endToken }));
    const tags = new Uint8Array(doc.tokens.length).fill(0);
    const start = doc.tokens.findIndex((t) => t.text === 'زاهر');
    tags[start] = tag('B-ORG');
    tags[start + 1] = tag('I-ORG');
    const again = doc.tokens.findIndex((t) => t.text === 'وزاهر');
    const stacked = stackedFeatures(doc.tokens, sentences, tags, context());
    expect(stacked.get(again)).toContain('se=B-ORG');
    expect(stacked.get(again + 1)).toContain('se=I-ORG');
    expect(stacked.get(again - 1)?.some((f) => f.startsWith('se='))).toBe(false);
    // Where it was found it is marked only if the first tagger found it elsewhere too (here it did not).
    expect(stacked.get(start)?.some((f) => f.startsWith('se='))).toBe(false);
  });

  it('learns the tiny corpus exactly, keeps its first stage through the file, the same bytes twice', () => {
    const corpus = tinyCorpus();
    const train = () => trainModel(tinyCorpus(), context(), { epochs: 8, seed: 5, boundaries: true, stack: { folds: 2, epochs: 4 } });
    const trained = train();
    const bytes = serializeModel(trained);
    expect(serializeModel(train()).equals(bytes)).toBe(true);
    const model = parseModel(bytes, 'stacked.model');
    expect(model.first?.features).toEqual(trained.first?.features);
    expect(model.features.some((f) => f.startsWith('s0='))).toBe(true);
    const tagger = new Tagger(model, context());
    expect(tagger.tagDocument(corpus.tokens, corpus.sentences).map((tags) => [...tags])).toEqual(corpus.sentences.map((s) => s.tags));
    expect(() => parseModel(bytes.subarray(0, bytes.length - 20), 'cut.model')).toThrow(/not an Akhbar NER model/);
  });

  it('scores exactly the features the trainer spells out, the first stage’s reading included', () => {
    const ctx = context();
    const model = trainModel(tinyCorpus(), ctx, { epochs: 5, seed: 3, stack: { folds: 2, epochs: 3 } });
    const tagger = new Tagger(model, ctx);
    const doc = analyzeText('وقال زاهر قنديل في بلدة دوريسا إن شركة نوفاتيك ستفتح مكتبا. والتقى قنديل ممثلين عن جمعية الفرسان في كارمينا.');
    const sentences = doc.sentences.map((s) => ({ from: s.firstToken, to: s.endToken, tags: [] }));
    const first = firstStageTags(model.first as NonNullable<typeof model.first>, { tokens: doc.tokens, sentences }, ctx);
    const stacked = stackedFeatures(doc.tokens, sentences, first, ctx);
    const fromDocument = documentFeatures(doc.tokens, sentences, ctx);
    const index = new Map(model.features.map((f, i) => [f, i]));
    const decoded = tagger.decodeDocument(doc.tokens, sentences);
    sentences.forEach(({ from, to }, s) => {
      allFeatures(doc.tokens, from, to, ctx, fromDocument).forEach((features, i) => {
        const all = [...features, ...(stacked.get(from + i) ?? [])];
        for (let t = 0; t < TAG_COUNT; t++) {
          let expected = 0;
          for (const f of all) expected += model.weights[(index.get(f) ?? -1) * TAG_COUNT + t] ?? 0;
          expect(decoded[s]?.emissions[i * TAG_COUNT + t]).toBeCloseTo(expected, 3);
        }
      });
    });
    expect(stacked.size).toBeGreaterThan(10);
  });
});
