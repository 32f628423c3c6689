/**
 * `runPipeline`: an ingest, from a corpus folder to a new data-folder generation, as the stage
 * list of `stages.ts` (read -> parse -> dedupe -> analyze -> incidents -> index -> write) with
 * one run context collecting diagnostics, progress and timings.
 *
 * Unchanged files are neither read nor parsed again, unchanged documents are not analysed again
 * (the cache in the previous generation, keyed by each stage's code and options), and when
 * nothing at all changed nothing is rewritten. Bad files become diagnostics in the manifest; only
 * an unreadable corpus folder or bad options throw. Every file and document is isolated by the
 * runner (`run-stage.ts`). The up-to-date check reads the listing and the cache's state alone and
 * loads none of the stages' code; the stages (`run-stages.ts`) are loaded when there is work.
 */
import path from 'node:path';
import { listCorpus } from '../ingest/read-corpus.js';
import type { IngestManifest } from '../model/manifest.js';
import { dataFolderExists, resolveGeneration } from '../store/data-folder.js';
import { DATA_FOLDER_LAYOUT } from '../store/data-folder-layout.js';
import { readManifest } from '../store/knowledge-base-folder.js';
import { listingDigest, loadIngestCache, readCacheState } from './ingest-cache.js';
import { resolvePipelineOptions, type PipelineOptions } from './pipeline-options.js';
import { RunContext } from './run-context.js';
import { stageKeys, stageOptions } from './stage-options.js';

/** What `runPipeline` did. */
export interface PipelineReport {
  manifest: IngestManifest;
  /** True when nothing changed since the last ingest, so nothing was rewritten. */
  upToDate: boolean;
  /** The generation folder written (or the current one when up to date). */
  generation: string;
  /** Worker threads used (0: main thread). */
  workers: number;
}

/** Ingests `options.corpus` into `options.out`. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineReport> {
  const opts = resolvePipelineOptions(options);
  const ctx = new RunContext(options.onProgress);
  const listing = await ctx.time('list', () => listCorpus(opts.corpus, opts.read));
  ctx.report(...listing.diagnostics);

  const built = stageOptions(opts);
  const keys = stageKeys(built);
  // Up to date: only the cache's state is read, and no stage's code is loaded.
  const state = opts.force || !(await dataFolderExists(opts.out)) ? null : await readCacheState(opts.out, keys.code);
  const digest = listingDigest(listing.entries, listing.diagnostics, { ...opts.read, hidden: listing.hidden, stages: keys.all });
  if (state?.listing === digest) {
    const manifest = await readManifest(opts.out).catch(() => null);
    if (manifest !== null) return { manifest, upToDate: true, generation: await resolveGeneration(opts.out), workers: 0 };
  }
  const cache = opts.force || state === null ? null : await loadIngestCache(opts.out, keys, state);
  const { runStages } = await import('./run-stages.js');
  return runStages({ opts, ctx, listing, options: built, keys, digest, cache });
}


/** True when the data folder is missing or does not reflect the corpus, read with these options, as it is now. */
export async function isDataStale(options: PipelineOptions): Promise<boolean> {
  const opts = resolvePipelineOptions(options);
  if (!(await dataFolderExists(path.join(opts.out, DATA_FOLDER_LAYOUT.manifest)))) return true;
  const keys = stageKeys(stageOptions(opts));
  const state = await readCacheState(opts.out, keys.code);
  if (state === null) return true;
  const listing = await listCorpus(opts.corpus, opts.read);
  return state.listing !== listingDigest(listing.entries, listing.diagnostics, { ...opts.read, hidden: listing.hidden, stages: keys.all });
}
