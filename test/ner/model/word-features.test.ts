import { describe, expect, it } from 'vitest';
import { analyzeWord, neighbourFeatures, selfFeatures, shapeOf } from '../../../src/ner/model/word-features.js';

const lists = { givenNames: new Set(['سليم']), commonWords: new Set(['مكتبا']), functionWords: new Set(['في']), verbs: new Set<string>(), clusters: new Map<string, readonly number[]>([['سليم', [3, 25]]]) };

describe('word features', () => {
  it('reads the proclitics off a word, giving ل + ال its article back', () => {
    expect(analyzeWord('والقمه')).toEqual({ proclitics: 'وال', stem: 'قمه' });
    expect(analyzeWord('بالعاصمه')).toEqual({ proclitics: 'بال', stem: 'عاصمه' });
    expect(analyzeWord('للرئيس')).toEqual({ proclitics: 'لل', stem: 'رئيس' });
    expect(analyzeWord('وبموسكو')).toEqual({ proclitics: 'وب', stem: 'موسكو' });
    // Too short a rest after a preposition: the word itself (بلد، كما).
    expect(analyzeWord('بلد')).toEqual({ proclitics: '', stem: 'بلد' });
    expect(analyzeWord('وال')).toEqual({ proclitics: 'و', stem: 'ال' });
  });

  it('gives the shape, affixes and list memberships of a word', () => {
    expect(shapeOf('F16')).toBe('L9');
    expect(shapeOf('الأمن1706')).toBe('a9');
    const features = selfFeatures('وسليم', lists);
    expect(features).toEqual(expect.arrayContaining(['w=وسليم', 'st=سليم', 'pc=و', 'p1=و', 'x2=يم', 'f=gn', 'sh=a']));
    expect(selfFeatures('في', lists)).toEqual(expect.arrayContaining(['f=fw', 'c=none']));
    // A word with clitics takes its stem's cluster.
    expect(selfFeatures('وسليم', lists)).toEqual(expect.arrayContaining(['sc=3', 'scf=25']));
    expect(selfFeatures('سليم', lists)).toEqual(expect.arrayContaining(['c=3', 'cf=25']));
  });

  it('names a neighbour by its offset', () => {
    expect(neighbourFeatures('في', -1, lists)).toEqual(expect.arrayContaining(['w-1=في', 'f-1=fw']));
    expect(neighbourFeatures('في', 2, lists)).not.toContain('pc2=');
  });
});
