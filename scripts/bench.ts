/**
 * `npm run bench [-- --sizes 1000,10000] [--large] [--quick]`: Faultline's benchmark suite.
 *
 * For each corpus size it generates (or reuses) a corpus, then measures, each heavy part in its
 * own child process: cold ingest with 1 and 2 workers, warm re-ingest unchanged and with 1% of
 * files changed, bare wink-nlp against the analyse+tag stage, near-duplicate detection and its
 * recall on planted copies, index build/size/load and query latency, HTTP throughput and latency
 * of `/api/search` beside a bare Express endpoint, and peak RSS. Writes `bench/results.json` and
 * `bench/RESULTS.md` with the targets as a pass/fail table. With `--store postgres://…` it
 * also runs the PostgreSQL backend's benchmark in that database (`--store-documents` synthetic
 * documents loaded, then each kind of search; issue 17), its rows in RESULTS.md.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseBenchOptions } from './bench/bench-options.js';
import type { BenchResults, RealCorpusResults, SizeResults } from './bench/bench-results.js';
import { machineInfo } from './bench/machine-info.js';
import type { BenchLog } from './bench/attempt.js';
import { prepareCode } from './bench/code-snapshot.js';
import { measureRealCorpus } from './bench/measure-real-corpus.js';
import { measureSize } from './bench/measure-size.js';
import { renderResults } from './bench/render-results.js';
import { evaluateTargets } from './bench/targets.js';
import { runPostgresBench } from './bench-postgres/run-postgres-bench.js';
import { redactUrl } from '../src/store/postgres/postgres-options.js';

/** Lists every `{ unavailable }` part of the results with where it is. */
function collectUnavailable<T extends object>(parts: readonly T[], name: (part: T) => string): string[] {
  const out: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object') return;
    if ('unavailable' in value) {
      out.push(`${path}: ${String(value.unavailable)}`);
      return;
    }
    for (const [key, child] of Object.entries(value)) walk(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`);
  };
  for (const part of parts) walk(part, name(part));
  return out;
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const started = Date.now();
  const t0 = performance.now();
  const log: BenchLog = (message) => process.stderr.write(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
  const machine = machineInfo();
  log(`${machine.cpus} CPUs, Node ${machine.node}, load ${machine.loadAvg1}; sizes ${options.sizes.join(', ')}${options.quick ? ' (quick)' : ''}`);
  mkdirSync(join(options.benchDir, 'tmp'), { recursive: true });
  const code = prepareCode(options.benchDir, options.liveCode);
  log(`measuring ${code.snapshot ? 'a snapshot of' : 'the live'} src/ at ${code.commit ?? 'unknown commit'}${code.dirty === true ? ' with uncommitted changes' : ''}`);

  const realCorpora: RealCorpusResults[] = [];
  for (const corpus of options.realCorpora) {
    if (existsSync(corpus)) realCorpora.push(await measureRealCorpus(corpus, options, code.root, log));
    else log(`real corpus ${corpus} not found; skipped`);
  }
  const sizes: SizeResults[] = [];
  for (const n of options.sizes) sizes.push(await measureSize(n, options, code.root, log));
  let postgres: BenchResults['postgres'] = null;
  if (options.store !== null) {
    log(`PostgreSQL benchmark: ${options.storeDocuments} synthetic documents into ${redactUrl(options.store)}`);
    postgres = await runPostgresBench({ store: options.store, documents: options.storeDocuments, queries: options.storeQueries, baseline: false, skipLoad: false }, log).catch(
      (error: unknown) => ({ unavailable: `postgres: ${redactUrl((error as Error).message)}` }),
    );
  }

  const results: BenchResults = {
    version: 1,
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    machine: { ...machine, loadAvg1End: Math.round((loadavg()[0] ?? 0) * 100) / 100 },
    options: { ...options, store: options.store === null ? null : redactUrl(options.store) },
    code,
    sizes,
    realCorpora,
    postgres,
    targets: [],
    unavailable: [...collectUnavailable(realCorpora, (r) => r.name), ...collectUnavailable(sizes, (s) => `N=${s.n}`), ...(postgres === null ? [] : collectUnavailable([postgres], () => 'postgres'))],
  };
  results.targets = evaluateTargets(results);
  if (code.snapshot && !options.keepData) rmSync(code.root, { recursive: true, force: true });
  writeFileSync(join(options.benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(options.benchDir, 'RESULTS.md'), renderResults(results));
  const failed = results.targets.filter((t) => t.status === 'fail').length;
  const passed = results.targets.filter((t) => t.status === 'pass').length;
  log(`done in ${results.durationS} s: ${passed} targets passed, ${failed} failed, ${results.unavailable.length} parts not available -> ${join(options.benchDir, 'RESULTS.md')}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
