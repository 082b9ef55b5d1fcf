// The union of some raw spans, asked "does it hold this offset?" by halves: for questions such as
// "is this mention inside some statement's words?", asked for every mention and every trigger.
import type { Span } from './types.js';
import { countBefore } from './bisect.js';

export function spanCover(spans: readonly Span[]): (offset: number) => boolean {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const { start, end } of sorted) {
    const last = ends.length - 1;
    if (last >= 0 && start <= (ends[last] as number)) ends[last] = Math.max(ends[last] as number, end);
    else {
      starts.push(start);
      ends.push(end);
    }
  }
  return (offset) => {
    // The last merged span that starts at or before the offset.
    const low = countBefore(starts, (start) => start <= offset);
    return low > 0 && offset < (ends[low - 1] as number);
  };
}
