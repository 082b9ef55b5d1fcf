import { describe, expect, it } from 'vitest';
import { confidenceOf, tallyRules, type ConfidenceTable } from '../../src/quotes/confidence.js';
import { analyzeText } from '../helpers.js';

const judged = (rule: string, right: number, wrong: number) => [...Array(right).fill({ rule, right: true }), ...Array(wrong).fill({ rule, right: false })] as { rule: string; right: boolean }[];

describe('confidence', () => {
  const table: ConfidenceTable = tallyRules([...judged('subject verb indirect', 9, 1), ...judged('subject verb partial', 2, 2), ...judged('carried-over verb direct', 1, 3)], 4);

  it('tallies each rule and each speaker reading, to two places', () => {
    expect(table.rules['subject verb indirect']).toEqual({ statements: 10, right: 9, precision: 0.9 });
    expect(table.speakerRules.subject).toEqual({ statements: 14, right: 11, precision: 0.79 });
    expect(table.overall).toEqual({ statements: 18, right: 12, precision: 0.67 });
  });

  it('takes a rule its own precision, a rarely seen rule its speaker reading, an unknown one the overall figure', () => {
    expect(confidenceOf('subject verb indirect', table)).toBe(0.9);
    expect(confidenceOf('subject verb partial', table)).toBe(0.5);
    expect(confidenceOf('subject masdar direct', table)).toBe(0.79);
    expect(confidenceOf('headline colon direct', table)).toBe(0.67);
  });

  it('judges rare rules by the other rare rules of their reading, not by its common ones', () => {
    // carried-over verb direct is common and always right; its reading's rare rules are mostly wrong.
    const skewed = tallyRules([...judged('carried-over verb direct', 20, 0), ...judged('carried-over verb indirect', 1, 2), ...judged('carried-over verb partial', 1, 2)], 5);
    expect(skewed.rareRules?.['carried-over']).toEqual({ statements: 6, right: 2, precision: 0.33 });
    expect(confidenceOf('carried-over verb indirect', skewed)).toBe(0.33);
    expect(confidenceOf('carried-over verb direct', skewed)).toBe(1);
    // A rule never seen takes the whole reading (22 of 26).
    expect(confidenceOf('carried-over masdar direct', skewed)).toBe(0.85);
  });

  it('is a deterministic function of the judged statements, whatever their order', () => {
    const items = [...judged('b verb direct', 3, 1), ...judged('a verb direct', 1, 1)];
    expect(JSON.stringify(tallyRules([...items].reverse(), 2))).toBe(JSON.stringify(tallyRules(items, 2)));
  });

  it('gives every statement of an article a rule and a confidence from 0 to 1', () => {
    const doc = analyzeText('قال الرئيس الروسي فلاديمير بوتين إن المحادثات كانت مفيدة. وأضاف أن الحوار سيستمر.');
    expect(doc.statements.map((s) => s.rule)).toEqual(['subject verb indirect', 'carried-over verb indirect']);
    for (const s of doc.statements) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });
});
