import { describe, expect, it } from 'vitest';
import { addSentence, chunksOf, emptyScores, formatScores, precisionRecall } from '../../src/ner/conlleval.js';
import { tagIndex } from '../../src/ner/model/tags.js';

const tags = (names: string) => names.split(' ').map((t) => tagIndex(t) as number);

describe('conlleval scoring', () => {
  it('reads chunks as conlleval does: I- after O or another type opens one', () => {
    expect(chunksOf(tags('I-PERS I-PERS O I-LOC B-LOC I-ORG'))).toEqual([
      { start: 0, end: 2, type: 'PERS' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
  });

  it('counts an entity only when its type and both boundaries match', () => {
    const scores = emptyScores();
    addSentence(scores, tags('B-PERS I-PERS O B-LOC O B-ORG'), tags('B-PERS O O B-LOC O B-LOC'));
    expect(scores.overall).toEqual({ gold: 3, predicted: 3, correct: 1 });
    expect(scores.byType.LOC).toEqual({ gold: 1, predicted: 2, correct: 1 });
    expect(scores.byType.PERS).toEqual({ gold: 1, predicted: 1, correct: 0 });
    expect(precisionRecall(scores.overall).f1).toBeCloseTo(1 / 3);
    expect(scores.correctTags).toBe(4);
    expect(formatScores(scores)).toContain('processed 6 tokens with 3 phrases; found: 3 phrases; correct: 1.');
  });
});
