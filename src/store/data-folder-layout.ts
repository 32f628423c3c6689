/**
 * The layout of a data folder (one generation): every file and folder name, spelled once. The
 * writer (`knowledge-base-folder.ts`), the generation switch (`data-folder.ts`), the checksums
 * (`generation-files.ts`) and the ingest cache read their names from here.
 */

/** Every name inside a data-folder generation, relative to it (with `/`). */
export const DATA_FOLDER_LAYOUT = Object.freeze({
  /** One `KnowledgeDocument` a line, sorted by id. */
  documents: 'documents.jsonl',
  /** The search record of every document, in `documents` order (`search-table-file.ts`; absent in generations written before it). */
  searchTable: 'search-table.json',
  /** The search texts of every document, in `documents` order (`search-texts-file.ts`; absent in generations written before it). */
  searchTexts: 'search-texts.jsonl',
  /** One `Incident` a line, sorted by id. */
  incidents: 'incidents.jsonl',
  /** Counts, per-file errors, clusters, dedupe method, timings; written last. */
  manifest: 'manifest.json',
  /** The serialized search index (its own format version in `index/meta.json`). */
  index: 'index',
  /** SHA-256 and size of every other file, written after the build and before the switch. */
  checksums: 'checksums.json',
  /** The incremental-ingest cache folder. */
  cache: 'cache',
  /** The cache's state: code and stage keys, listing digest, every file's size, times and hash. */
  cacheState: 'cache/state.json',
  /** Parse results by the SHA-256 of a file's bytes. */
  cachePrepared: 'cache/prepared.jsonl',
  /** Analyses by their analysis key. */
  cacheAnalyzed: 'cache/analyzed.jsonl',
});
