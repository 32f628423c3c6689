/**
 * Bench task: one `runIngest` (cold, warm or after a change) in its own process, timed.
 */
import type { IngestReport } from '../../src/ingest/run-ingest.js';
import { importCode } from './code-snapshot.js';

/** Input of the ingest task. */
export interface IngestTaskInput {
  corpus: string;
  out: string;
  workers: number;
  /** Root of the measured code (default: the working tree). */
  codeRoot?: string;
}

/** What the ingest task reports. */
export interface IngestTaskResult {
  /** Wall time of `runIngest`, ms (module loading excluded). */
  ms: number;
  /** Per-stage times from the report, ms. */
  timings: Record<string, number>;
  counts: IngestReport['manifest']['counts'];
  upToDate: boolean;
  /** Worker threads the ingest used. */
  workers: number;
  /** Root of the measured code (default: the working tree). */
  codeRoot?: string;
}

/** Runs the ingest and reports its time and counts. */
export async function run(input: IngestTaskInput): Promise<IngestTaskResult> {
  const { runIngest } = await importCode<typeof import('../../src/ingest/run-ingest.js')>(input.codeRoot, 'src/ingest/run-ingest.ts');
  const started = performance.now();
  const report = await runIngest({ corpus: input.corpus, out: input.out, workers: input.workers });
  const ms = Math.round(performance.now() - started);
  return { ms, timings: report.manifest.timings, counts: report.manifest.counts, upToDate: report.upToDate, workers: report.workers };
}
