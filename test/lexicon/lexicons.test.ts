import { describe, expect, it } from 'vitest';
import { jussiveForms } from '../../src/lexicon/lexicons.js';
import { analyzeText, statementsOf } from '../helpers.js';

describe('jussiveForms: the moods of a plural imperfect after لم، لن، أن', () => {
  it('gives the plural imperfect its وا form and leaves other forms alone', () => {
    expect(jussiveForms('يقولون')).toEqual(['يقولوا']);
    expect(jussiveForms('تؤكدون')).toEqual(['تؤكدوا']);
    expect(jussiveForms('قالوا')).toEqual([]);
    expect(jussiveForms('ينفي')).toEqual([]);
    expect(jussiveForms('أعرب عن')).toEqual([]);
  });

  it('lets a plural verb after لم report what follows (ولم يستبعدوا أن …)', () => {
    const doc = analyzeText('وقال مسؤولون في الشرطة إن التحقيق مستمر. ولم يستبعدوا أن تكون هناك اعتقالات جديدة.');
    expect(statementsOf(doc).map((s) => s.cue)).toEqual(['قال', 'يستبعدوا']);
  });
});
