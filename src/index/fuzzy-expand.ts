/**
 * Fuzzy expansion of a query term over a shard's sorted vocabulary, bounded by the work done.
 *
 * It accepts exactly the terms lunr's `TokenSet.fromFuzzyString(term, k)` intersected with the
 * vocabulary accepts (one edit each: insert any character, delete one, substitute one, or
 * transpose two adjacent ones, where lunr lets later edits touch a transposed character), but
 * without building lunr's automaton, whose size grows with the term's length to the power of the
 * edit distance (a 40-character term with `~2` took seconds). Instead the sorted vocabulary is
 * walked as a trie: each term prefix is one step of a banded edit-distance automaton over the
 * query term, shared with the previous term's prefix, and a prefix no edit sequence can extend
 * skips every term that starts with it. Each step is one unit of work, taken from a budget; when
 * the budget runs out the expansion stops and reports it.
 */

/** Work left for the expansions of one query (term prefixes and terms visited), shared by every clause and shard. */
export interface ExpansionBudget {
  /** Units of work left. */
  remaining: number;
  /** Set once an expansion stopped because `remaining` reached 0. */
  exhausted: boolean;
}

/** A budget of `units` steps. */
export function expansionBudget(units: number): ExpansionBudget {
  return { remaining: units, exhausted: false };
}

/** Takes `units` from `budget`; false (and `exhausted` set) when not that many are left. */
export function spend(budget: ExpansionBudget, units = 1): boolean {
  if (budget.remaining < units) {
    budget.remaining = 0;
    budget.exhausted = true;
    return false;
  }
  budget.remaining -= units;
  return true;
}

/**
 * Ids (positions in `terms`, ascending) of the terms within lunr edit distance `k` of `query`;
 * null when more than `limit` match or `budget` runs out (then `budget.exhausted` is set).
 */
export function fuzzyMatches(terms: readonly string[], query: string, k: number, limit: number, budget: ExpansionBudget): number[] | null {
  const automaton = new EditAutomaton(query, k);
  /** State vectors by prefix depth: `rows[d]` is the state after the first d characters of the current term. */
  const rows: Uint8Array[] = [automaton.start()];
  let previous = '';
  /** Depth up to which `rows` holds the states of `previous`'s prefixes. */
  let valid = 0;
  const out: number[] = [];
  let i = 0;
  while (i < terms.length) {
    const term = terms[i]!;
    let depth = 0;
    const shared = Math.min(valid, term.length, previous.length);
    while (depth < shared && term.charCodeAt(depth) === previous.charCodeAt(depth)) depth++;
    let dead = false;
    for (; depth < term.length; depth++) {
      if (!spend(budget)) return null;
      const next = automaton.step(rows[depth]!, depth, term.charCodeAt(depth), rows[depth + 1]);
      rows[depth + 1] = next;
      if (!automaton.alive(next, depth + 1)) {
        dead = true;
        break;
      }
    }
    previous = term;
    if (dead) {
      valid = depth;
      i = endOfPrefix(terms, i, term.slice(0, depth + 1));
      continue;
    }
    valid = term.length;
    if (term.length > 0 && automaton.accepts(rows[term.length]!)) {
      out.push(i);
      if (out.length > limit) return null;
    }
    i++;
  }
  return out;
}

/** The first position after `from` in sorted `terms` whose term does not start with `prefix` (terms[from] does). */
function endOfPrefix(terms: readonly string[], from: number, prefix: string): number {
  let lo = from + 1;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]!.startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * lunr's fuzzy automaton as a vector of least edit counts. State (j, 0): the first j characters
 * of the query are consumed. State (j, s) for s >= 1: a transposition left query character
 * `j - s - 1` pending before `query[j..]` (lunr's `charA + str.slice(2)`, moved further right by
 * each later transposition). Deletions are epsilon moves, applied after each step. After `d`
 * characters of a term, only states with |j - d| <= k can be within k edits (every edit moves j
 * and d apart by at most one), so a step reads and writes only that band: its cost does not grow
 * with the query's length. Entries outside the band stay at k + 1 (out of budget).
 */
class EditAutomaton {
  private readonly query: string;
  private readonly k: number;
  /** States per query position (normal plus k held distances). */
  private readonly width: number;
  private readonly size: number;

  constructor(query: string, k: number) {
    this.query = query;
    this.k = k;
    this.width = k + 1;
    this.size = (query.length + 1) * this.width;
  }

  /** The state before any character. */
  start(): Uint8Array {
    const row = new Uint8Array(this.size).fill(this.k + 1);
    row[0] = 0;
    this.close(row, 0);
    return row;
  }

  /** True when some state at term depth `depth` is within the edit budget. */
  alive(row: Uint8Array, depth: number): boolean {
    const k = this.k;
    const lo = Math.max(0, depth - k - 1);
    const hi = Math.min(this.query.length, depth + k + 1);
    for (let i = lo * this.width, end = (hi + 1) * this.width; i < end; i++) if (row[i]! <= k) return true;
    return false;
  }

  /** True when the whole query is consumed within the edit budget. */
  accepts(row: Uint8Array): boolean {
    return row[this.query.length * this.width]! <= this.k;
  }

  /** The state after reading character `c` at term depth `depth` from `row` (written into `reuse`, a row of depth + 1, when given). */
  step(row: Uint8Array, depth: number, c: number, reuse?: Uint8Array): Uint8Array {
    const k = this.k;
    const w = this.width;
    const q = this.query;
    const n = q.length;
    const out = k + 1;
    let next: Uint8Array;
    if (reuse === undefined) next = new Uint8Array(this.size).fill(out);
    else {
      next = reuse;
      next.fill(out, Math.max(0, depth - k) * w, (Math.min(n, depth + k + 2) + 1) * w);
    }
    const from = Math.max(0, depth - k - 1);
    const to = Math.min(n, depth + k + 1);
    for (let j = from; j <= to; j++) {
      const base = j * w;
      const e = row[base]!;
      if (e <= k) {
        const at = base + w;
        if (j < n && q.charCodeAt(j) === c && e < next[at]!) next[at] = e;
        if (e < k) {
          const e1 = e + 1;
          if (e1 < next[base]!) next[base] = e1; // insertion
          if (j < n && e1 < next[at]!) next[at] = e1; // substitution
          if (n - j > 1 && q.charCodeAt(j + 1) === c && e1 < next[at + w + 1]!) next[at + w + 1] = e1; // transposition
        }
      }
      for (let s = 1; s < w; s++) {
        const held = row[base + s]!;
        if (held > k) continue;
        if (q.charCodeAt(j - s - 1) === c && held < next[base]!) next[base] = held;
        if (held < k) {
          const h1 = held + 1;
          if (h1 < next[base]!) next[base] = h1; // substitution of the pending character
          if (h1 < next[base + s]!) next[base + s] = h1; // insertion
          if (j < n && s + 1 < w && q.charCodeAt(j) === c && h1 < next[base + w + s + 1]!) next[base + w + s + 1] = h1; // another transposition
        }
      }
    }
    this.close(next, depth + 1);
    return next;
  }

  /** Applies deletions (epsilon moves) within the band of `depth`: of the pending character, then of query characters left to right. */
  private close(row: Uint8Array, depth: number): void {
    const w = this.width;
    const k = this.k;
    const lo = Math.max(0, depth - k - 1);
    const hi = Math.min(this.query.length, depth + k + 1);
    for (let j = lo; j <= hi; j++) {
      for (let s = 1; s < w; s++) {
        const held = row[j * w + s]! + 1;
        if (held <= k && held < row[j * w]!) row[j * w] = held;
      }
    }
    for (let j = lo; j < hi; j++) {
      const deleted = row[j * w]! + 1;
      if (deleted <= k && deleted < row[(j + 1) * w]!) row[(j + 1) * w] = deleted;
    }
  }
}
