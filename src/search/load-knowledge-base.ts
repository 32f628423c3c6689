/**
 * Loads a knowledge base from a data folder. The folder is a symlink to one generation; it is
 * resolved once and everything is read from the resolved path, so a concurrent ingest switching
 * the link never mixes two generations.
 *
 * Every file is untrusted: read as a regular file (no symbolic link, FIFO or device), checked
 * against the generation's `checksums.json` while it is read (generations written before
 * checksums load unverified, and say so), and its records checked for the fields the search and
 * the pages rely on; the manifest's counts must match the records, every document's incident
 * must exist and every incident's reports must be documents. Anything else is refused with a
 * FaultlineError 500 naming the file.
 *
 * Documents are read from `documents.jsonl` by their line's offsets and parsed on first use
 * (`store/document-lines.ts`; the file is read once at load for its checksum and offsets, and
 * stays open); the search reads the small per-document table of
 * `search-table.json` (`store/search-table-file.ts`) and the texts of `search-texts.jsonl`
 * (`store/search-texts-file.ts`). A generation whose checksums list both loads them and parses
 * no document; an older one (no table, or no checksums, so nothing
 * vouches for the bytes) has every document parsed and checked once at load, its search records
 * derived from them, and is then served the same way.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { readIndex } from '../index/load-index.js';
import { FaultlineError } from '../model/diagnostic.js';
import type { Incident } from '../model/incident.js';
import type { IngestManifest } from '../model/manifest.js';
import type { KnowledgeBase } from '../model/search.js';
import { ChecksumVerifier, openRegularFile, readChecksums } from '../store/generation-files.js';
import { DATA_FOLDER_LAYOUT } from '../store/data-folder-layout.js';
import { DocumentLines, fileReader, forEachDocumentLine, LineScanner, type DocumentLinesOptions, type LineRanges, type LineReader } from '../store/document-lines.js';
import { readJsonlFile } from '../store/jsonl.js';
import { parseSearchTable } from '../store/search-table-file.js';
import { parseSearchTexts } from '../store/search-texts-file.js';
import { checkManifest } from '../store/knowledge-base-folder.js';
import { createSearchEngine, type SearchEngineOptions } from './search-engine.js';
import { searchRecordOf, type SearchRecord } from './search-record.js';
import { searchTextOf, type SearchText } from './search-text.js';

/** Whether each loaded knowledge base's files were checked against checksums (by knowledge base). */
const verifiedLoads = new WeakMap<KnowledgeBase, boolean>();

/** True when `kb` was loaded from a generation whose files matched its `checksums.json`; false for an older generation without one (or one not loaded from files). */
export function loadedVerified(kb: KnowledgeBase): boolean {
  return verifiedLoads.get(kb) ?? false;
}

/** Options of `loadKnowledgeBase`: the search engine's, and how many parsed documents are kept. */
export interface LoadOptions extends SearchEngineOptions {
  documents: Partial<DocumentLinesOptions>;
}

/** Reads `documents.jsonl` (line offsets; documents parsed on use), `search-table.json`, `search-texts.jsonl`, `incidents.jsonl`, `manifest.json` and `index/` of the data folder `dir`. */
export async function loadKnowledgeBase(dir: string, options: Partial<LoadOptions> = {}): Promise<KnowledgeBase> {
  let resolved: string;
  try {
    resolved = await realpath(dir);
  } catch (error) {
    throw new FaultlineError(`search: data folder ${dir} not found (run \`faultline ingest CORPUS --out ${dir}\` first)`, {
      status: 500,
      parameter: 'dir',
      cause: error,
    });
  }
  const verifier = new ChecksumVerifier(resolved, await readChecksums(resolved));
  const manifestFile = path.join(resolved, DATA_FOLDER_LAYOUT.manifest);
  let parsed: unknown;
  try {
    parsed = JSON.parse((await verifier.readFile(DATA_FOLDER_LAYOUT.manifest)).toString('utf8'));
  } catch (error) {
    if (error instanceof FaultlineError) throw error;
    throw broken(`cannot read ${manifestFile} (${(error as Error).message}); is ${dir} a Faultline data folder?`, error);
  }
  const manifest = checkManifest(parsed, manifestFile);
  const documentsFile = path.join(resolved, DATA_FOLDER_LAYOUT.documents);
  const { reader, ranges } = await scanDocuments(verifier, resolved);
  let records: SearchRecord[] = [];
  let texts: SearchText[] = [];
  if (verifier.lists(DATA_FOLDER_LAYOUT.searchTable) && verifier.lists(DATA_FOLDER_LAYOUT.searchTexts)) {
    records = parseSearchTable(await readWhole(verifier, resolved, DATA_FOLDER_LAYOUT.searchTable), path.join(resolved, DATA_FOLDER_LAYOUT.searchTable));
    texts = parseSearchTexts(await readWhole(verifier, resolved, DATA_FOLDER_LAYOUT.searchTexts), path.join(resolved, DATA_FOLDER_LAYOUT.searchTexts));
    if (texts.length !== records.length) {
      throw broken(`${path.join(resolved, DATA_FOLDER_LAYOUT.searchTexts)} holds ${texts.length} documents, the search table ${records.length}; re-run \`faultline ingest\``);
    }
  } else {
    forEachDocumentLine(reader, ranges, documentsFile, checkDocument, (doc) => {
      records.push(searchRecordOf(doc));
      texts.push(searchTextOf(doc));
    });
  }
  const documents = new DocumentLines(reader, ranges, records.map((record) => record.id), documentsFile, checkDocument, options.documents);
  const incidents = await readRecords<Incident>(resolved, DATA_FOLDER_LAYOUT.incidents, verifier, checkIncident);
  checkCounts(manifest, records, incidents, resolved);
  checkLinks(records, incidents, resolved);
  const index = await readIndex(path.join(resolved, DATA_FOLDER_LAYOUT.index), (name) => verifier.readFile(`${DATA_FOLDER_LAYOUT.index}/${name}`));
  const kb = createSearchEngine({ dir: resolved, manifest, documents: { map: documents, records, texts }, incidents, index }, options);
  verifiedLoads.set(kb, verifier.verified);
  return kb;
}

function broken(message: string, cause?: unknown): FaultlineError {
  return new FaultlineError(`search: ${message}`, { status: 500, parameter: 'dir', cause });
}

/**
 * Opens `documents.jsonl` of generation `dir` and reads it once, checked against the checksums,
 * for its line ranges; returns a reader of the open file (closed when the reader is garbage).
 */
async function scanDocuments(verifier: ChecksumVerifier, dir: string): Promise<{ reader: LineReader; ranges: LineRanges }> {
  const name = DATA_FOLDER_LAYOUT.documents;
  const file = path.join(dir, name);
  const handle = await openRegularFile(file);
  try {
    const hash = verifier.track(name);
    const scanner = new LineScanner();
    let bytes = 0;
    for await (const chunk of handle.createReadStream({ highWaterMark: 4 << 20, autoClose: false, start: 0 })) {
      hash?.update(chunk as Buffer);
      scanner.feed(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
    verifier.finish(name, bytes);
    return { reader: fileReader(handle), ranges: scanner.finish() };
  } catch (error) {
    await handle.close();
    if (error instanceof FaultlineError) throw error;
    throw broken(`cannot read ${file} (${(error as Error).message})`, error);
  }
}

/** Reads file `name` of generation `dir` whole, checked against the checksums. */
async function readWhole(verifier: ChecksumVerifier, dir: string, name: string): Promise<Buffer> {
  try {
    return await verifier.readFile(name);
  } catch (error) {
    if (error instanceof FaultlineError) throw error;
    throw broken(`cannot read ${path.join(dir, name)} (${(error as Error).message})`, error);
  }
}

async function readRecords<T>(dir: string, name: string, verifier: ChecksumVerifier, check: (record: unknown) => string | null): Promise<T[]> {
  const file = path.join(dir, name);
  let read: { records: T[]; bytes: number };
  try {
    read = await readJsonlFile<T>(file, { hash: verifier.track(name) });
  } catch (error) {
    if (error instanceof FaultlineError) throw error;
    throw broken(`cannot read ${file} (${(error as Error).message})`, error);
  }
  verifier.finish(name, read.bytes);
  read.records.forEach((record, i) => {
    const problem = check(record);
    if (problem !== null) throw broken(`${file} record ${i + 1} ${problem}; re-run \`faultline ingest\``);
  });
  return read.records;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a document record cannot be served, or null. */
function checkDocument(record: unknown): string | null {
  if (!isObject(record)) return 'is not an object';
  for (const field of ['id', 'text', 'incident'] as const) if (typeof record[field] !== 'string') return `has no ${field}`;
  for (const field of ['sentences', 'layers', 'causes', 'comments', 'sources'] as const) if (!Array.isArray(record[field])) return `(${String(record.id)}) has no ${field} list`;
  if (!isObject(record.summary) || typeof record.summary.text !== 'string') return `(${String(record.id)}) has no summary`;
  return null;
}

/** Why an incident record cannot be served, or null. */
function checkIncident(record: unknown): string | null {
  if (!isObject(record)) return 'is not an object';
  if (typeof record.id !== 'string') return 'has no id';
  for (const field of ['reports', 'layers', 'causes', 'providers'] as const) if (!Array.isArray(record[field])) return `(${record.id}) has no ${field} list`;
  if ((record.reports as unknown[]).length === 0 || (record.reports as unknown[]).some((r) => typeof r !== 'string')) return `(${record.id}) lists no reports`;
  return null;
}

/** The manifest's counts must be the records': a truncated file that still parses is refused. */
function checkCounts(manifest: IngestManifest, documents: readonly SearchRecord[], incidents: readonly Incident[], dir: string): void {
  const expected = manifest.counts as unknown as Record<string, unknown>;
  for (const [name, records] of [['documents', documents], ['incidents', incidents]] as const) {
    if (typeof expected[name] === 'number' && expected[name] !== records.length) {
      throw broken(`${path.join(dir, `${name}.jsonl`)} holds ${records.length} ${name}, the manifest counts ${String(expected[name])} (truncated?); re-run \`faultline ingest\``);
    }
  }
}

/** Every document's incident must exist, and every incident's reports must be documents. */
function checkLinks(documents: readonly SearchRecord[], incidents: readonly Incident[], dir: string): void {
  const incidentIds = new Set(incidents.map((incident) => incident.id));
  const documentIds = new Set(documents.map((doc) => doc.id));
  const orphan = documents.find((doc) => !incidentIds.has(doc.incident));
  if (orphan !== undefined) {
    throw broken(`${path.join(dir, DATA_FOLDER_LAYOUT.documents)}: document ${orphan.id} points at incident ${orphan.incident}, which ${path.join(dir, DATA_FOLDER_LAYOUT.incidents)} lacks`);
  }
  for (const incident of incidents) {
    const missing = incident.reports.find((id) => !documentIds.has(id));
    if (missing !== undefined) throw broken(`${path.join(dir, DATA_FOLDER_LAYOUT.incidents)}: incident ${incident.id} lists report ${missing}, which is not a document`);
  }
}
