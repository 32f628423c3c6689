/**
 * `npx tsx scripts/bench-postgres.ts --store postgres://… [--documents 100000] [--queries 30] [--baseline]`:
 * the PostgreSQL backend's benchmark (issue 17). Loads `--documents` synthetic documents
 * (`scripts/bench-postgres/synthetic-records.ts`) into the database as one snapshot (`postgresStore`:
 * parallel COPY into new tables, indexes, swap) and measures the load rate and the database size; then, in a fresh child process
 * (a server's view: its start and its RSS), opens the backend and runs each kind of search
 * (`query-kinds.ts`) for p50/p99. `--baseline` runs the same searches on the in-memory engine over
 * the same records in another child, so the figures are also ratios measured in the same run.
 * Prints a Markdown table; `--out FILE` writes the JSON too; `--skip-load` searches the snapshot
 * the database already holds (of `--documents` documents).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildIndex } from '../src/index/build-index.js';
import { parseIndex } from '../src/index/load-index.js';
import { memoryBackend } from '../src/search/memory-backend.js';
import type { SearchBackend } from '../src/search/search-backend.js';
import { createSearchEngine } from '../src/search/search-engine.js';
import { openPostgresBackend } from '../src/store/postgres/postgres-backend.js';
import { queryKinds } from './bench-postgres/query-kinds.js';
import { postgresBenchLines, runPostgresBench, syntheticSnapshot, type QueryResults } from './bench-postgres/run-postgres-bench.js';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs every kind of search on `backend` (after one warm-up request per kind). */
async function runQueries(backend: SearchBackend, queries: number, startMs: number): Promise<QueryResults> {
  const first = performance.now();
  await backend.search({ query: 'outage', pageSize: 1 });
  const firstSearchMs = performance.now() - first;
  const kinds = [];
  for (const kind of queryKinds(queries)) {
    if (kind.facetsOnly) await backend.facets(kind.requests[0]!);
    else await backend.search(kind.requests[0]!);
    const times: number[] = [];
    let totals = 0;
    for (const request of kind.requests) {
      const t = performance.now();
      if (kind.facetsOnly) await backend.facets(request);
      else totals += (await backend.search(request)).total;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    kinds.push({ name: kind.name, p50: percentile(times, 50), p99: percentile(times, 99), meanTotal: Math.round(totals / kind.requests.length) });
  }
  return { startMs, firstSearchMs, rssMb: Math.round(process.memoryUsage().rss / 1e6), kinds };
}

/** The child process of one backend's searches: prints its QueryResults as JSON. */
async function child(which: 'postgres' | 'memory', store: string, n: number, queries: number): Promise<void> {
  if (which === 'postgres') {
    const t = performance.now();
    const backend = await openPostgresBackend(store, { statementTimeoutMs: 60_000 });
    const results = await runQueries(backend, queries, performance.now() - t);
    await backend.close();
    process.stdout.write(JSON.stringify(results));
    return;
  }
  const { manifest, documents, incidents } = syntheticSnapshot(n);
  const t = performance.now();
  const index = parseIndex(buildIndex(documents, incidents));
  const backend = memoryBackend(createSearchEngine({ dir: 'synthetic', manifest, documents, incidents, index }));
  process.stdout.write(JSON.stringify(await runQueries(backend, queries, performance.now() - t)));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      store: { type: 'string', default: process.env.FAULTLINE_STORE },
      documents: { type: 'string', default: '100000' },
      queries: { type: 'string', default: '30' },
      baseline: { type: 'boolean', default: false },
      child: { type: 'string' },
      'skip-load': { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  const store = values.store;
  if (store === undefined || store === '') throw new Error('bench-postgres: --store postgres://… (or FAULTLINE_STORE) is required');
  const n = Number(values.documents);
  const queries = Number(values.queries);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bench-postgres: --documents must be a whole number from 1, got ${values.documents}`);
  if (!Number.isInteger(queries) || queries < 1) throw new Error(`bench-postgres: --queries must be a whole number from 1, got ${values.queries}`);
  if (values.child === 'postgres' || values.child === 'memory') return child(values.child, store, n, queries);

  const log = (message: string): void => void process.stderr.write(`[bench-postgres] ${message}\n`);
  const result = await runPostgresBench({ store, documents: n, queries, baseline: values.baseline, skipLoad: values['skip-load'] }, log);
  process.stdout.write(`${postgresBenchLines(result).join('\n')}\n`);
  if (values.out !== undefined) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
}

await main();
