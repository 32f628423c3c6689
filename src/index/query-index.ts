/**
 * Executes lunr's query semantics over the loaded shards with typed arrays.
 *
 * For every clause, the term is expanded against the shard's vocabulary (exact, `*` wildcard, or
 * fuzzy with lunr's edit semantics, `fuzzy-expand.ts`), within a work budget per query; per field, a query vector sums the clause boosts of
 * the expanded terms; a document's score is, as in `lunr.Index.query`, the sum over its matching
 * fields of (query vector . lunr field vector) / |query vector|, computed term-at-a-time from the
 * stored postings. Required (`+`) clauses must each match in one of their fields, prohibited
 * (`-`) ones must not match, and an all-prohibited query matches every other document with
 * score 0. The cost is proportional to the postings of the query's terms, not to the number of
 * matching documents times their vector lengths as in lunr.
 *
 * Terms arrive analysed (the query parser runs the shared pipeline of `lunr-pipeline.ts`).
 */
import { FaultlineError } from '../model/diagnostic.js';
import { expansionBudget, fuzzyMatches, spend, type ExpansionBudget } from './fuzzy-expand.js';
import { INDEX_FIELDS, type IndexFieldName } from './index-fields.js';
import type { IndexShard, LoadedIndex } from './load-index.js';

/** How a clause constrains matches: lunr's optional (default), required (`+`) or prohibited (`-`). */
export type ClausePresence = 'optional' | 'required' | 'prohibited';

/** One analysed query clause. */
export interface IndexClause {
  /** Index term (analysed), possibly with `*` wildcards. */
  term: string;
  /** Fields searched (all when absent). */
  fields?: readonly IndexFieldName[];
  presence: ClausePresence;
  /** Score multiplier of the clause. */
  boost: number;
  /** Edit distance for fuzzy matching (0: exact), lunr's automaton (insert, delete, substitute, transpose). */
  editDistance: number;
}

/** Limits of `runQuery`. */
export interface QueryLimits {
  /** Most index terms one wildcard or fuzzy term may expand to, per shard. */
  maxExpansions: number;
  /**
   * Most work all wildcard and fuzzy expansions of one query may do, over every shard: index
   * terms tested against a wildcard, term prefixes stepped through the fuzzy automaton.
   */
  maxExpansionWork: number;
}

/** Defaults of `QueryLimits`. */
export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = { maxExpansions: 256, maxExpansionWork: 100_000 };

/** One matching document. */
export interface IndexMatch {
  /** Document id. */
  id: string;
  /** lunr score (BM25 over the boosted fields). */
  score: number;
}

/** The matches of a query (in no particular order) and the index terms that matched positively. */
export interface IndexQueryResult {
  matches: IndexMatch[];
  /** Expanded terms of the non-prohibited clauses (for highlighting). */
  terms: ReadonlySet<string>;
}

const ALL_FIELDS: readonly IndexFieldName[] = INDEX_FIELDS.map((f) => f.name);

/** Receives one match: the shard's position in `LoadedIndex.shards`, the document's ordinal in the shard, its score. */
export type MatchVisitor = (shard: number, doc: number, score: number) => void;

/** Runs the clauses over every shard and returns all matches (in shard order). Throws FaultlineError 400 when a term expands to too many index terms or the expansions exceed their work budget. */
export function runQuery(index: LoadedIndex, clauses: readonly IndexClause[], limits: Partial<QueryLimits> = {}): IndexQueryResult {
  const matches: IndexMatch[] = [];
  const { terms } = visitQuery(index, clauses, limits, (shard, doc, score) => {
    matches.push({ id: index.shards[shard]!.refs[doc]!, score });
  });
  return { matches, terms };
}

/** Runs the clauses, handing each match to `visit`; returns the positively matched terms and the number of matches. */
export function visitQuery(
  index: LoadedIndex,
  clauses: readonly IndexClause[],
  limits: Partial<QueryLimits>,
  visit: MatchVisitor,
): { terms: ReadonlySet<string>; count: number } {
  const { maxExpansions, maxExpansionWork } = { ...DEFAULT_QUERY_LIMITS, ...limits };
  const terms = new Set<string>();
  let count = 0;
  if (clauses.length === 0) return { terms, count };
  const negated = clauses.every((c) => c.presence === 'prohibited');
  const budget = expansionBudget(maxExpansionWork);
  // Expand every clause in every shard before scoring any, so a query over budget costs no scoring.
  const expansions = index.shards.map((shard) =>
    clauses.map((clause) => {
      const ids = expandTerm(shard, clause.term, clause.editDistance, maxExpansions, budget);
      if (ids !== null) return ids;
      if (budget.exhausted) {
        throw new FaultlineError(
          `search: query term "${clause.term.slice(0, 60)}" is too costly to expand (the wildcard and fuzzy terms of one query may visit at most ${maxExpansionWork} index terms); use fewer, shorter or less fuzzy terms`,
          { parameter: 'query' },
        );
      }
      throw new FaultlineError(
        `search: query term "${clause.term.slice(0, 60)}" matches more than ${maxExpansions} index terms; make it more specific`,
        { parameter: 'query' },
      );
    }),
  );
  index.shards.forEach((shard, shardNumber) => {
    const expanded = expansions[shardNumber]!;
    if (clauses.some((c, i) => c.presence === 'required' && expanded[i]?.length === 0)) return;
    const n = shard.refs.length;

    const queryVectors = new Map<IndexFieldName, Map<number, number>>();
    clauses.forEach((clause, i) => {
      if (clause.presence === 'prohibited') return;
      for (const field of clause.fields ?? ALL_FIELDS) {
        let vector = queryVectors.get(field);
        if (vector === undefined) queryVectors.set(field, (vector = new Map<number, number>()));
        for (const id of expanded[i] ?? []) vector.set(id, (vector.get(id) ?? 0) + clause.boost);
      }
      for (const id of expanded[i] ?? []) terms.add(shard.terms[id]!);
    });

    const scores = new Float64Array(n);
    const hit = new Uint8Array(n);
    for (const [field, vector] of queryVectors) {
      let norm = 0;
      for (const boost of vector.values()) norm += boost * boost;
      norm = Math.sqrt(norm);
      const { offsets, docs, weights } = shard.fields[field];
      for (const [id, boost] of vector) {
        const scale = norm === 0 ? 0 : boost / norm / 1000;
        for (let k = offsets[id]!, end = offsets[id + 1]!; k < end; k++) {
          const doc = docs[k]!;
          scores[doc] = scores[doc]! + weights[k]! * scale;
          hit[doc] = 1;
        }
      }
    }

    let requiredCount = 0;
    const satisfied = new Uint16Array(clauses.some((c) => c.presence === 'required') ? n : 0);
    const prohibited = new Uint8Array(n);
    clauses.forEach((clause, i) => {
      if (clause.presence === 'optional') return;
      const stamp = clause.presence === 'required' ? ++requiredCount : 0;
      const seen = stamp > 0 ? new Uint8Array(n) : null;
      for (const field of clause.fields ?? ALL_FIELDS) {
        const { offsets, docs } = shard.fields[field];
        for (const id of expanded[i] ?? []) {
          for (let k = offsets[id]!, end = offsets[id + 1]!; k < end; k++) {
            const doc = docs[k]!;
            if (seen === null) prohibited[doc] = 1;
            else if (seen[doc] === 0) {
              seen[doc] = 1;
              satisfied[doc] = satisfied[doc]! + 1;
            }
          }
        }
      }
    });

    const need = requiredCount;
    for (let doc = 0; doc < n; doc++) {
      if (prohibited[doc] === 1) continue;
      if (negated) {
        count++;
        visit(shardNumber, doc, 0);
        continue;
      }
      if (hit[doc] === 0 || (need > 0 && satisfied[doc] !== need)) continue;
      count++;
      visit(shardNumber, doc, scores[doc]!);
    }
  });
  return { terms, count };
}


/** Whether a term contains a `*` wildcard. */
export function hasWildcard(term: string): boolean {
  return term.includes('*');
}

/**
 * Ids of the shard's terms matching `term` (exact, wildcard or fuzzy); null when more than
 * `limit`, or when `budget` runs out (then `budget.exhausted` is set).
 */
export function expandTerm(
  shard: IndexShard,
  term: string,
  editDistance: number,
  limit: number,
  budget: ExpansionBudget = expansionBudget(Number.POSITIVE_INFINITY),
): number[] | null {
  if (editDistance > 0) return fuzzyMatches(shard.terms, term, editDistance, limit, budget);
  if (!hasWildcard(term)) {
    const at = lowerBound(shard.terms, term);
    return shard.terms[at] === term ? [at] : [];
  }
  const star = term.indexOf('*');
  const prefix = term.slice(0, star);
  const from = lowerBound(shard.terms, prefix);
  const to = prefix === '' ? shard.terms.length : lowerBound(shard.terms, prefix + '\uffff');
  const simplePrefix = star === term.length - 1;
  if (simplePrefix && to - from > limit) return null;
  const pattern = simplePrefix ? null : wildcardRegExp(term);
  const out: number[] = [];
  for (let id = from; id < to; id++) {
    if (!spend(budget)) return null;
    if (pattern !== null && !pattern.test(shard.terms[id]!)) continue;
    out.push(id);
    if (out.length > limit) return null;
  }
  return out;
}

/** An anchored RegExp for a lunr wildcard pattern (`*`: any run of characters). */
function wildcardRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 's');
}

/** First index of `sorted` whose value is >= `value` (UTF-16 code unit order, as Array.prototype.sort). */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
