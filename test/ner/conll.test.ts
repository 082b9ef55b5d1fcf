import { describe, expect, it } from 'vitest';
import { formatConll, parseConll, tokensOfWords } from '../../src/ner/conll.js';
import { projectData } from '../helpers.js';

describe('CoNLL files', () => {
  it('reads the first column, sentences split by blank lines, other columns ignored', () => {
    const sentences = parseConll('قال O x\nبوتين B-PERS\n\n\r\nفي\tO\r\nموسكو B-LOC\n', 'a.conll');
    expect(sentences.map((s) => s.words)).toEqual([['قال', 'بوتين'], ['في', 'موسكو']]);
    expect(sentences[1]?.lines).toEqual([5, 6]);
  });

  it('reads the last column as the gold tag when asked', () => {
    expect(parseConll('قال O\nبوتين B-PERS\n', 'a.conll', { withTags: true })[0]?.tags).toEqual([0, 1]);
    expect(() => parseConll('قال O\nبوتين B-PER\n', 'a.conll', { withTags: true })).toThrow(/line 2: tag "B-PER" is not one of/);
    expect(() => parseConll('قال\n', 'a.conll', { withTags: true })).toThrow(/line 1: no tag/);
  });

  it('refuses an empty file and a line of tabs, naming the file and line', () => {
    expect(() => parseConll('', 'empty.conll')).toThrow(/empty file/);
    expect(() => parseConll('\n\n', 'empty.conll')).toThrow(expect.objectContaining({ code: 'E_EMPTY', file: 'empty.conll' }));
    expect(() => parseConll('قال\n\t\t\nبوتين\n', 'tabs.conll')).toThrow(expect.objectContaining({ code: 'E_RECORD', file: 'tabs.conll', message: expect.stringMatching(/line 2: only white space \(2 tab/) }));
  });

  it('makes tokens of the words and writes token<TAB>TAG lines back', () => {
    const tokens = tokensOfWords(['وقال', 'F16', '12', '(د'], projectData().resources.normalizer);
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'latin', 'number', 'word']);
    expect(tokens[1]).toMatchObject({ start: 5, end: 8 });
    expect(formatConll([{ words: ['قال', 'بوتين'], tags: [0, 1] }, { words: ['.'], tags: [0] }])).toBe('قال\tO\nبوتين\tB-PERS\n\n.\tO\n');
  });
});
