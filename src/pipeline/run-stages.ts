/**
 * The stages of an ingest that has work to do (`runPipeline` found the data folder out of date):
 * read -> parse -> dedupe -> analyze -> incidents -> index -> write, as the stage list of
 * `stages.ts`, with the cache of the previous generation. This module, and with it every stage's
 * code (the parsers, wink-nlp and its model), is loaded only when an ingest has work to do.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { DocumentAnalysis } from '../ingest/document-analysis.js';
import { applyAnalysis } from '../ingest/document-analysis.js';
import { dateDiagnostics, stampIngested } from '../analyze/document-dates.js';
import { precountTerms, type PrecountedTerms } from '../index/build-index.js';
import { ingestDay } from './ingest-day.js';
import type { PreparedFile } from '../ingest/file-preparation.js';
import { readCorpusFile } from '../ingest/read-corpus-file.js';
import type { CorpusEntry, CorpusListing } from '../ingest/read-corpus.js';
import type { ParsedDocument } from '../model/document.js';
import type { IngestManifest } from '../model/manifest.js';
import { writeGeneration } from '../store/data-folder.js';
import { MANIFEST_VERSION, writeKnowledgeBase } from '../store/knowledge-base-folder.js';
import { FAULTLINE_VERSION } from '../version.js';
import { analysisKey, retarget, sameFileState, writeIngestCache, type CachedFileState, type CacheState, type IngestCache } from './ingest-cache.js';
import { PIPELINE_TUNING, type ResolvedPipelineOptions } from './pipeline-options.js';
import type { RunContext } from './run-context.js';
import type { PipelineReport } from './run-pipeline.js';
import { runCorpusStage, runItemStage } from './run-stage.js';
import type { StageKeys, StageOptions } from './stage-options.js';
import { createStages } from './stages.js';
import { createTaskRunner, type TaskRunner } from './worker-pool.js';
import { compareStrings } from '../model/compare-strings.js';

/** What `runPipeline` found before deciding there is work to do. */
export interface StagesInput {
  opts: ResolvedPipelineOptions;
  ctx: RunContext;
  listing: CorpusListing;
  /** Every stage's options and keys. */
  options: StageOptions;
  keys: StageKeys;
  /** Digest of the listing and options (stored in the new cache state). */
  digest: string;
  /** The previous generation's cache (null: none, or `force`). */
  cache: IngestCache | null;
}

/** Runs every stage and writes a new generation. */
export async function runStages(input: StagesInput): Promise<PipelineReport> {
  const { opts, ctx, listing, keys, digest, cache } = input;
  // The index stage's shards go to the pool, started once the files to parse are known.
  let pool: TaskRunner | null = null;
  const stages = createStages(input.options, () => pool!);

  // read (I/O): files whose size, times or inode changed; parse results reused for bytes seen before.
  const known = new Map((cache?.state?.files ?? []).map((f) => [f.path, f]));
  const prepared = new Map<string, PreparedFile>(); // by path
  const fileStates: CachedFileState[] = [];
  const toParse: { path: string; bytes: Uint8Array; sha256: string }[] = [];
  let cachedFiles = 0;
  await ctx.time('read', async () => {
    let done = 0;
    const readOne = async (entry: CorpusEntry): Promise<void> => {
      const previous = known.get(entry.path);
      const hit = previous && sameFileState(previous, entry) ? cache?.prepared.get(previous.sha256) : undefined;
      if (hit && previous) {
        prepared.set(entry.path, retarget(hit, entry.path));
        fileStates.push(previous);
        cachedFiles += 1;
      } else {
        const read = await readCorpusFile(entry, opts.read.maxFileBytes);
        if (read.bytes === null) {
          ctx.report(read.diagnostic);
          return;
        }
        const sha256 = createHash('sha256').update(read.bytes).digest('hex');
        fileStates.push({ path: entry.path, size: entry.size, mtimeMs: entry.mtimeMs, ctimeMs: entry.ctimeMs, ino: entry.ino, sha256 });
        const byHash = cache?.prepared.get(sha256);
        if (byHash) {
          prepared.set(entry.path, retarget(byHash, entry.path));
          cachedFiles += 1;
        } else {
          toParse.push({ path: entry.path, bytes: read.bytes, sha256 });
        }
      }
      done += 1;
      ctx.progress('read', done, listing.entries.length);
    };
    for (let i = 0; i < listing.entries.length; i += PIPELINE_TUNING.readConcurrency) {
      await Promise.all(listing.entries.slice(i, i + PIPELINE_TUNING.readConcurrency).map(readOne));
    }
  });

  pool = createTaskRunner(chooseWorkers(opts.workers, toParse.length));
  try {
    const timeoutMs = opts.fileTimeoutMs;
    await runItemStage(pool, ctx, {
      stage: stages.parse,
      items: toParse,
      batch: PIPELINE_TUNING.parseBatch,
      timeoutMs,
      fileOf: (file) => file.path,
      onOutput: (file, p) => prepared.set(file.path, p),
    });

    const sortedPaths = [...prepared.keys()].sort();
    const documents: ParsedDocument[] = [];
    const signatures = new Map<string, number[]>();
    for (const filePath of sortedPaths) {
      const entry = prepared.get(filePath)!;
      ctx.report(...entry.diagnostics);
      if (entry.document) {
        documents.push(entry.document);
        signatures.set(entry.document.sha256, entry.signature);
      }
    }
    const deduped = await runCorpusStage(ctx, stages.dedupe, { documents, signatures }, documents.length);

    const ingestedAt = ingestDay();
    const analyses = new Map<string, { key: string; analysis: DocumentAnalysis }>();
    const precounted = new Map<string, PrecountedTerms>();
    const pending = deduped.documents.filter((doc) => {
      const key = analysisKey(stages.analyze.cacheKey, doc);
      const hit = cache?.analyzed.get(key);
      if (hit) analyses.set(doc.id, { key, analysis: hit });
      return !hit;
    });
    await runItemStage(pool, ctx, {
      stage: stages.analyze,
      items: pending,
      batch: PIPELINE_TUNING.analyzeBatch,
      timeoutMs,
      // Named by the document's kept file; its duplicates are listed in the manifest's clusters.
      fileOf: (doc) => doc.sources[0]!.path,
      // The record's ingest date: this run's, kept while the analysis comes from the cache.
      // Its index terms are counted now, while the workers analyse the next documents.
      onOutput: (doc, analysis) => {
        const stamped = analysis.dates === undefined ? analysis : { ...analysis, dates: stampIngested(analysis.dates, ingestedAt) };
        analyses.set(doc.id, { key: analysisKey(stages.analyze.cacheKey, doc), analysis: stamped });
        precounted.set(doc.id, precountTerms(applyAnalysis(doc, stamped), opts.index));
      },
      done: deduped.documents.length - pending.length,
      total: deduped.documents.length,
    });
    const analyzed = deduped.documents.filter((doc) => analyses.has(doc.id)).map((doc) => applyAnalysis(doc, analyses.get(doc.id)!.analysis));
    for (const doc of analyzed) ctx.report(...dateDiagnostics(doc));

    const grouped = await runCorpusStage(ctx, stages.incidents, analyzed, analyzed.length);
    const index = await runCorpusStage(ctx, stages.index, { grouped, precounted }, grouped.documents.length);

    const diagnostics = ctx.diagnostics;
    const fatalFiles = new Set(diagnostics.filter((d) => d.fatal).map((d) => d.file));
    const manifest: IngestManifest = {
      version: MANIFEST_VERSION,
      faultline: FAULTLINE_VERSION,
      createdAt: new Date().toISOString(),
      corpus: opts.corpus,
      counts: {
        files: listing.entries.length + new Set(listing.diagnostics.filter((d) => d.fatal).map((d) => d.file)).size,
        hidden: listing.hidden,
        parsed: toParse.length,
        cached: cachedFiles,
        documents: grouped.documents.length,
        duplicates: deduped.clusters.reduce((n, c) => n + c.duplicates.length, 0),
        comments: grouped.documents.reduce((n, d) => n + d.comments.length, 0),
        incidents: grouped.incidents.length,
        errors: fatalFiles.size,
        warnings: diagnostics.filter((d) => !d.fatal).length,
      },
      errors: [...diagnostics].sort((a, b) => compareStrings(a.file, b.file) || compareStrings(a.stage, b.stage)),
      clusters: deduped.clusters,
      dedupe: deduped.method,
      timings: ctx.timings,
    };

    // write (I/O): a new generation, switched in atomically; the manifest (with the write time so far) last.
    const state: CacheState = { version: 2, code: keys.code, parse: keys.parse, listing: digest, files: fileStates.sort((a, b) => compareStrings(a.path, b.path)) };
    const generation = await ctx.time('write', () =>
      writeGeneration(opts.out, async (dir) => {
        ctx.progress('write', 0, 1);
        await writeKnowledgeBase(dir, { documents: grouped.documents, incidents: grouped.incidents, index, manifest: { ...manifest, timings: { ...ctx.timings } } }, (genDir) =>
          writeIngestCache(
            genDir,
            state,
            sortedPaths.map((p) => prepared.get(p)!),
            [...analyses.values()].sort((a, b) => compareStrings(a.key, b.key)),
          ),
        );
        ctx.progress('write', 1, 1);
      }),
    );
    return { manifest, upToDate: false, generation, workers: pool.threads };
  } finally {
    await pool.close();
  }
}

/** Resolves the `workers` option to a thread count. */
function chooseWorkers(requested: number | 'auto', filesToParse: number): number {
  if (requested === 'auto') return filesToParse >= PIPELINE_TUNING.autoWorkerThreshold ? availableParallelism() : 1;
  return requested;
}
