/**
 * The incremental-ingest cache, kept in the data folder's `cache/` (so it is switched in
 * atomically with the data it describes):
 *
 * - `state.json`: the code fingerprint and every file's path, size, times, inode and SHA-256, so
 *   a file whose size, modification and status-change times and inode are unchanged is not even
 *   read again (the status-change time moves whenever the bytes change, even when the
 *   modification time is put back, so a same-size edit is always read and hashed again);
 * - `prepared.jsonl`: each file's parse result (normalised document, signature, diagnostics) by
 *   the SHA-256 of its bytes, so unchanged bytes are not parsed again;
 * - `analyzed.jsonl`: each document's analysis by a key over the analysed fields, so an
 *   unchanged document is not analysed again.
 *
 * The cache is used only when it was written by the same code (`codeFingerprint`); parse results
 * only when the parse stage's key (its code and options) is the same, and analyses are keyed by the
 * analyze stage's key. File names are `DATA_FOLDER_LAYOUT`'s.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentAnalysis } from '../ingest/document-analysis.js';
import type { PreparedFile } from '../ingest/file-preparation.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { IngestedDocument } from '../model/document.js';
import { DATA_FOLDER_LAYOUT } from '../store/data-folder-layout.js';
import { readJsonl, writeJsonl } from '../store/jsonl.js';

/** What the cache remembers of one corpus file. */
export interface CachedFileState {
  path: string;
  size: number;
  mtimeMs: number;
  /** Status-change time (cannot be set back by a user, unlike the modification time). */
  ctimeMs: number;
  ino: number;
  sha256: string;
}

/** True when a listed file is, by its size, times and inode, the file the cache read before. */
export function sameFileState(previous: Omit<CachedFileState, 'sha256'>, now: Omit<CachedFileState, 'sha256'>): boolean {
  return previous.size === now.size && previous.mtimeMs === now.mtimeMs && previous.ctimeMs === now.ctimeMs && previous.ino === now.ino;
}

/** `cache/state.json`. */
export interface CacheState {
  version: 2;
  /** Code fingerprint that wrote the cache. */
  code: string;
  /** Key of the parse stage (code and options) whose results `prepared.jsonl` holds. */
  parse: string;
  /** Digest of the corpus listing (paths, sizes, times, inodes, read diagnostics) and the options. */
  listing: string;
  files: CachedFileState[];
}

/** A loaded cache (empty when there is none or it was written by other code). */
export interface IngestCache {
  state: CacheState | null;
  prepared: Map<string, PreparedFile>;
  analyzed: Map<string, DocumentAnalysis>;
}

/** The cache state of data folder `dir` (`state.json` alone), or null when absent, unreadable or written by other code. */
export async function readCacheState(dir: string, code: string): Promise<CacheState | null> {
  try {
    // Read as untrusted: a cache of another version or code is not used.
    const found = JSON.parse(await readFile(path.join(dir, DATA_FOLDER_LAYOUT.cacheState), 'utf8')) as Partial<CacheState> | null;
    return found?.version === 2 && found.code === code ? (found as CacheState) : null;
  } catch {
    return null;
  }
}

/**
 * Loads the rest of the cache of data folder `dir` whose `state` was read (`readCacheState`); an
 * empty cache when there is no state or the files are unreadable; parse results are dropped when
 * `parse` (the parse stage's key) differs. Only an ingest with work to do loads it.
 */
export async function loadIngestCache(dir: string, keys: { parse: string }, state: CacheState | null): Promise<IngestCache> {
  const empty: IngestCache = { state: null, prepared: new Map(), analyzed: new Map() };
  if (state === null) return empty;
  try {
    const prepared = new Map<string, PreparedFile>();
    if (state.parse === keys.parse) {
      for (const entry of await readJsonl<PreparedFile>(path.join(dir, DATA_FOLDER_LAYOUT.cachePrepared))) prepared.set(entry.sha256, entry);
    }
    const analyzed = new Map<string, DocumentAnalysis>();
    for (const entry of await readJsonl<{ key: string; analysis: DocumentAnalysis }>(path.join(dir, DATA_FOLDER_LAYOUT.cacheAnalyzed))) {
      analyzed.set(entry.key, entry.analysis);
    }
    return { state, prepared, analyzed };
  } catch {
    return empty;
  }
}

/** Writes the cache into generation folder `dir`. */
export async function writeIngestCache(
  dir: string,
  state: CacheState,
  prepared: Iterable<PreparedFile>,
  analyzed: Iterable<{ key: string; analysis: DocumentAnalysis }>,
): Promise<void> {
  await mkdir(path.join(dir, DATA_FOLDER_LAYOUT.cache), { recursive: true });
  await writeFile(path.join(dir, DATA_FOLDER_LAYOUT.cacheState), `${JSON.stringify(state)}\n`);
  await writeJsonl(path.join(dir, DATA_FOLDER_LAYOUT.cachePrepared), prepared);
  await writeJsonl(path.join(dir, DATA_FOLDER_LAYOUT.cacheAnalyzed), analyzed);
}

/** The key under which a document's analysis is cached: the analyze stage's key plus every analysed field. */
export function analysisKey(stageKey: string, doc: IngestedDocument): string {
  return createHash('sha256')
    .update(stageKey)
    .update(
      JSON.stringify([
        doc.text,
        doc.title,
        doc.published,
        doc.company,
        doc.product,
        doc.startTime,
        doc.comments.map((c) => [c.id, c.text]),
      ]),
    )
    .digest('hex');
}

/** Digest of a corpus listing and its read diagnostics, to tell whether anything changed. */
export function listingDigest(files: readonly Omit<CachedFileState, 'sha256'>[], diagnostics: readonly Diagnostic[], options: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(files.map((f) => [f.path, f.size, f.mtimeMs, f.ctimeMs, f.ino])))
    .update(JSON.stringify(diagnostics.map((d) => [d.file, d.code])))
    .update(JSON.stringify(options))
    .digest('hex');
}

/** Re-targets a cached prepared file to another path (same bytes found under a new name). */
export function retarget(prepared: PreparedFile, filePath: string): PreparedFile {
  if (prepared.document?.path === filePath || prepared.document === null) {
    return { ...prepared, diagnostics: prepared.diagnostics.map((d) => ({ ...d, file: filePath })) };
  }
  return {
    ...prepared,
    document: { ...prepared.document, path: filePath },
    diagnostics: prepared.diagnostics.map((d) => ({ ...d, file: filePath })),
  };
}
