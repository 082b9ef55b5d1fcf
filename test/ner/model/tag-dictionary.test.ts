import { describe, expect, it } from 'vitest';
import { deriveTagDictionary } from '../../../src/ner/model/tag-dictionary.js';
import { featureContext } from '../../../src/ner/model/features.js';
import { selfFeatures } from '../../../src/ner/model/word-features.js';
import { parseModel, serializeModel } from '../../../src/ner/model/serialize.js';
import { trainModel } from '../../../src/ner/model/train.js';
import { Tagger } from '../../../src/ner/model/model.js';
import { projectData } from '../../helpers.js';
import { tinyCorpus } from './tiny-corpus.js';

describe('the tag dictionary', () => {
  it('gives a word the type it stands in most often, marked weak under four uses in five, and leaves out words mostly outside names', () => {
    const { tokens, sentences } = tinyCorpus();
    const dictionary = deriveTagDictionary(tokens, sentences);
    expect(dictionary.get('قنديل')).toBe('dPERS');
    expect(dictionary.get('كارمينا')).toBe('dLOC');
    // وصل, the first word, is never inside a name.
    expect(dictionary.has((tokens[0] as { norm: string }).norm)).toBe(false);
    // جمعية: twice ORG, and nothing else.
    const association = [...dictionary].find(([word]) => word.startsWith('جمعي'));
    expect(association?.[1]).toBe('dORG');
    // A word half the time a place and half outside: a weak entry.
    const half = deriveTagDictionary(tokens.slice(0, 2), [{ from: 0, to: 2, tags: [0, 3] }, { from: 0, to: 2, tags: [0, 0] }]);
    expect(half.get((tokens[1] as { norm: string }).norm)).toBe('dLOC~');
  });

  it('is a word feature, and the model keeps the whole corpus’s dictionary in its file', () => {
    const context = featureContext(projectData().resources);
    expect(selfFeatures('قنديل', { ...context.lists, tagDictionary: new Map([['قنديل', 'dPERS']]) })).toContain('f=dPERS');
    const corpus = tinyCorpus();
    const model = parseModel(serializeModel(trainModel(corpus, context, { epochs: 5, seed: 2, dictionaryFolds: 2 })), 'tiny.model');
    expect(model.tagDictionary?.get('قنديل')).toBe('dPERS');
    const tagger = new Tagger(model, featureContext({ ...projectData().resources, nerModel: model }));
    expect(tagger.context.lists.tagDictionary?.get('قنديل')).toBe('dPERS');
    expect(serializeModel(trainModel(corpus, context, { epochs: 5, seed: 2, dictionaryFolds: 2 })).equals(serializeModel(trainModel(corpus, context, { epochs: 5, seed: 2, dictionaryFolds: 2 })))).toBe(true);
  });
});
