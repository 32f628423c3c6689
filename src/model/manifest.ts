import type { Diagnostic } from './diagnostic.js';

/** A set of files merged into one document, as recorded in the manifest. */
export interface DuplicateCluster {
  /** The merged document's id. */
  document: string;
  /** The kept file. */
  kept: string;
  /** The other files with their similarity to the kept text and how they matched. */
  duplicates: { path: string; similarity: number; match: 'exact' | 'near' }[];
}

/** Counts reported at the end of an ingest (also the CLI's one-line summary). */
export interface IngestCounts {
  /** Files found in the corpus folder (all, including those with errors). */
  files: number;
  /** Hidden entries (names starting with a dot, files and folders) skipped without reading (absent in older manifests). */
  hidden?: number;
  /** Files parsed this run (not served from the incremental cache). */
  parsed: number;
  /** Files whose parse result came from the cache (bytes unchanged). */
  cached: number;
  /** Documents in the knowledge base after dedupe. */
  documents: number;
  /** Files merged into another document (exact + near). */
  duplicates: number;
  /** Comments kept (after comment dedupe). */
  comments: number;
  /** Incidents. */
  incidents: number;
  /** Files skipped with a fatal diagnostic. */
  errors: number;
  /** Non-fatal diagnostics. */
  warnings: number;
}

/** `OUT/manifest.json`: what an ingest read, produced and found wrong. */
export interface IngestManifest {
  /** Manifest format version. */
  version: 1;
  /** Faultline version that wrote it. */
  faultline: string;
  /** ISO time the ingest finished. */
  createdAt: string;
  /** Corpus folder as given. */
  corpus: string;
  counts: IngestCounts;
  /** Per-file problems with reasons. */
  errors: Diagnostic[];
  /** Duplicate clusters with their similarity. */
  clusters: DuplicateCluster[];
  /** Near-duplicate method and threshold. */
  dedupe: { method: string; threshold: number; shingle: number; bands: number; rows: number };
  /** Milliseconds spent in each stage. */
  timings: Record<string, number>;
}
