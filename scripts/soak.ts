/**
 * `npm run soak [-- --short] [--corpus DIR]...`: the server under load while its knowledge base
 * is reloaded and bad requests arrive, on 127.0.0.1 only, every loop bounded in count and time.
 *
 * 1. Links the bundled corpus (and any `--corpus` folder, read in place) into a temporary corpus
 *    folder and ingests it with `runIngest` (in a worker thread) into a temporary data folder.
 * 2. Starts `faultline serve` on that data folder as a child process (port 0, read from its log).
 * 3. Runs two autocannon streams at fixed rates: good requests (searches with varied queries and
 *    filters, incident pages, stats, exports: each must get a 2xx) and bad requests (hostile
 *    queries, invalid parameters, unknown ids, traversal, wrong methods: each must get its 4xx).
 * 4. Meanwhile re-ingests a changed corpus into the same data folder several times; the server
 *    sees the generation switch and swaps its knowledge base; each reload's window (ingest start
 *    to the new generation served) is checked for 5xx and failed requests.
 * 5. Samples the server's RSS each second, stops it with SIGTERM, prints a Markdown report,
 *    writes the JSON results (`bench/soak-results.json`; `--short`: `bench/tmp/soak-short.json`)
 *    and exits 1 when a criterion fails (2 when the soak itself could not run).
 */
import { createWriteStream, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { judgeSoak } from './soak/soak-criteria.js';
import { changeCorpusForReload, linkCorpus } from './soak/soak-corpus.js';
import { startIngestThread } from './soak/ingest-thread.js';
import { startStream, statusMatches, type StreamRequest } from './soak/load-stream.js';
import { memoryVerdict } from './soak/memory-verdict.js';
import { renderSoakReport } from './soak/render-soak-report.js';
import { badRequests, goodRequests } from './soak/request-mix.js';
import { sampleRss } from './soak/rss-sampler.js';
import { BUNDLED_CORPUS, parseSoakArgs, SOAK_USAGE, type SoakOptions } from './soak/soak-options.js';
import type { ReloadRecord, SoakResults } from './soak/soak-results.js';
import { startServerProcess, type ServerProcess } from './soak/server-process.js';
import { summarizeStream, summarizeWindow } from './soak/stream-summary.js';

/** RSS sampling interval. */
const RSS_INTERVAL_MS = 1000;
/** How often /readyz is polled while waiting for a swap. */
const POLL_MS = 100;
/** Pause between the soak's own searches during a reload, ms. */
const PROBE_GAP_MS = 5;
/** What the soak searches for during reloads (words of the bundled corpus). */
const PROBE_QUERIES: readonly string[] = ['amazon', 'load balancer', 'internal communication', 'outage', 's3'];
/** Longest wait for the server to exit after SIGTERM. */
const STOP_TIMEOUT_MS = 15_000;

/** Probes sent by the soak itself (readyz polling, stats checks, searches during reloads), counted like the streams. */
const probes = { requests: 0, failures: 0, fiveXx: 0 };

/**
 * GETs `url` as JSON; counts the probe; null when the request failed. With `startup`, a 503 is
 * the documented "still loading" answer of /readyz before the first load, not a failure.
 */
async function probe(url: string, timeoutMs: number, startup = false): Promise<{ status: number; body: Record<string, unknown> } | null> {
  probes.requests += 1;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (res.status >= 500 && !(startup && res.status === 503)) probes.fiveXx += 1;
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  } catch {
    probes.failures += 1;
    return null;
  }
}

/**
 * Polls /readyz until it reports `generation`; rejects after `timeoutMs`. `startup`: the server
 * has not loaded anything yet, so 503 "loading" is expected; during reloads it never is.
 */
async function waitForGeneration(base: string, generation: string, timeoutMs: number, startup = false): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const ready = await probe(`${base}/readyz`, 5000, startup);
    // /readyz names the generation's folder, never its absolute path.
    if (ready?.status === 200 && ready.body.generation === path.basename(generation)) return;
    await sleep(POLL_MS);
  }
  throw new Error(`soak: the server did not serve ${generation} within ${timeoutMs} ms`);
}

/** Searches back to back (a few ms apart) while `active()` holds; counts what came back. */
async function probeWhile(base: string, active: () => boolean): Promise<{ served: number; fiveXx: number; failures: number }> {
  const seen = { served: 0, fiveXx: 0, failures: 0 };
  for (let k = 0; active(); k++) {
    const answer = await probe(`${base}/api/search?q=${encodeURIComponent(PROBE_QUERIES[k % PROBE_QUERIES.length]!)}`, 10_000);
    if (answer === null) seen.failures += 1;
    else if (answer.status >= 500) seen.fiveXx += 1;
    else if (answer.status === 200) seen.served += 1;
    await sleep(PROBE_GAP_MS);
  }
  return seen;
}

/** Sends each request once, in order; returns the ones answered other than expected. */
async function preflight(base: string, requests: readonly StreamRequest[], timeoutMs: number): Promise<string[]> {
  const wrong: string[] = [];
  for (const request of requests) {
    try {
      const res = await fetch(`${base}${request.path}`, {
        method: request.method ?? 'GET',
        headers: request.headers,
        body: request.body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.arrayBuffer();
      if (!statusMatches(res.status, request.expect)) wrong.push(`${request.name ?? request.path}: expected ${request.expect}, got ${res.status}`);
    } catch (error) {
      wrong.push(`${request.name ?? request.path}: ${(error as Error).message}`);
    }
  }
  return wrong;
}

/** Incident ids of a data folder. */
async function incidentIds(dataDir: string): Promise<string[]> {
  const text = await readFile(path.join(dataDir, 'incidents.jsonl'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { id: string }).id);
}

/** Runs the soak; returns its results. */
async function runSoak(options: SoakOptions, root: string): Promise<SoakResults> {
  const startedAt = new Date().toISOString();
  const loadAverage1m = Math.round(os.loadavg()[0]! * 100) / 100;
  const corpusDir = path.join(root, 'corpus');
  const dataDir = path.join(root, 'data');
  const folders = [BUNDLED_CORPUS, ...options.corpora];
  const files = await linkCorpus(corpusDir, folders);
  process.stderr.write(`soak: ${files} corpus files linked; ingesting into ${dataDir}\n`);

  const ingests = startIngestThread();
  let server: ServerProcess | null = null;
  const log = createWriteStream(path.join(root, 'server.log'));
  try {
    const first = await ingests.ingest(corpusDir, dataDir, options.ingestTimeoutS * 1000);
    const ids = await incidentIds(dataDir);
    process.stderr.write(`soak: ${first.documents} documents, ${first.incidents} incidents in ${(first.ms / 1000).toFixed(1)} s; starting the server\n`);

    server = await startServerProcess(dataDir, options.serverTimeoutS * 1000, (line) => log.write(`${line}\n`));
    const base = server.url;
    await waitForGeneration(base, first.generation, options.serverTimeoutS * 1000, true);

    const facets = await probe(`${base}/api/facets`, 10_000);
    if (facets?.status !== 200) throw new Error('soak: /api/facets did not answer');
    const keys = (name: string): string[] => Object.keys((facets.body[name] ?? {}));
    const good = goodRequests({
      incidentIds: ids,
      layers: keys('layer'),
      causes: keys('cause'),
      providers: keys('provider'),
      years: keys('year').map(Number).filter(Number.isInteger),
    });
    const bad = badRequests();
    const wrong = await preflight(base, [...good, ...bad], options.timeoutS * 1000);
    if (wrong.length > 0) throw new Error(`soak: requests answered other than expected before the load:\n  ${wrong.join('\n  ')}`);
    process.stderr.write(`soak: ${good.length} good and ${bad.length} bad requests checked; loading ${base} for ${options.loadS} s with ${options.reloads} reloads\n`);

    const epoch = performance.now();
    const now = (): number => performance.now() - epoch;
    const rss = sampleRss(server.pid, RSS_INTERVAL_MS);
    const common = { url: base, maxSeconds: options.maxLoadS + 30, timeoutS: options.timeoutS, now };
    const goodStream = startStream({ ...common, name: 'good', connections: options.goodConnections, rate: options.goodRate, requests: good });
    const badStream = startStream({ ...common, name: 'bad', connections: options.badConnections, rate: options.badRate, requests: bad });

    const reloads: Omit<ReloadRecord, 'good' | 'bad'>[] = [];
    const reloadAll = async (): Promise<void> => {
      for (let n = 1; n <= options.reloads; n++) {
        const at = (options.loadS * 1000 * n) / (options.reloads + 1);
        if (now() < at) await sleep(at - now());
        const changedFile = await changeCorpusForReload(corpusDir, n);
        const from = now();
        // The streams send their requests in bursts at the start of each second (autocannon's
        // rate), which may all fall outside a short reload; the soak's own searches run back to
        // back through the whole window, so every reload is proven to serve while it happens.
        let reloading = true;
        const probing = probeWhile(base, () => reloading);
        let done: Awaited<ReturnType<typeof ingests.ingest>>;
        let ingested: number;
        try {
          done = await ingests.ingest(corpusDir, dataDir, options.ingestTimeoutS * 1000);
          if (done.upToDate) throw new Error(`soak: reload ${n}: the ingest found nothing changed`);
          ingested = now();
          await waitForGeneration(base, done.generation, options.serverTimeoutS * 1000);
        } finally {
          reloading = false;
        }
        const probed = await probing;
        const swapped = now();
        const stats = await probe(`${base}/api/stats`, 10_000);
        reloads.push({
          n,
          changedFile,
          generation: done.generation,
          documents: done.documents,
          incidents: done.incidents,
          ingestMs: done.ms,
          swapMs: Math.round(swapped - ingested),
          servedNewGeneration: stats?.status === 200 && stats.body.documents === done.documents,
          probed,
          fromS: Math.round(from / 100) / 10,
          toS: Math.round(now() / 100) / 10,
        });
        process.stderr.write(`soak: reload ${n}/${options.reloads} served at ${(now() / 1000).toFixed(1)} s (ingest ${done.ms} ms, swap ${Math.round(swapped - ingested)} ms)\n`);
      }
    };
    const reloadErrors: Error[] = [];
    const reloading = reloadAll().catch((error: unknown) => {
      reloadErrors.push(error instanceof Error ? error : new Error(String(error)));
    });
    // The load runs at least loadS, until the reloads are done, and never past maxLoadS.
    let capTimer: NodeJS.Timeout | undefined;
    const cap = new Promise<void>((resolve) => {
      capTimer = setTimeout(resolve, options.maxLoadS * 1000);
    });
    await Promise.race([Promise.all([reloading, sleep(options.loadS * 1000)]), cap]);
    clearTimeout(capTimer);
    const loadSeconds = now() / 1000;
    const [goodRecord, badRecord] = await Promise.all([goodStream.stop(), badStream.stop()]);
    rss.stop();
    for (const error of reloadErrors) process.stderr.write(`soak: ${error.message}\n`);

    const aliveAtEnd = server.alive();
    const exit = await server.stop(STOP_TIMEOUT_MS);
    const errorLogLines = [...server.errorLines()];
    const results: Omit<SoakResults, 'criteria' | 'pass'> = {
      version: 1,
      mode: options.short ? 'short' : 'full',
      startedAt,
      machine: { cpus: os.cpus().length, loadAverage1m, node: process.version },
      corpus: { folders: folders.map((f) => path.relative(process.cwd(), f) || '.'), files, documents: first.documents, incidents: first.incidents, firstIngestMs: first.ms },
      load: {
        seconds: Math.round(loadSeconds * 10) / 10,
        goodRate: options.goodRate,
        goodConnections: options.goodConnections,
        badRate: options.badRate,
        badConnections: options.badConnections,
        timeoutS: options.timeoutS,
      },
      good: summarizeStream(goodRecord, loadSeconds),
      bad: summarizeStream(badRecord, loadSeconds),
      probes: { ...probes },
      reloads: reloads.map((r) => ({
        ...r,
        good: summarizeWindow(goodRecord, r.fromS * 1000 - 50, r.toS * 1000 + 50),
        bad: summarizeWindow(badRecord, r.fromS * 1000 - 50, r.toS * 1000 + 50),
      })),
      rss: { intervalMs: RSS_INTERVAL_MS, samples: [...rss.samples()], verdict: memoryVerdict(rss.samples(), options.rssGrowthLimit) },
      server: {
        errorLogLines,
        refusedReloads: server.refusedReloads(),
        generationsLoaded: server.loadedGenerations().length,
        aliveAtEnd,
        exit: { code: exit.code, signal: exit.signal, ms: exit.ms, killed: exit.killed },
      },
    };
    const criteria = judgeSoak(results, options.reloads);
    return { ...results, criteria, pass: criteria.every((c) => c.pass) };
  } finally {
    if (server?.alive()) await server.stop(STOP_TIMEOUT_MS);
    await ingests.close();
    await new Promise<void>((resolve) => log.end(resolve));
  }
}

async function main(): Promise<number> {
  let options: SoakOptions;
  try {
    options = parseSoakArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${SOAK_USAGE}\n`);
    return 2;
  }
  const root = await mkdtemp(path.join(os.tmpdir(), 'faultline-soak-'));
  // Stopped from outside (Ctrl-C, a test's timeout): exit at once; the server child is killed on
  // exit (server-process.ts) and the scratch folder removed.
  const onSignal = (signal: NodeJS.Signals): void => {
    process.stderr.write(`soak: stopped by ${signal}\n`);
    if (!options.keep) rmSync(root, { recursive: true, force: true });
    process.exit(2);
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  try {
    const results = await runSoak(options, root);
    process.stdout.write(renderSoakReport(results));
    await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
    await writeFile(options.out, `${JSON.stringify(results, null, 2)}\n`);
    process.stderr.write(`soak: results written to ${options.out}${options.keep ? `; scratch kept in ${root}` : ''}\n`);
    return results.pass ? 0 : 1;
  } catch (error) {
    process.stderr.write(`soak: could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  } finally {
    if (!options.keep) await rm(root, { recursive: true, force: true });
  }
}

process.exit(await main());
