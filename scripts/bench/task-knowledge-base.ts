/**
 * Bench task: loads a saved knowledge base (`loadKnowledgeBase`, the saved index, no rebuild) in
 * a fresh process, times the load, then measures in-process query latency for each query kind
 * (a bounded number of queries, and a time budget per kind).
 */
import type { KnowledgeBase } from '../../src/model/search.js';
import { importCode } from './code-snapshot.js';
import { distinctQueries } from './distinct-queries.js';
import { latencyStats, type LatencyStats } from './latency-stats.js';
import { QUERY_KINDS, requestsOf, type QueryKind } from './query-sets.js';

/** Input of the knowledge-base task. */
export interface KnowledgeBaseTaskInput {
  dataDir: string;
  /** Queries per kind. */
  perKind: number;
  /** Longest time spent on one kind, ms. */
  budgetMs: number;
  /** Root of the measured code (default: the working tree). */
  codeRoot?: string;
}

/** Latency of one query kind. */
export interface QueryKindResult extends LatencyStats {
  /** Queries that threw (e.g. a syntax the engine refuses), with the first message. */
  errors: number;
  firstError?: string;
  /** Mean number of matches per query. */
  meanTotal: number;
}

/** What the knowledge-base task reports. */
export interface KnowledgeBaseTaskResult {
  /** `loadKnowledgeBase` wall time, ms. */
  loadMs: number;
  documents: number;
  incidents: number;
  /** RSS right after loading, MB. */
  rssAfterLoadMb: number;
  queries: Record<QueryKind, QueryKindResult>;
  /** Issue 16: distinct searches (`distinctQueries`), none repeated, each response JSON-encoded as the server sends it (snippets and facets included). */
  distinct: QueryKindResult;
}

/** Distinct searches measured in process (issue 16). */
export const DISTINCT_QUERIES = 400;

/** Loads the knowledge base and measures query latency. */
export async function run(input: KnowledgeBaseTaskInput): Promise<KnowledgeBaseTaskResult> {
  const { loadKnowledgeBase } = await importCode<{ loadKnowledgeBase: (dir: string) => Promise<KnowledgeBase> }>(input.codeRoot, 'src/search/index.ts');
  const started = performance.now();
  const kb = await loadKnowledgeBase(input.dataDir);
  const loadMs = Math.round(performance.now() - started);
  const rssAfterLoadMb = Math.round(process.memoryUsage().rss / 1e5) / 10;
  const queries = {} as Record<QueryKind, QueryKindResult>;
  for (const kind of QUERY_KINDS) {
    const requests = requestsOf(kind);
    const times: number[] = [];
    let errors = 0;
    let firstError: string | undefined;
    let totals = 0;
    const kindStart = performance.now();
    for (let i = 0; i < input.perKind && performance.now() - kindStart < input.budgetMs; i++) {
      const request = requests[i % requests.length]!;
      const t = performance.now();
      try {
        const response = kb.search({ ...request, page: 1 + (Math.floor(i / requests.length) % 3) });
        totals += response.total;
      } catch (error) {
        errors++;
        firstError ??= (error as Error).message.slice(0, 200);
      }
      times.push(performance.now() - t);
    }
    queries[kind] = { ...latencyStats(times), errors, ...(firstError === undefined ? {} : { firstError }), meanTotal: Math.round(totals / Math.max(1, times.length - errors)) };
  }
  return { loadMs, documents: kb.documents.size, incidents: kb.incidents.size, rssAfterLoadMb, queries, distinct: measureDistinct(kb, input.budgetMs) };
}

/** Runs each distinct search once, timing the search and its JSON encoding (within `budgetMs`). */
function measureDistinct(kb: KnowledgeBase, budgetMs: number): QueryKindResult {
  const times: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let totals = 0;
  const started = performance.now();
  for (const request of distinctQueries(DISTINCT_QUERIES)) {
    if (performance.now() - started > budgetMs) break;
    const t = performance.now();
    try {
      const response = kb.search(request);
      JSON.stringify(response);
      totals += response.total;
    } catch (error) {
      errors++;
      firstError ??= (error as Error).message.slice(0, 200);
    }
    times.push(performance.now() - t);
  }
  return { ...latencyStats(times), errors, ...(firstError === undefined ? {} : { firstError }), meanTotal: Math.round(totals / Math.max(1, times.length - errors)) };
}
