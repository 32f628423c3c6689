/**
 * The knowledge base as files: writes one generation's documents, incidents, index and manifest
 * (the manifest last, so a generation with a manifest is complete), reads the manifest back with
 * its shape and format version checked, and is the one atomic file writer (a temporary file
 * beside the target, fsync of the file, rename over the target, fsync of the folder), used by
 * the ingest and by exports. The file names are `DATA_FOLDER_LAYOUT`'s.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { FaultlineError } from '../model/diagnostic.js';
import type { KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { IngestManifest } from '../model/manifest.js';
import { DATA_FOLDER_LAYOUT } from './data-folder-layout.js';
import { readRegularFile } from './generation-files.js';
import { writeJsonl } from './jsonl.js';
import { writeSearchTable } from './search-table-file.js';
import { writeSearchTexts } from './search-texts-file.js';

/** `version` of `manifest.json` this Faultline writes and reads. */
export const MANIFEST_VERSION = 1;

/** What one generation of a knowledge base holds. */
export interface KnowledgeBaseContent {
  documents: readonly KnowledgeDocument[];
  incidents: readonly Incident[];
  /** Index files by name inside `index/` (as `buildIndex` returns them). */
  index: Iterable<[string, string]>;
  manifest: IngestManifest;
}

/** fsync(2) one file or folder. */
export async function fsyncPath(target: string): Promise<void> {
  const handle = await open(target, fsConstants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `file` atomically: `write` fills a temporary file beside it, which is flushed (fsync),
 * renamed over `file`, and the folder flushed, so a reader or a crash sees the old file or the
 * whole new one. If `write` throws, the temporary file is removed and `file` is untouched.
 */
export async function writeAtomically<T>(file: string, write: (temporary: string) => Promise<T>): Promise<T> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${randomBytes(3).toString('hex')}`);
  try {
    const result = await write(temporary);
    await fsyncPath(temporary);
    await rename(temporary, file);
    await fsyncPath(path.dirname(file));
    return result;
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes bytes or text to `file` atomically (see `writeAtomically`). */
export async function writeFileAtomic(file: string, content: Uint8Array | string): Promise<void> {
  await writeAtomically(file, async (temporary) => {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
  });
}

/**
 * Writes a knowledge base into the fresh generation folder `dir` (see `writeGeneration`, which
 * flushes and switches it): documents with their search table and texts, incidents, the index, then `extra` (the ingest cache),
 * then the manifest, last.
 */
export async function writeKnowledgeBase(dir: string, content: KnowledgeBaseContent, extra?: (dir: string) => Promise<void>): Promise<void> {
  await writeJsonl(path.join(dir, DATA_FOLDER_LAYOUT.documents), content.documents);
  await writeSearchTable(dir, content.documents);
  await writeSearchTexts(dir, content.documents);
  await writeJsonl(path.join(dir, DATA_FOLDER_LAYOUT.incidents), content.incidents);
  const indexDir = path.join(dir, DATA_FOLDER_LAYOUT.index);
  await mkdir(indexDir, { recursive: true });
  for (const [name, text] of content.index) {
    const target = path.join(indexDir, name);
    await mkdir(path.dirname(target), { recursive: true });
    const handle = await open(target, 'w');
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
  }
  if (extra) await extra(dir);
  const handle = await open(path.join(dir, DATA_FOLDER_LAYOUT.manifest), 'w');
  try {
    await handle.writeFile(`${JSON.stringify(content.manifest, null, 2)}\n`);
  } finally {
    await handle.close();
  }
}

/** A manifest failed its checks: the data folder is broken (status 500, never the client's fault). */
function broken(message: string, cause?: unknown): FaultlineError {
  return new FaultlineError(`data folder: ${message}`, { status: 500, parameter: 'dir', cause });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a parsed `manifest.json` (`file` names it in errors): a manifest of this format version
 * with its counts, errors, clusters, dedupe method, timings and creation time.
 */
export function checkManifest(value: unknown, file: string): IngestManifest {
  if (!isObject(value)) throw broken(`${file} is not a Faultline manifest (${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}); re-run \`faultline ingest\``);
  if (value.version !== MANIFEST_VERSION) {
    throw broken(`${file} has manifest version ${JSON.stringify(value.version)}, this Faultline reads version ${MANIFEST_VERSION}; re-run \`faultline ingest\``);
  }
  for (const [key, ok] of [
    ['counts', isObject(value.counts)],
    ['errors', Array.isArray(value.errors)],
    ['clusters', Array.isArray(value.clusters)],
    ['dedupe', isObject(value.dedupe)],
    ['timings', isObject(value.timings)],
    ['createdAt', typeof value.createdAt === 'string'],
  ] as const) {
    if (!ok) throw broken(`${file} has no valid "${key}"; re-run \`faultline ingest\``);
  }
  const counts = value.counts as Record<string, unknown>;
  for (const key of ['files', 'parsed', 'cached', 'documents', 'duplicates', 'comments', 'incidents', 'errors', 'warnings']) {
    if (!Number.isInteger(counts[key])) throw broken(`${file} has no whole number counts.${key} (found ${JSON.stringify(counts[key])}); re-run \`faultline ingest\``);
  }
  return value as unknown as IngestManifest;
}

/** Reads and checks the manifest of data folder (or generation) `dir` (see `checkManifest`). */
export async function readManifest(dir: string): Promise<IngestManifest> {
  const file = path.join(dir, DATA_FOLDER_LAYOUT.manifest);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file);
  } catch (error) {
    if (error instanceof FaultlineError) throw error;
    throw broken(`cannot read ${file} (${(error as Error).message}); is ${dir} a Faultline data folder?`, error);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw broken(`${file} is not valid JSON (${(error as Error).message}); re-run \`faultline ingest\``, error);
  }
  return checkManifest(parsed, file);
}
