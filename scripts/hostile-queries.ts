/**
 * `tsx scripts/hostile-queries.ts [--corpus DIR]... [--data DIR] [--repeat N] [--only-load]`:
 * times every hostile request of `scripts/soak/hostile-requests.ts` against the real app on
 * 127.0.0.1 (each one sent `--repeat` times, one at a time, with a concurrent `/healthz`) and
 * prints the worst-case table, slowest first, with the event loop's delay while they ran; then
 * runs the concurrent attacks of `LOAD_SCENARIOS` (long fuzzy terms, wildcard and fuzzy searches
 * on the page route, exports of every format), each while `/healthz` is polled every 10 ms, and
 * prints how long `/healthz` waited at worst and what the attackers got.
 *
 * The app serves `--data DIR` when given, else an ingest of the bundled corpus (plus any
 * `--corpus` folder, linked in place) into a temporary folder. Exits 1 when a request got a 5xx
 * or did not answer within the bound.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { HOSTILE_REQUESTS } from './soak/hostile-requests.js';
import { sendRequest, type SendResult } from './soak/send-request.js';
import { renderTimingTable, timeHostileRequests } from './soak/hostile-timings.js';
import { serveDataFolder, serveIngested, type IngestedApp } from './soak/serve-ingested.js';
import { linkCorpus } from './soak/soak-corpus.js';
import { BUNDLED_CORPUS } from './soak/soak-options.js';

/** Bound on one request, ms. */
const BOUND_MS = 30_000;

/** A 40-character term (letters cycling from `shift`), the shape that froze the server with `~2`. */
function longTerm(shift: number): string {
  return Array.from({ length: 40 }, (_, i) => String.fromCharCode(97 + ((i * 7 + shift) % 26))).join('');
}

/** Four 40-character terms at fuzzy distance 2 (the most the query guard allows), different for each `n` (so no response cache helps). */
function fourLongFuzzy(n: number): string {
  return encodeURIComponent([0, 1, 2, 3].map((shift) => `${longTerm(shift + 4 * n)}~2`).join(' '));
}

/** One concurrent attack: `count` requests sent at once, the i-th to `path(i)`. */
interface LoadScenario {
  name: string;
  path: (i: number) => string;
  count: number;
}

/** The concurrent attacks (the reproductions). */
const LOAD_SCENARIOS: readonly LoadScenario[] = [
  { name: 'one search: four 40-character ~2 terms', path: () => `/api/search?q=${fourLongFuzzy(0)}`, count: 1 },
  { name: '8 concurrent searches: four 40-character ~2 terms (each different)', path: (i) => `/api/search?q=${fourLongFuzzy(1 + i)}`, count: 8 },
  { name: '8 concurrent page searches /?q= four 40-character ~2 terms', path: (i) => `/?q=${fourLongFuzzy(9 + i)}`, count: 8 },
  { name: '8 concurrent searches: four two-letter prefixes (each different)', path: (i) => `/api/search?q=${encodeURIComponent('ou* lo* st* da*')}&page=${i + 1}`, count: 8 },
  { name: 'one export: q=outage, JSONL', path: () => '/api/export?format=jsonl&q=outage', count: 1 },
  { name: 'one export: everything, Parquet', path: () => '/api/export?format=parquet', count: 1 },
  { name: '6 concurrent exports: everything, BibTeX', path: () => '/api/export?format=bibtex', count: 6 },
  { name: 'one export: layer=network (filtered, every match)', path: () => '/api/export?format=jsonl&layer=network&layerRole=any', count: 1 },
];

/** What one scenario measured. */
interface LoadResult {
  name: string;
  count: number;
  /** Answers by status. */
  statuses: Record<string, number>;
  /** Slowest attacker, ms. */
  slowestMs: number;
  /** Largest answer, bytes. */
  largestBytes: number;
  /** Worst /healthz time while the attack ran, ms, and how many polls. */
  healthzMaxMs: number;
  healthzPolls: number;
}

/** Runs one scenario while polling /healthz every 10 ms (at most one poll in flight). */
async function runScenario(base: string, scenario: LoadScenario): Promise<LoadResult> {
  const finished = new AbortController();
  const healthz: number[] = [];
  const poller = (async () => {
    for (let i = 0; !finished.signal.aborted && i < 10_000; i++) {
      const answer = await sendRequest(base, { path: '/healthz' }, BOUND_MS);
      healthz.push(answer.ms);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const answers: SendResult[] = await Promise.all(
    Array.from({ length: scenario.count }, (_, i) =>
      sendRequest(base, { path: scenario.path(i) }, BOUND_MS).catch((error: unknown) => ({ status: 0, headers: {}, body: String(error), ms: BOUND_MS })),
    ),
  );
  finished.abort();
  await poller;
  const statuses: Record<string, number> = {};
  for (const answer of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
  return {
    name: scenario.name,
    count: scenario.count,
    statuses,
    slowestMs: Math.max(...answers.map((a) => a.ms)),
    largestBytes: Math.max(...answers.map((a) => Buffer.byteLength(a.body))),
    healthzMaxMs: Math.max(0, ...healthz),
    healthzPolls: healthz.length,
  };
}

/** The scenarios' results as a Markdown table. */
function renderLoadTable(results: readonly LoadResult[]): string {
  const lines = ['| attack | answers | slowest ms | largest answer bytes (first 1 MB kept) | worst /healthz ms (polls) |', '|---|---|---|---|---|'];
  for (const r of results) {
    const answers = Object.entries(r.statuses).map(([status, n]) => `${n}x ${status}`).join(', ');
    lines.push(`| ${r.name} | ${answers} | ${r.slowestMs.toFixed(0)} | ${r.largestBytes} | ${r.healthzMaxMs.toFixed(1)} (${r.healthzPolls}) |`);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true },
      data: { type: 'string' },
      repeat: { type: 'string', default: '5' },
      'only-load': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 100) {
    process.stderr.write(`hostile-queries: --repeat must be a whole number from 1 to 100, got ${values.repeat}\n`);
    return 2;
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'faultline-hostile-'));
  let served: IngestedApp | null = null;
  try {
    if (values.data !== undefined) {
      served = await serveDataFolder(path.resolve(values.data), null);
    } else {
      const corpus = path.join(scratch, 'corpus');
      await linkCorpus(corpus, [BUNDLED_CORPUS, ...(values.corpus ?? []).map((dir) => path.resolve(dir))]);
      process.stderr.write('hostile-queries: ingesting the corpus...\n');
      served = await serveIngested(corpus);
    }
    const size = `${served.kb.documents.size} documents, ${served.kb.incidents.size} incidents`;
    const machine = `in-process server on 127.0.0.1; node ${process.version}, load average ${os.loadavg()[0]!.toFixed(2)}`;
    let fiveXx = 0;
    if (!values['only-load']) {
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const timings = await timeHostileRequests(served.base, HOSTILE_REQUESTS, repeat, BOUND_MS);
      loop.disable();
      const worst = timings.reduce((a, b) => (Math.max(...b.ms) > Math.max(...a.ms) ? b : a));
      const median = (ms: readonly number[]): number => [...ms].sort((a, b) => a - b)[Math.floor((ms.length - 1) / 2)] ?? 0;
      const slowest = timings.reduce((a, b) => (median(b.ms) > median(a.ms) ? b : a));
      fiveXx += timings.filter((t) => t.status >= 500).length;
      process.stdout.write(
        `# Hostile requests: worst-case times\n\n` +
          `${size}; ${HOSTILE_REQUESTS.length} requests x ${repeat}, each with a concurrent /healthz; ${machine}.\n\n` +
          `${renderTimingTable(timings)}\n\n` +
          `Worst case: ${worst.name} (${worst.status}) in ${Math.max(...worst.ms).toFixed(1)} ms; ` +
          `slowest by median: ${slowest.name} (${slowest.status}) in ${median(slowest.ms).toFixed(1)} ms. ` +
          `Event loop delay: max ${(loop.max / 1e6).toFixed(1)} ms, p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms. ` +
          `5xx answers: ${fiveXx}.\n\n`,
      );
    }
    // As `faultline serve` does at start: citation-js is imported before the first citation export.
    await import('../src/cite/citations-for.js');
    const results: LoadResult[] = [];
    for (const scenario of LOAD_SCENARIOS) results.push(await runScenario(served.base, scenario));
    // 503 is the documented answer of a busy gate (with Retry-After); anything else 5xx is a failure.
    const loadFailures = results.filter((r) => Object.keys(r.statuses).some((status) => Number(status) >= 500 && Number(status) !== 503) || r.statuses['0'] !== undefined);
    fiveXx += loadFailures.length;
    process.stdout.write(
      `# Concurrent attacks: /healthz while they run\n\n${size}; ${machine}. /healthz polled every 10 ms during each attack.\n\n${renderLoadTable(results)}\n\n` +
        `Worst /healthz: ${Math.max(...results.map((r) => r.healthzMaxMs)).toFixed(1)} ms. Attacks with a 5xx other than 503 or no answer: ${loadFailures.length}.\n`,
    );
    return fiveXx === 0 ? 0 : 1;
  } catch (error) {
    process.stderr.write(`hostile-queries: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await served?.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

process.exit(await main());
