/**
 * `runIngest`: the ingest's former entry point, kept for callers of its flat options (tests,
 * scripts, the benchmark's snapshots of older code); the pipeline itself is `src/pipeline/`
 * (`runPipeline`, the stage list in `stages.ts`).
 */
import { runPipeline, isDataStale as isPipelineStale, type PipelineReport } from '../pipeline/run-pipeline.js';
import type { PipelineOptions } from '../pipeline/pipeline-options.js';
import type { StageProgress } from '../pipeline/run-context.js';
import type { ProviderDomains } from '../rulebook/rule.js';

/** Options of `runIngest`: the pipeline's, with the read and tag options also given flat. */
export interface IngestOptions extends Omit<PipelineOptions, 'read'> {
  read?: PipelineOptions['read'];
  /** Files over this many bytes are skipped with a `too-large` diagnostic (`read.maxFileBytes`). */
  maxFileBytes?: number;
  /** Read symbolic links whose target is outside the corpus folder (`read.followSymlinksOutside`). */
  followSymlinksOutside?: boolean;
  /** Provider domains added to the shipped table (`tag.providerDomains`). */
  providerDomains?: ProviderDomains[];
}

/** Progress of one stage. */
export type IngestProgress = StageProgress;

/** What `runIngest` did. */
export type IngestReport = PipelineReport;

/** The pipeline's options from the flat ones. */
function pipelineOptions(options: IngestOptions): PipelineOptions {
  const { maxFileBytes, followSymlinksOutside, providerDomains, ...rest } = options;
  return {
    ...rest,
    read: { maxFileBytes, followSymlinksOutside, ...options.read },
    tag: { providerDomains, ...options.tag },
  };
}

/** Ingests `options.corpus` into `options.out` (see `runPipeline`). */
export function runIngest(options: IngestOptions): Promise<IngestReport> {
  return runPipeline(pipelineOptions(options));
}

/** True when the data folder is missing or does not reflect the corpus as it is now. */
export function isDataStale(corpus: string, out: string, options: Omit<IngestOptions, 'corpus' | 'out'> = {}): Promise<boolean> {
  return isPipelineStale(pipelineOptions({ ...options, corpus, out }));
}
