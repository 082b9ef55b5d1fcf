// Search by halves, the one way every index of the pipeline finds its place in an ordered list.

/**
 * How many of the first items pass `before`, where every item that passes comes before every one
 * that does not (in a list ordered by start, "starts before X"): the position of the first that fails.
 */
export function countBefore<T>(items: ArrayLike<T>, before: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(items[mid] as T)) low = mid + 1;
    else high = mid;
  }
  return low;
}
