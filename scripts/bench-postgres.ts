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
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildIndex } from '../src/index/build-index.js';
import { parseIndex } from '../src/index/load-index.js';
import { memoryBackend } from '../src/search/memory-backend.js';
import type { SearchBackend } from '../src/search/search-backend.js';
import { createSearchEngine } from '../src/search/search-engine.js';
import { openPostgresBackend } from '../src/store/postgres/postgres-backend.js';
import { postgresStore } from '../src/store/postgres/postgres-store.js';
import { queryKinds } from './bench-postgres/query-kinds.js';
import { syntheticManifest, syntheticRecord } from './bench-postgres/synthetic-records.js';

const SEED = 42;

/** The measures of one backend's searches. */
interface QueryResults {
  /** Opening the backend (postgres: connect and check the schema and the snapshot; memory: build the engine over records in memory). */
  startMs: number;
  /** The first search (a broad word) after opening. */
  firstSearchMs: number;
  rssMb: number;
  kinds: { name: string; p50: number; p99: number; meanTotal: number }[];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function records(n: number) {
  const documents = [];
  const incidents = [];
  for (let i = 0; i < n; i++) {
    const { document, incident } = syntheticRecord(SEED, i);
    documents.push(document);
    incidents.push(incident);
  }
  return { manifest: syntheticManifest(n), documents, incidents };
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
  const { manifest, documents, incidents } = records(n);
  const t = performance.now();
  const index = parseIndex(buildIndex(documents, incidents));
  const backend = memoryBackend(createSearchEngine({ dir: 'synthetic', manifest, documents, incidents, index }));
  process.stdout.write(JSON.stringify(await runQueries(backend, queries, performance.now() - t)));
}

function spawnChild(which: 'postgres' | 'memory', store: string, n: number, queries: number): QueryResults {
  const script = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--child', which, '--store', store, '--documents', String(n), '--queries', String(queries)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`bench-postgres: the ${which} child failed (status ${run.status})`);
  return JSON.parse(run.stdout) as QueryResults;
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
  let load = { ms: 0, bytes: 0 };
  let loadMs = 0;
  if (values['skip-load']) log('--skip-load: searching the snapshot the database holds');
  else {
    let t = performance.now();
    const snapshot = records(n);
    log(`generated ${n} documents in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    const writer = postgresStore(store);
    load = await writer.replace(snapshot);
    await writer.close();
    loadMs = performance.now() - t;
    log(`loaded in ${(load.ms / 1000).toFixed(1)} s (${Math.round((n * 1000) / load.ms)} documents/s; with ANALYZE ${(loadMs / 1000).toFixed(1)} s)`);
  }
  const client = new pg.Client({ connectionString: store });
  await client.connect();
  const size = await client.query<{ db: string; documents: string }>(`SELECT pg_database_size(current_database()) AS db, pg_total_relation_size('documents') AS documents`);
  await client.end();
  const postgres = spawnChild('postgres', store, n, queries);
  const memory = values.baseline ? spawnChild('memory', store, n, queries) : null;
  const result = {
    documents: n,
    load: { ms: load.ms, documentsPerSecond: Math.round((n * 1000) / load.ms), copiedMb: Math.round(load.bytes / 1e6), withAnalyzeMs: Math.round(loadMs) },
    databaseMb: Math.round(Number(size.rows[0]!.db) / 1e6),
    documentsTableMb: Math.round(Number(size.rows[0]!.documents) / 1e6),
    postgres,
    memory,
  };
  const ms = (v: number): string => v.toFixed(1);
  const lines = [
    `PostgreSQL backend, ${n} synthetic documents: ${load.ms === 0 ? 'load skipped' : `load ${result.load.documentsPerSecond} documents/s (${(load.ms / 1000).toFixed(1)} s, ${result.load.copiedMb} MB copied)`}, database ${result.databaseMb} MB (documents ${result.documentsTableMb} MB)`,
    `start: postgres open ${ms(postgres.startMs)} ms, first search ${ms(postgres.firstSearchMs)} ms, RSS after the searches ${postgres.rssMb} MB${memory === null ? '' : `; in memory: index build ${ms(memory.startMs)} ms, first search ${ms(memory.firstSearchMs)} ms, RSS ${memory.rssMb} MB`}`,
    '',
    `| kind | matches (mean) | postgres p50 ms | postgres p99 ms |${memory === null ? '' : ' memory p50 ms | memory p99 ms | p50 ratio pg/mem |'}`,
    `|---|---|---|---|${memory === null ? '' : '---|---|---|'}`,
    ...postgres.kinds.map((k, i) => {
      const m = memory?.kinds[i];
      return `| ${k.name} | ${k.meanTotal} | ${ms(k.p50)} | ${ms(k.p99)} |${m === undefined ? '' : ` ${ms(m.p50)} | ${ms(m.p99)} | ${(k.p50 / m.p50).toFixed(1)} |`}`;
    }),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (values.out !== undefined) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
}

await main();
