/** Disjoint sets over 0..size-1 (union by size, path halving). */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  /** Creates `size` singleton sets. */
  constructor(size: number) {
    this.parent = new Int32Array(size);
    this.size = new Int32Array(size).fill(1);
    for (let i = 0; i < size; i += 1) this.parent[i] = i;
  }

  /** The representative of the set holding `x`. */
  find(x: number): number {
    let node = x;
    while (this.parent[node] !== node) {
      const grand = this.parent[this.parent[node]!]!;
      this.parent[node] = grand;
      node = grand;
    }
    return node;
  }

  /** Joins the sets of `a` and `b`; returns false when they were already one set. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    return true;
  }
}
