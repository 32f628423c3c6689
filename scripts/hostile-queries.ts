/**
 * `tsx scripts/hostile-queries.ts [--corpus DIR]... [--data DIR] [--repeat N]`: times every
 * hostile request of `scripts/soak/hostile-requests.ts` against the real app on 127.0.0.1 (each
 * one sent `--repeat` times, one at a time, with a concurrent `/healthz`) and prints the
 * worst-case table, slowest first, with the event loop's delay while they ran.
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
import { renderTimingTable, timeHostileRequests } from './soak/hostile-timings.js';
import { serveDataFolder, serveIngested, type IngestedApp } from './soak/serve-ingested.js';
import { linkCorpus } from './soak/soak-corpus.js';
import { BUNDLED_CORPUS } from './soak/soak-options.js';

/** Bound on one request, ms. */
const BOUND_MS = 30_000;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { corpus: { type: 'string', multiple: true }, data: { type: 'string' }, repeat: { type: 'string', default: '5' } },
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
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const timings = await timeHostileRequests(served.base, HOSTILE_REQUESTS, repeat, BOUND_MS);
    loop.disable();
    const worst = timings.reduce((a, b) => (Math.max(...b.ms) > Math.max(...a.ms) ? b : a));
    const median = (ms: readonly number[]): number => [...ms].sort((a, b) => a - b)[Math.floor((ms.length - 1) / 2)] ?? 0;
    const slowest = timings.reduce((a, b) => (median(b.ms) > median(a.ms) ? b : a));
    const fiveXx = timings.filter((t) => t.status >= 500);
    process.stdout.write(
      `# Hostile requests: worst-case times\n\n` +
        `${served.kb.documents.size} documents, ${served.kb.incidents.size} incidents; ${HOSTILE_REQUESTS.length} requests x ${repeat}, ` +
        `each with a concurrent /healthz; in-process server on 127.0.0.1; node ${process.version}, load average ${os.loadavg()[0]!.toFixed(2)}.\n\n` +
        `${renderTimingTable(timings)}\n\n` +
        `Worst case: ${worst.name} (${worst.status}) in ${Math.max(...worst.ms).toFixed(1)} ms; ` +
        `slowest by median: ${slowest.name} (${slowest.status}) in ${median(slowest.ms).toFixed(1)} ms. ` +
        `Event loop delay: max ${(loop.max / 1e6).toFixed(1)} ms, p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms. ` +
        `5xx answers: ${fiveXx.length}.\n`,
    );
    return fiveXx.length === 0 ? 0 : 1;
  } catch (error) {
    process.stderr.write(`hostile-queries: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await served?.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

process.exit(await main());
