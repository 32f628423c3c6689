/**
 * One ingest run in a child process, turned into the report's `IngestRun` figures.
 */
import type { IngestRun } from './bench-results.js';
import { runChild } from './run-child.js';
import type { IngestTaskResult } from './task-ingest.js';

/** What to ingest and how. */
export interface IngestInChildInput {
  kind: IngestRun['kind'];
  corpus: string;
  out: string;
  workers: number;
  /** Corpus size in MB (for MB/s). */
  corpusMb: number;
  timeoutMs: number;
  /** Root of the measured code. */
  codeRoot: string;
}

function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Runs the ingest in a fresh process and reports its figures (tokens/s filled in later). */
export async function ingestInChild(input: IngestInChildInput): Promise<IngestRun> {
  const r = await runChild<IngestTaskResult>('ingest', { corpus: input.corpus, out: input.out, workers: input.workers, codeRoot: input.codeRoot }, { timeoutMs: input.timeoutMs });
  const v = r.value;
  return {
    kind: input.kind, workersRequested: input.workers, workers: v.workers, ms: v.ms, wallMs: r.wallMs,
    files: v.counts.files, documents: v.counts.documents,
    docsPerS: round(v.counts.documents / (v.ms / 1000)), mbPerS: round(input.corpusMb / (v.ms / 1000), 2), tokensPerS: null,
    timings: v.timings, counts: { ...v.counts }, upToDate: v.upToDate, maxRssMb: r.maxRssMb,
  };
}
