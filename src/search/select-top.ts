/** The first `k` items of `items` in `compare` order (a bounded heap: O(n log k)); equals `sort(compare).slice(0, k)`. */
export function selectTop<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return [...items].sort(compare).slice(0, k);
  // Max-heap (by compare) of the best k seen so far: heap[0] is the worst kept item.
  const heap: T[] = [];
  const worse = (a: T, b: T): boolean => compare(a, b) > 0;
  const up = (i: number): void => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!worse(heap[i] as T, heap[p] as T)) break;
      [heap[i], heap[p]] = [heap[p] as T, heap[i] as T];
      i = p;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l] as T, heap[m] as T)) m = l;
      if (r < heap.length && worse(heap[r] as T, heap[m] as T)) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m] as T, heap[i] as T];
      i = m;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      up(heap.length - 1);
    } else if (compare(item, heap[0] as T) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(compare);
}
