/**
 * `runIngest`: the whole ingestion, from a corpus folder to a new data-folder generation.
 *
 *   read -> prepare (parse + normalise + signature, per file, in workers)
 *        -> dedupe (whole corpus) -> analyse + tag (per document, in workers)
 *        -> incidents -> index (shards built in workers) -> write (atomic generation switch)
 *
 * Unchanged files are neither read nor parsed again, unchanged documents are not analysed again
 * (the cache in the previous generation), and when nothing at all changed nothing is rewritten.
 * Bad files become diagnostics in the manifest; only an unreadable corpus folder throws.
 *
 * Every file and document is isolated: one whose parsing or analysis throws, or (in worker
 * threads) runs past `fileTimeoutMs`, becomes a diagnostic naming the file (`parse-failed`,
 * `analyze-failed`, `timed-out`) and the others are written. A batch that fails or runs past the
 * budget is run again one file at a time, so only the culprit is lost. A document whose id
 * another document already has is refused (`duplicate-id`) instead of aborting the index build.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dedupeDocuments } from '../dedupe/dedupe-documents.js';
import { groupIncidents } from '../incidents/group-incidents.js';
import { buildIndexConcurrently } from '../index/build-index.js';
import { FaultlineError, type Diagnostic } from '../model/diagnostic.js';
import type { AnalyzedDocument, IngestedDocument, ParsedDocument } from '../model/document.js';
import type { IngestManifest } from '../model/manifest.js';
import type { ProviderDomains } from '../rulebook/rule.js';
import { dataFolderExists, writeGeneration } from '../store/data-folder.js';
import { writeJsonl } from '../store/jsonl.js';
import { FAULTLINE_VERSION } from '../version.js';
import { codeFingerprint } from './code-fingerprint.js';
import { applyAnalysis, type DocumentAnalysis } from './document-analysis.js';
import type { PreparedFile } from './file-preparation.js';
import type { AnalysisOutcome } from './pipeline-worker.js';
import {
  analysisKey,
  listingDigest,
  loadIngestCache,
  retarget,
  sameFileState,
  writeIngestCache,
  type CachedFileState,
  type CacheState,
} from './ingest-cache.js';
import { readCorpusFile } from './read-corpus-file.js';
import { listCorpus, type CorpusEntry } from './read-corpus.js';
import { refuseDuplicateIds } from './refuse-duplicate-ids.js';
import { runIsolated } from './run-isolated.js';
import { createTaskRunner, TaskTimeoutError } from './worker-pool.js';

/** Options of `runIngest`; defaults in `INGEST_DEFAULTS`. */
export interface IngestOptions {
  /** Corpus folder to read. */
  corpus: string;
  /** Data folder to write (a symlink to the current generation). */
  out: string;
  /** Files over this many bytes are skipped with a `too-large` diagnostic. */
  maxFileBytes?: number;
  /** Read symbolic links whose target is outside the corpus folder (refused by default). */
  followSymlinksOutside?: boolean;
  /** Time budget of one file's parsing and of one document's analysis, in worker threads (ms). */
  fileTimeoutMs?: number;
  /**
   * Worker threads; `'auto'` uses every core for large corpora and one thread for small ones (not
   * the main thread: the per-file time budget can only stop work in a thread). 0: the main thread,
   * with no time budget.
   */
  workers?: number | 'auto';
  /** Ignore the cache: parse and analyse everything again. */
  force?: boolean;
  /** Provider domains added to the shipped table (a report on one of them is the provider's own). */
  providerDomains?: ProviderDomains[];
  /** Called as work advances (for progress bars). */
  onProgress?: (progress: IngestProgress) => void;
}

/** Progress of one stage. */
export interface IngestProgress {
  stage: 'read' | 'parse' | 'dedupe' | 'analyze' | 'incidents' | 'index' | 'write';
  done: number;
  total: number;
}

/** What `runIngest` did. */
export interface IngestReport {
  manifest: IngestManifest;
  /** True when nothing changed since the last ingest, so nothing was rewritten. */
  upToDate: boolean;
  /** The generation folder written (or the current one when up to date). */
  generation: string;
  /** Worker threads used (0: main thread). */
  workers: number;
}

/** Defaults of `IngestOptions`, in one place. */
export const INGEST_DEFAULTS = {
  maxFileBytes: 10 * 1024 * 1024,
  followSymlinksOutside: false,
  fileTimeoutMs: 30_000,
  workers: 'auto' as const,
  /** Below this many files to process, `'auto'` starts one worker thread, not one per core (start-up costs more). */
  autoWorkerThreshold: 48,
  prepareBatch: 16,
  analyzeBatch: 8,
  readConcurrency: 32,
};

/** Ingests `options.corpus` into `options.out`. */
export async function runIngest(options: IngestOptions): Promise<IngestReport> {
  const maxFileBytes = options.maxFileBytes ?? INGEST_DEFAULTS.maxFileBytes;
  if (!Number.isFinite(maxFileBytes) || maxFileBytes <= 0) {
    throw new FaultlineError(`ingest: --max-file-size must be a positive number of bytes, got ${String(options.maxFileBytes)}`, {
      parameter: 'maxFileBytes',
    });
  }
  const fileTimeoutMs = options.fileTimeoutMs ?? INGEST_DEFAULTS.fileTimeoutMs;
  if (!Number.isFinite(fileTimeoutMs) || fileTimeoutMs <= 0) {
    throw new FaultlineError(`ingest: --file-timeout must be a positive number of seconds, got ${String(fileTimeoutMs / 1000)}`, {
      parameter: 'fileTimeoutMs',
    });
  }
  const followSymlinksOutside = options.followSymlinksOutside ?? INGEST_DEFAULTS.followSymlinksOutside;
  const progress = options.onProgress ?? (() => undefined);
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, fn: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] = Math.round((performance.now() - start) * 10) / 10;
    }
  };

  const providerDomains = options.providerDomains ?? [];
  // Reading with other provider domains reads reports differently: the cache is keyed by them too.
  const code = ingestFingerprint(providerDomains);
  const listing = await time('list', () => listCorpus(options.corpus, { maxFileBytes, followSymlinksOutside }));
  const diagnostics: Diagnostic[] = [...listing.diagnostics];

  const hadData = await dataFolderExists(options.out);
  const cache = options.force || !hadData ? null : await loadIngestCache(options.out, code);
  const digest = listingDigest(listing.entries, listing.diagnostics, { maxFileBytes, followSymlinksOutside, hidden: listing.hidden });
  if (cache?.state && cache.state.listing === digest) {
    const manifest = JSON.parse(await readFile(path.join(options.out, 'manifest.json'), 'utf8')) as IngestManifest;
    return { manifest, upToDate: true, generation: await realpath(options.out), workers: 0 };
  }

  // Read files whose size, times or inode changed; reuse parse results for bytes seen before.
  const known = new Map((cache?.state?.files ?? []).map((f) => [f.path, f]));
  const prepared = new Map<string, PreparedFile>(); // by path
  const fileStates: CachedFileState[] = [];
  const toPrepare: { path: string; bytes: Uint8Array; sha256: string }[] = [];
  let cachedFiles = 0;
  await time('read', async () => {
    const total = listing.entries.length;
    let done = 0;
    const readOne = async (entry: CorpusEntry): Promise<void> => {
      const previous = known.get(entry.path);
      const hit = previous && sameFileState(previous, entry) ? cache?.prepared.get(previous.sha256) : undefined;
      if (hit && previous) {
        prepared.set(entry.path, retarget(hit, entry.path));
        fileStates.push(previous);
        cachedFiles += 1;
      } else {
        const read = await readCorpusFile(entry, maxFileBytes);
        if (read.bytes === null) {
          diagnostics.push(read.diagnostic);
          return;
        }
        const bytes = read.bytes;
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        fileStates.push({ path: entry.path, size: entry.size, mtimeMs: entry.mtimeMs, ctimeMs: entry.ctimeMs, ino: entry.ino, sha256 });
        const byHash = cache?.prepared.get(sha256);
        if (byHash) {
          prepared.set(entry.path, retarget(byHash, entry.path));
          cachedFiles += 1;
        } else {
          toPrepare.push({ path: entry.path, bytes, sha256 });
        }
      }
      done += 1;
      progress({ stage: 'read', done, total });
    };
    for (let i = 0; i < listing.entries.length; i += INGEST_DEFAULTS.readConcurrency) {
      await Promise.all(listing.entries.slice(i, i + INGEST_DEFAULTS.readConcurrency).map(readOne));
    }
  });

  const workers = chooseWorkers(options.workers ?? INGEST_DEFAULTS.workers, toPrepare.length);
  const runner = createTaskRunner(workers);
  try {
    await time('parse', async () => {
      let done = 0;
      await runIsolated(
        runner,
        toPrepare,
        INGEST_DEFAULTS.prepareBatch,
        fileTimeoutMs,
        (files) => ({ kind: 'prepare', files }),
        (result) => {
          if (result.kind !== 'prepare') throw new Error('ingest: worker answered the wrong task kind');
          return result.prepared;
        },
        (file, p) => {
          prepared.set(file.path, p);
          done += 1;
          progress({ stage: 'parse', done, total: toPrepare.length });
        },
        (file, error) => {
          const timedOut = error instanceof TaskTimeoutError;
          const reason = timedOut ? `parsing ${error.message} (the per-file time budget); stopped` : `parser failed: ${messageOf(error)}`;
          diagnostics.push({ file: file.path, stage: 'parse', code: timedOut ? 'timed-out' : 'parse-failed', reason, fatal: true });
          done += 1;
        },
      );
    });

    const sortedPaths = [...prepared.keys()].sort();
    const parsedDocuments: ParsedDocument[] = [];
    const signatures = new Map<string, number[]>();
    for (const filePath of sortedPaths) {
      const entry = prepared.get(filePath)!;
      diagnostics.push(...entry.diagnostics);
      if (entry.document) {
        parsedDocuments.push(entry.document);
        signatures.set(entry.document.sha256, entry.signature);
      }
    }

    const deduped = await time('dedupe', () => {
      progress({ stage: 'dedupe', done: 0, total: parsedDocuments.length });
      const result = dedupeDocuments(parsedDocuments, { signatures });
      return { ...result, documents: refuseDuplicateIds(result.documents, diagnostics) };
    });

    const analyses = new Map<string, { key: string; analysis: DocumentAnalysis }>();
    const analyzed: AnalyzedDocument[] = await time('analyze', async () => {
      const pending = deduped.documents.filter((doc) => {
        const key = analysisKey(code, doc);
        const hit = cache?.analyzed.get(key);
        if (hit) analyses.set(doc.id, { key, analysis: hit });
        return !hit;
      });
      let done = deduped.documents.length - pending.length;
      const total = deduped.documents.length;
      progress({ stage: 'analyze', done, total });
      const failed = (doc: IngestedDocument, reason: string, timedOut: boolean): void => {
        // Named by the document's kept file; its duplicates are listed in the manifest's clusters.
        diagnostics.push({ file: doc.sources[0]!.path, stage: 'analyze', code: timedOut ? 'timed-out' : 'analyze-failed', reason, fatal: true });
      };
      await runIsolated(
        runner,
        pending,
        INGEST_DEFAULTS.analyzeBatch,
        fileTimeoutMs,
        (documents) => ({ kind: 'analyze', documents, providers: providerDomains }),
        (result): AnalysisOutcome[] => {
          if (result.kind !== 'analyze') throw new Error('ingest: worker answered the wrong task kind');
          return result.analyses;
        },
        (doc, outcome) => {
          if (outcome.analysis !== undefined) analyses.set(doc.id, { key: analysisKey(code, doc), analysis: outcome.analysis });
          else failed(doc, `analysis failed: ${outcome.error}`, false);
          done += 1;
          progress({ stage: 'analyze', done, total });
        },
        (doc, error) => {
          const timedOut = error instanceof TaskTimeoutError;
          failed(doc, timedOut ? `analysis ${error.message} (the per-file time budget); stopped` : `analysis failed: ${messageOf(error)}`, timedOut);
          done += 1;
        },
      );
      return deduped.documents.filter((doc) => analyses.has(doc.id)).map((doc) => applyAnalysis(doc, analyses.get(doc.id)!.analysis));
    });

    const grouped = await time('incidents', () => {
      progress({ stage: 'incidents', done: 0, total: analyzed.length });
      return groupIncidents(analyzed);
    });
    const indexFiles = await time('index', () => {
      progress({ stage: 'index', done: 0, total: grouped.documents.length });
      // Shards are built in the worker pool, one task each, so every core builds one.
      return buildIndexConcurrently(grouped.documents, grouped.incidents, {}, async (entries) => {
        const result = await runner.run({ kind: 'index-shard', entries });
        if (result.kind !== 'index-shard') throw new Error('ingest: worker answered the wrong task kind');
        return result.content;
      });
    });

    const fatalFiles = new Set(diagnostics.filter((d) => d.fatal).map((d) => d.file));
    const manifest: IngestManifest = {
      version: 1,
      faultline: FAULTLINE_VERSION,
      createdAt: new Date().toISOString(),
      corpus: options.corpus,
      counts: {
        files: listing.entries.length + new Set(listing.diagnostics.filter((d) => d.fatal).map((d) => d.file)).size,
        hidden: listing.hidden,
        parsed: toPrepare.length,
        cached: cachedFiles,
        documents: grouped.documents.length,
        duplicates: deduped.clusters.reduce((n, c) => n + c.duplicates.length, 0),
        comments: grouped.documents.reduce((n, d) => n + d.comments.length, 0),
        incidents: grouped.incidents.length,
        errors: fatalFiles.size,
        warnings: diagnostics.filter((d) => !d.fatal).length,
      },
      errors: diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.stage.localeCompare(b.stage)),
      clusters: deduped.clusters,
      dedupe: deduped.method,
      timings,
    };

    const state: CacheState = { version: 1, code, listing: digest, files: fileStates.sort((a, b) => a.path.localeCompare(b.path)) };
    const generation = await time('write', () =>
      writeGeneration(options.out, async (dir) => {
        progress({ stage: 'write', done: 0, total: 1 });
        await writeJsonl(path.join(dir, 'documents.jsonl'), grouped.documents);
        await writeJsonl(path.join(dir, 'incidents.jsonl'), grouped.incidents);
        for (const [name, content] of indexFiles) {
          const target = path.join(dir, 'index', name);
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, content);
        }
        await writeIngestCache(
          dir,
          state,
          sortedPaths.map((p) => prepared.get(p)!),
          [...analyses.values()].sort((a, b) => a.key.localeCompare(b.key)),
        );
        await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify({ ...manifest, timings }, null, 2)}\n`);
        progress({ stage: 'write', done: 1, total: 1 });
      }),
    );
    manifest.timings = timings;
    return { manifest, upToDate: false, generation, workers: runner.threads };
  } finally {
    await runner.close();
  }
}

/** True when the data folder is missing or does not reflect the corpus as it is now. */
export async function isDataStale(
  corpus: string,
  out: string,
  options: Pick<IngestOptions, 'maxFileBytes' | 'providerDomains' | 'followSymlinksOutside'> = {},
): Promise<boolean> {
  if (!(await dataFolderExists(path.join(out, 'manifest.json')))) return true;
  const cache = await loadIngestCache(out, ingestFingerprint(options.providerDomains ?? []));
  if (!cache.state) return true;
  const maxFileBytes = options.maxFileBytes ?? INGEST_DEFAULTS.maxFileBytes;
  const followSymlinksOutside = options.followSymlinksOutside ?? INGEST_DEFAULTS.followSymlinksOutside;
  const listing = await listCorpus(corpus, { maxFileBytes, followSymlinksOutside });
  return cache.state.listing !== listingDigest(listing.entries, listing.diagnostics, { maxFileBytes, followSymlinksOutside, hidden: listing.hidden });
}

/** The message of a thrown value. */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The code fingerprint, and the provider domains the reading was given. */
function ingestFingerprint(providerDomains: readonly ProviderDomains[]): string {
  if (providerDomains.length === 0) return codeFingerprint();
  return `${codeFingerprint()}+${createHash('sha256').update(JSON.stringify(providerDomains)).digest('hex').slice(0, 16)}`;
}

/** Resolves the `workers` option to a thread count. */
function chooseWorkers(requested: number | 'auto', filesToParse: number): number {
  if (requested === 'auto') return filesToParse >= INGEST_DEFAULTS.autoWorkerThreshold ? availableParallelism() : 1;
  if (!Number.isInteger(requested) || requested < 0) {
    throw new FaultlineError(`ingest: --workers must be a whole number >= 0 or "auto", got ${String(requested)}`, { parameter: 'workers' });
  }
  return requested;
}
