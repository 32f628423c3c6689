/**
 * The PostgreSQL benchmark's run (issue 17), shared by `scripts/bench-postgres.ts` and
 * `npm run bench -- --store postgres://…`: loads `documents` synthetic documents into the database
 * as one snapshot (unless `skipLoad`), measures the load rate and the database size, then runs
 * each kind of search in a fresh child process (`scripts/bench-postgres.ts --child`), and with
 * `baseline` the same searches on the in-memory engine in another child.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { postgresStore } from '../../src/store/postgres/postgres-store.js';
import { syntheticManifest, syntheticRecord } from './synthetic-records.js';

/** The generator seed of the synthetic documents. */
export const SEED = 42;

/** The measures of one backend's searches. */
export interface QueryResults {
  /** Opening the backend (postgres: connect and check the schema and the snapshot; memory: build the engine over records in memory). */
  startMs: number;
  /** The first search (a broad word) after opening. */
  firstSearchMs: number;
  rssMb: number;
  kinds: { name: string; p50: number; p99: number; meanTotal: number }[];
}

/** What a PostgreSQL benchmark run is configured by. */
export interface PostgresBenchOptions {
  /** The database's connection string. */
  store: string;
  /** Synthetic documents loaded (and searched). */
  documents: number;
  /** Requests per kind of search. */
  queries: number;
  /** Also run the searches on the in-memory engine over the same records. */
  baseline: boolean;
  /** Search the snapshot the database holds instead of loading one. */
  skipLoad: boolean;
}

/** What a PostgreSQL benchmark run measured. */
export interface PostgresBenchResult {
  documents: number;
  load: { ms: number; documentsPerSecond: number; copiedMb: number; withAnalyzeMs: number };
  databaseMb: number;
  documentsTableMb: number;
  postgres: QueryResults;
  memory: QueryResults | null;
}

/** The synthetic records of `n` documents (one incident each). */
export function syntheticSnapshot(n: number) {
  const documents = [];
  const incidents = [];
  for (let i = 0; i < n; i++) {
    const { document, incident } = syntheticRecord(SEED, i);
    documents.push(document);
    incidents.push(incident);
  }
  return { manifest: syntheticManifest(n), documents, incidents };
}

function spawnChild(which: 'postgres' | 'memory', store: string, n: number, queries: number): QueryResults {
  const script = fileURLToPath(new URL('../bench-postgres.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, '--child', which, '--store', store, '--documents', String(n), '--queries', String(queries)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`bench-postgres: the ${which} child failed (status ${run.status})`);
  return JSON.parse(run.stdout) as QueryResults;
}

/** Runs the benchmark: the load (unless skipped), the database size, and the searches in child processes. */
export async function runPostgresBench(options: PostgresBenchOptions, log: (message: string) => void): Promise<PostgresBenchResult> {
  const { store, documents: n, queries } = options;
  let load = { ms: 0, bytes: 0 };
  let loadMs = 0;
  if (options.skipLoad) log('--skip-load: searching the snapshot the database holds');
  else {
    let t = performance.now();
    const snapshot = syntheticSnapshot(n);
    log(`generated ${n} documents in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    const writer = postgresStore(store);
    try {
      load = await writer.replace(snapshot);
    } finally {
      await writer.close();
    }
    loadMs = performance.now() - t;
    log(`loaded in ${(load.ms / 1000).toFixed(1)} s (${Math.round((n * 1000) / load.ms)} documents/s; with ANALYZE ${(loadMs / 1000).toFixed(1)} s)`);
  }
  const client = new pg.Client({ connectionString: store });
  await client.connect();
  const size = await client.query<{ db: string; documents: string }>(`SELECT pg_database_size(current_database()) AS db, pg_total_relation_size('documents') AS documents`);
  await client.end();
  const postgres = spawnChild('postgres', store, n, queries);
  const memory = options.baseline ? spawnChild('memory', store, n, queries) : null;
  return {
    documents: n,
    load: { ms: load.ms, documentsPerSecond: load.ms === 0 ? 0 : Math.round((n * 1000) / load.ms), copiedMb: Math.round(load.bytes / 1e6), withAnalyzeMs: Math.round(loadMs) },
    databaseMb: Math.round(Number(size.rows[0]!.db) / 1e6),
    documentsTableMb: Math.round(Number(size.rows[0]!.documents) / 1e6),
    postgres,
    memory,
  };
}

/** The result as Markdown: a summary line, the start line, and the table of search kinds. */
export function postgresBenchLines(result: PostgresBenchResult): string[] {
  const { postgres, memory, load } = result;
  const ms = (v: number): string => v.toFixed(1);
  return [
    `PostgreSQL backend, ${result.documents} synthetic documents: ${load.ms === 0 ? 'load skipped' : `load ${load.documentsPerSecond} documents/s (${(load.ms / 1000).toFixed(1)} s, ${load.copiedMb} MB copied)`}, database ${result.databaseMb} MB (documents ${result.documentsTableMb} MB)`,
    `start: postgres open ${ms(postgres.startMs)} ms, first search ${ms(postgres.firstSearchMs)} ms, RSS after the searches ${postgres.rssMb} MB${memory === null ? '' : `; in memory: index build ${ms(memory.startMs)} ms, first search ${ms(memory.firstSearchMs)} ms, RSS ${memory.rssMb} MB`}`,
    '',
    `| kind | matches (mean) | postgres p50 ms | postgres p99 ms |${memory === null ? '' : ' memory p50 ms | memory p99 ms | p50 ratio pg/mem |'}`,
    `|---|---|---|---|${memory === null ? '' : '---|---|---|'}`,
    ...postgres.kinds.map((k, i) => {
      const m = memory?.kinds[i];
      return `| ${k.name} | ${k.meanTotal} | ${ms(k.p50)} | ${ms(k.p99)} |${m === undefined ? '' : ` ${ms(m.p50)} | ${ms(m.p99)} | ${(k.p50 / m.p50).toFixed(1)} |`}`;
    }),
  ];
}
