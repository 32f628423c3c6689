/**
 * Runs every measurement at one corpus size, each heavy part in its own child process, and
 * collects the figures. A part that fails (a pipeline piece not available yet, a timeout) is
 * recorded as `{ unavailable: reason }` and the run goes on.
 */
import { cpSync, existsSync, lstatSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DuplicateCluster } from '../../src/model/manifest.js';
import type { BenchOptions } from './bench-options.js';
import { attempt, type BenchLog } from './attempt.js';
import { isMeasured, type IngestRun, type Measured, type SizeResults } from './bench-results.js';
import { changeFiles } from './change-files.js';
import { ensureCorpus } from './corpus-cache.js';
import { ingestInChild } from './ingest-in-child.js';
import { loadTest, type LoadTestResult } from './load-test.js';
import { plantedRecall } from './planted-recall.js';
import { folderBytes, removeDataFolder } from './scratch-folders.js';
import { searchQueryString } from '../../src/server/search-url.js';
import { distinctQueries } from './distinct-queries.js';
import { DISTINCT, MULTI_TERM, SINGLE_TERM, UNCACHED } from './query-sets.js';
import { runChild, startChild } from './run-child.js';
import type { DedupeTaskResult } from './task-dedupe.js';
import { DISTINCT_QUERIES, type KnowledgeBaseTaskResult } from './task-knowledge-base.js';
import type { NlpTaskResult } from './task-nlp.js';
import type { ServeSearchReady } from './task-serve-search.js';

function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Measures everything at size `n`. */
export async function measureSize(n: number, options: BenchOptions, codeRoot: string, log: BenchLog): Promise<SizeResults> {
  log(`== N = ${n.toLocaleString('en-US')}`);
  const genStart = performance.now();
  const corpus = ensureCorpus(options.benchDir, n, options.seed);
  log(`  corpus: ${corpus.meta.files} files, ${(corpus.meta.bytes / 1e6).toFixed(1)} MB (${corpus.cached ? 'cached' : `generated in ${((performance.now() - genStart) / 1000).toFixed(1)} s`})`);
  const tmp = join(options.benchDir, 'tmp');
  const work = join(tmp, `work-${n}`, 'corpus');
  rmSync(join(tmp, `work-${n}`), { recursive: true, force: true });
  cpSync(corpus.corpusDir, work, { recursive: true });
  const mb = corpus.meta.bytes / 1e6;
  const ingestTimeoutMs = Math.max(180_000, n * 90);

  const ingestRun = (kind: IngestRun['kind'], out: string, workers: number): Promise<IngestRun> =>
    ingestInChild({ kind, corpus: work, out, workers, corpusMb: mb, timeoutMs: ingestTimeoutMs, codeRoot });

  // Cold ingests, one per worker count (above 10,000 only the last, to bound the run), each into a fresh data folder.
  const workerCounts = n > 10000 ? options.workers.slice(-1) : options.workers;
  const outs = workerCounts.map((w) => join(tmp, `data-${n}-w${w}`));
  const cold: Measured<IngestRun>[] = [];
  for (let i = 0; i < workerCounts.length; i++) {
    const w = workerCounts[i]!;
    removeDataFolder(outs[i]!);
    cold.push(await attempt(`cold ingest, ${w} worker${w === 1 ? '' : 's'}`, log, () => ingestRun('cold', outs[i]!, w)));
  }
  const lastOut = outs[outs.length - 1]!;
  const lastWorkers = workerCounts[workerCounts.length - 1]!;
  const warm = isMeasured(cold[cold.length - 1])
    ? await attempt('warm re-ingest (unchanged)', log, () => ingestRun('warm', lastOut, lastWorkers))
    : { unavailable: 'cold ingest not available' };
  let changed: Measured<IngestRun> = { unavailable: 'cold ingest not available' };
  if (isMeasured(cold[cold.length - 1])) {
    const changedPaths = changeFiles(work, options.changedShare);
    changed = await attempt(`re-ingest with ${changedPaths.length} files changed`, log, async () => ({ ...(await ingestRun('changed', lastOut, lastWorkers)), changedFiles: changedPaths.length }));
  }

  // The data folder the read-side measurements use: the first cold ingest (unchanged corpus).
  const dataDir = outs.find((_o, i) => isMeasured(cold[i])) ?? null;

  const nlp = await attempt('bare wink vs analyse+tag', log, async () => {
    const r = await runChild<NlpTaskResult>('nlp', { codeRoot, dataDir: dataDir ?? undefined, generated: { seed: options.seed, n }, maxChars: options.nlpMaxChars }, { timeoutMs: 900_000 });
    return r.value;
  });
  if (isMeasured(nlp) && nlp.documents > 0) {
    const tokensPerDoc = nlp.tokens.total / nlp.documents;
    for (const run of [...cold, warm, changed]) if (isMeasured(run) && !run.upToDate) run.tokensPerS = Math.round((tokensPerDoc * run.documents) / (run.ms / 1000));
  }

  const firstCold = cold.find(isMeasured);
  const stage: SizeResults['dedupe']['stage'] =
    firstCold?.timings.dedupe !== undefined
      ? { ms: firstCold.timings.dedupe, usPerDoc: round((firstCold.timings.dedupe * 1000) / Math.max(1, firstCold.files), 2) }
      : { unavailable: 'no ingest dedupe timing' };
  let clusters: DuplicateCluster[] | null = null;
  if (dataDir !== null && existsSync(join(dataDir, 'manifest.json'))) {
    clusters = (JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { clusters: DuplicateCluster[] }).clusters;
  }
  const direct: SizeResults['dedupe']['direct'] = options.skipDirectDedupe || n > options.directDedupeMaxN
    ? { unavailable: options.skipDirectDedupe ? 'skipped (--quick or --skip-direct-dedupe)' : `skipped above N=${options.directDedupeMaxN} (the ingest stage time is reported)` }
    : await attempt('near-duplicate detection (direct)', log, async () => {
        const r = await runChild<DedupeTaskResult>('dedupe', { corpus: corpus.corpusDir, codeRoot }, { timeoutMs: Math.max(180_000, n * 60) });
        const v = r.value;
        clusters ??= v.clusters;
        const totalMs = v.signatureMs + v.dedupeMs;
        return { prepareMs: v.prepareMs, signatureMs: v.signatureMs, dedupeMs: v.dedupeMs, totalMs, usPerDoc: round((totalMs * 1000) / Math.max(1, v.documents), 2), documents: v.documents };
      });
  const recall: SizeResults['dedupe']['recall'] = clusters === null ? { unavailable: 'no duplicate clusters (no ingest manifest, no direct dedupe)' } : plantedRecall(corpus.planted.pairs, clusters);

  let index: SizeResults['index'] = { unavailable: 'no ingest output' };
  if (dataDir !== null && firstCold !== undefined) {
    const indexDir = join(realpathSync(dataDir), 'index');
    if (existsSync(indexDir) && lstatSync(indexDir).isDirectory()) {
      const size = folderBytes(indexDir);
      index = { buildMs: firstCold.timings.index ?? Number.NaN, sizeBytes: size.bytes, files: size.files };
    } else index = { unavailable: 'no index folder in the data folder' };
  }

  const kb: SizeResults['kb'] = dataDir === null
    ? { unavailable: 'no ingest output' }
    : await attempt('index load + in-process queries', log, async () => {
        const r = await runChild<KnowledgeBaseTaskResult>('kb', { codeRoot, dataDir, perKind: options.queriesPerKind, budgetMs: options.queryBudgetMs }, { timeoutMs: 600_000 });
        return { ...r.value, maxRssMb: r.maxRssMb, wallMs: r.wallMs };
      });

  const bare = await attempt('HTTP: bare Express', log, async () => {
    const server = await startChild<{ port: number }>('serve-bare', {}, { readyTimeoutMs: 60_000 });
    try {
      const runs: LoadTestResult[] = [];
      const base = `http://127.0.0.1:${server.ready.port}`;
      await loadTest({ label: 'warm-up', base, paths: ['/bare'], connections: 10, durationS: 1 });
      for (const c of options.connections) runs.push(await loadTest({ label: 'bare', base, paths: ['/bare'], connections: c, durationS: options.httpDurationS }));
      return runs;
    } finally {
      await server.stop().catch(() => undefined);
    }
  });
  const search: SizeResults['http']['search'] = dataDir === null
    ? { unavailable: 'no ingest output' }
    : await attempt('HTTP: /api/search', log, async () => {
        const server = await startChild<ServeSearchReady>('serve-search', { dataDir, codeRoot }, { readyTimeoutMs: 300_000 });
        const runs: LoadTestResult[] = [];
        const base = `http://127.0.0.1:${server.ready.port}`;
        const single = SINGLE_TERM.map((q) => `/api/search?q=${encodeURIComponent(q)}`);
        const multi = MULTI_TERM.map((q) => `/api/search?q=${encodeURIComponent(q)}`);
        // Issue 16: distinct searches (some quoted, filtered, date-ordered or on page 2), none repeated within the list.
        const distinct = distinctQueries(DISTINCT_QUERIES).map((request) => `/api/search?${searchQueryString(request)}`);
        let maxRssMb = Number.NaN;
        try {
          // The server's default: repeated requests are answered from its response cache (the
          // queries rotate through small lists, so after the warm-up every request repeats one).
          await loadTest({ label: 'warm-up', base, paths: [...single, ...multi], connections: 10, durationS: 2 });
          for (const c of options.connections) {
            runs.push(await loadTest({ label: 'single-term', base, paths: single, connections: c, durationS: options.httpDurationS }));
            runs.push(await loadTest({ label: 'multi-term', base, paths: multi, connections: c, durationS: options.httpDurationS }));
          }
        } finally {
          const stopped = await server.stop().catch(() => null);
          if (stopped !== null) maxRssMb = stopped.maxRssMb;
        }
        // The same load with the cache off: every request runs its search.
        const uncached = await startChild<ServeSearchReady>('serve-search', { dataDir, codeRoot, searchCacheEntries: 0 }, { readyTimeoutMs: 300_000 });
        const uncachedBase = `http://127.0.0.1:${uncached.ready.port}`;
        try {
          await loadTest({ label: 'warm-up', base: uncachedBase, paths: [...single, ...multi], connections: 10, durationS: 2 });
          for (const c of options.connections) {
            runs.push(await loadTest({ label: `single-term${UNCACHED}`, base: uncachedBase, paths: single, connections: c, durationS: options.httpDurationS }));
            runs.push(await loadTest({ label: `multi-term${UNCACHED}`, base: uncachedBase, paths: multi, connections: c, durationS: options.httpDurationS }));
            runs.push(await loadTest({ label: `${DISTINCT}${UNCACHED}`, base: uncachedBase, paths: distinct, connections: c, durationS: options.httpDurationS }));
          }
        } finally {
          const stopped = await uncached.stop().catch(() => null);
          if (stopped !== null) maxRssMb = Math.max(maxRssMb, stopped.maxRssMb);
        }
        return { startMs: server.ready.startMs, readyMs: server.readyMs, maxRssMb, documents: server.ready.documents, runs };
      });

  const notes: string[] = [];
  for (const [label, run] of [['warm', warm], ['changed', changed]] as const) {
    if (isMeasured(run) && !run.upToDate && (run.counts.cached ?? 0) === 0) {
      notes.push(`The ${label} re-ingest reused no cached file: the ingest cache is keyed by a fingerprint of the source code, so src/ was edited while the bench ran; its figure is not a warm figure.`);
    }
  }
  if (!options.keepData) {
    rmSync(join(tmp, `work-${n}`), { recursive: true, force: true });
    for (const out of outs) removeDataFolder(out);
  }

  return {
    n,
    notes,
    corpus: { ...corpus.meta, cached: corpus.cached, mb: round(mb, 2) },
    ingest: { cold, warm, changed },
    nlp,
    dedupe: { stage, direct, recall },
    index,
    kb,
    http: { bare, search },
  };
}
