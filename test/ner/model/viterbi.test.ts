import { describe, expect, it } from 'vitest';
import { viterbi } from '../../../src/ner/model/viterbi.js';
import { seededRandom } from '../../../src/ner/model/perceptron.js';
import { START, TAG_COUNT, TAGS, allowedAfter, repairTags, spansOfTags, tagIndex } from '../../../src/ner/model/tags.js';

const tags = (names: string) => names.split(' ').map((t) => tagIndex(t) as number);

describe('Viterbi decoding under BIO', () => {
  it('never yields an I- tag after O, after another type, or first in a sentence', () => {
    const random = seededRandom(42);
    for (let round = 0; round < 300; round++) {
      const length = 1 + Math.floor(random() * 12);
      // Emissions and transitions that favour I- tags everywhere: only the constraint keeps them out.
      const emissions = Float64Array.from({ length: length * TAG_COUNT }, (_, k) => random() * 10 + (k % TAG_COUNT !== 0 && (k % TAG_COUNT) % 2 === 0 ? 20 : 0));
      const transitions = Float64Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, () => random() * 10 - 5);
      const best = viterbi(emissions, length, transitions);
      best.forEach((tag, i) => expect(allowedAfter(i === 0 ? START : (best[i - 1] as number), tag), `${TAGS[best[i - 1] ?? 0]} → ${TAGS[tag]}`).toBe(true));
    }
  });

  it('follows the emissions when they form a valid sequence', () => {
    const gold = tags('B-PERS I-PERS O B-LOC B-ORG I-ORG');
    const emissions = new Float64Array(gold.length * TAG_COUNT);
    gold.forEach((tag, i) => (emissions[i * TAG_COUNT + tag] = 1));
    expect([...viterbi(emissions, gold.length, new Float64Array((TAG_COUNT + 1) * TAG_COUNT))]).toEqual(gold);
  });

  it('decodes an empty sentence to no tags', () => {
    expect(viterbi(new Float64Array(0), 0, new Float64Array((TAG_COUNT + 1) * TAG_COUNT))).toHaveLength(0);
  });
});

describe('tags', () => {
  it('repairs an I- tag that continues nothing into a B- tag, as conlleval reads it', () => {
    expect(repairTags(tags('I-PERS O I-LOC B-ORG I-LOC I-LOC'))).toEqual(tags('B-PERS O B-LOC B-ORG B-LOC I-LOC'));
  });

  it('reads the entity spans of a sequence', () => {
    expect(spansOfTags(tags('B-PERS I-PERS B-PERS O B-LOC'))).toEqual([
      { start: 0, end: 2, type: 'PERS' },
      { start: 2, end: 3, type: 'PERS' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
  });
});
