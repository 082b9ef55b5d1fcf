// What a person watching a corpus run sees: a bar on a terminal, plain lines otherwise, at a bounded rate.
import { describe, expect, it } from 'vitest';
import { ProgressReporter, clock, formatProgress } from '../../src/cli/progress.js';

const state = { records: 1500, failed: 2, bytesRead: 25, totalBytes: 100, elapsedMs: 5000 };

describe('progress', () => {
  it('shows articles done, rate, share of the input, time left and failures', () => {
    expect(formatProgress(state, 'lines')).toBe('akhbar: 25% done, 1,500 articles, 300/s, ETA 0:15, 2 failed');
    expect(formatProgress(state, 'bar')).toBe('[██████░░░░░░░░░░░░░░░░░░] 25% 1,500 articles · 300/s · ETA 0:15 · 2 failed');
    expect(formatProgress({ ...state, totalBytes: 0 }, 'lines')).toBe('akhbar: 1,500 articles, 300/s, 2 failed');
    expect(formatProgress({ ...state, target: 3000 }, 'lines')).toBe('akhbar: 50% done, 1,500 articles, 300/s, ETA 0:05, 2 failed');
    expect(clock(3_725_000)).toBe('1:02:05');
  });

  it('prints plain lines at most once an interval, redraws a bar in place, and is silent when off', () => {
    const written: string[] = [];
    const lines = new ProgressReporter('lines', (t) => written.push(t), 1000);
    for (const elapsedMs of [500, 1200, 1500, 2300]) lines.tick({ ...state, elapsedMs });
    expect(written).toHaveLength(2);
    expect(written.every((t) => t.endsWith('\n'))).toBe(true);
    const drawn: string[] = [];
    const bar = new ProgressReporter('bar', (t) => drawn.push(t), 0);
    bar.tick(state);
    bar.clear();
    expect(drawn[0]?.startsWith('\r\x1b[2K[')).toBe(true);
    expect(drawn[1]).toBe('\r\x1b[2K');
    const off = new ProgressReporter('off', () => expect.fail('printed'));
    off.tick({ ...state, elapsedMs: 1e9 });
  });
});
