/**
 * The results of the texts read last (a report's sentences are read in several passes), kept in
 * two generations of maps: when the current one is full it becomes the previous one and a new
 * one starts; a text found in the previous one moves back to the current one. Never a map trimmed
 * entry by entry: each trim walked past the holes the trims before had left at its head.
 */
export class RecentResults<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  /** Keeps the results of at least the last `capacity` texts (and at most twice as many). */
  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`RecentResults: capacity must be a positive integer, got ${String(capacity)}`);
  }

  /** The result remembered for `text`, if it was read recently. */
  get(text: string): V | undefined {
    const seen = this.current.get(text);
    if (seen !== undefined) return seen;
    const old = this.previous.get(text);
    if (old !== undefined) this.set(text, old);
    return old;
  }

  /** Remembers the result of `text`. */
  set(text: string, value: V): void {
    if (this.current.size >= this.capacity) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(text, value);
  }

  /** Forgets every result. */
  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}
