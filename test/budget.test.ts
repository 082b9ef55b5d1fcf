// The deadline for synchronous work: stopped wherever it is, the thread still usable after.
import { describe, expect, it } from 'vitest';
import { BudgetExceeded, runWithin } from '../src/budget.js';

describe('runWithin', () => {
  it('returns what the work returns, within its budget', () => {
    expect(runWithin(1_000, () => [1, 2, 3].map((x) => x * 2))).toEqual([2, 4, 6]);
  });

  it('stops a loop that never ends, and the thread goes on', () => {
    const started = performance.now();
    expect(() =>
      runWithin(50, () => {
        for (;;);
      }),
    ).toThrow(BudgetExceeded);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(runWithin(1_000, () => 'next')).toBe('next');
  });

  it('passes on what the work throws', () => {
    expect(() =>
      runWithin(1_000, () => {
        throw new RangeError('bad');
      }),
    ).toThrow(RangeError);
  });

  it('refuses a budget already spent', () => {
    expect(() => runWithin(0, () => 1)).toThrow(BudgetExceeded);
  });
});
