/**
 * Builds the search index at ingest time: documents are hash-partitioned into shards of at most
 * `shardSize` documents, each shard is written directly in the inverted format of
 * `index-format.ts` (per term, the documents and lunr's BM25 weights; `build-shard.ts`) over the
 * fields of `index-fields.ts` with the shared pipeline of `lunr-pipeline.ts`. The result is the
 * set of files to write into the data folder's `index/` subfolder.
 */
import lunr from 'lunr';
import type { AnalyzedDocument } from '../model/document.js';
import { FaultlineError } from '../model/diagnostic.js';
import type { Incident } from '../model/incident.js';
import { parseJsonObject, type Unverified } from '../model/unverified.js';
import { buildShard, buildShardFromTerms, documentTerms, type DocumentTerms, type ShardEntry } from './build-shard.js';
import { INDEX_FIELDS, indexedFields, type FieldLimits, type IndexedFields } from './index-fields.js';
import {
  documentsDigest,
  INDEX_FORMAT,
  INDEX_FORMAT_VERSION,
  META_FILE,
  sha256,
  shardFileName,
  shardOf,
  type IndexFiles,
  type IndexMeta,
  type ShardMeta,
} from './index-format.js';

/** Options of `buildIndex`. */
export interface IndexOptions extends FieldLimits {
  /** Most documents per shard (the shard count is `ceil(documents / shardSize)`). */
  shardSize: number;
  /** The files of a previous index: shards whose indexed content is unchanged are reused, not rebuilt. */
  previous?: IndexFiles;
}

/** Defaults of `IndexOptions`. */
export const DEFAULT_INDEX_OPTIONS: Readonly<IndexOptions> = {
  shardSize: 5000,
  maxTextChars: 60_000,
  maxCommentChars: 4_000,
};

/** The shards of an index to build: each shard's entries, and the content of shards reused from a previous index. */
interface IndexPlan {
  options: IndexOptions;
  /** Document count and digest of the ids. */
  documents: number;
  documentsDigest: string;
  /** Per shard: its entries (sorted by id), fingerprint, and the previous content when it can be reused. */
  shards: { file: string; entries: ShardEntry[]; fingerprint: string; reused: string | null }[];
}

/** Checks the options and documents, partitions the documents into shards and finds the reusable ones. */
function planIndex(documents: readonly AnalyzedDocument[], options: Partial<IndexOptions> = {}): IndexPlan {
  const opts: IndexOptions = { ...DEFAULT_INDEX_OPTIONS, ...options };
  if (!Number.isInteger(opts.shardSize) || opts.shardSize < 1) {
    throw new FaultlineError(`buildIndex: option shardSize must be a positive integer, got ${String(opts.shardSize)}`, { parameter: 'shardSize' });
  }
  const ids = new Set<string>();
  for (const doc of documents) {
    if (ids.has(doc.id)) throw new FaultlineError(`buildIndex: duplicate document id "${doc.id}"`, { parameter: 'documents' });
    ids.add(doc.id);
  }

  const shardCount = Math.max(1, Math.ceil(documents.length / opts.shardSize));
  const partitions: ShardEntry[][] = Array.from({ length: shardCount }, () => []);
  for (const doc of [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    partitions[shardOf(doc.id, shardCount)]?.push({ id: doc.id, fields: indexedFields(doc, opts) });
  }
  const previous = previousShards(opts.previous, shardCount);
  return {
    options: opts,
    documents: documents.length,
    documentsDigest: documentsDigest(ids),
    shards: partitions.map((entries, n) => {
      const file = shardFileName(n);
      const fingerprint = shardFingerprint(entries, opts);
      const reused = previous.get(file);
      return { file, entries, fingerprint, reused: reused?.fingerprint === fingerprint ? reused.content : null };
    }),
  };
}

/** The index files of a plan whose shards are built: `contents[n]` is shard n's file content. */
function assembleIndex(plan: IndexPlan, contents: readonly string[], incidents: readonly Incident[]): IndexFiles {
  const files: IndexFiles = new Map();
  const shards: ShardMeta[] = plan.shards.map((shard, n) => {
    const content = contents[n]!;
    files.set(shard.file, content);
    return { file: shard.file, documents: shard.entries.length, bytes: Buffer.byteLength(content), sha256: sha256(content), fingerprint: shard.fingerprint };
  });
  const meta: IndexMeta = {
    format: INDEX_FORMAT,
    version: INDEX_FORMAT_VERSION,
    lunr: lunr.version,
    fields: INDEX_FIELDS.map((f) => ({ ...f })),
    maxTextChars: plan.options.maxTextChars,
    maxCommentChars: plan.options.maxCommentChars,
    documents: plan.documents,
    incidents: incidents.length,
    documentsDigest: plan.documentsDigest,
    shards,
  };
  files.set(META_FILE, `${JSON.stringify(meta, null, 2)}\n`);
  return files;
}

/** Builds the index files (`meta.json` and the shards) for the documents, in this thread. */
export function buildIndex(
  documents: readonly AnalyzedDocument[],
  incidents: readonly Incident[] = [],
  options: Partial<IndexOptions> = {},
): IndexFiles {
  const plan = planIndex(documents, options);
  return assembleIndex(plan, plan.shards.map((shard) => shard.reused ?? buildShard(shard.entries)), incidents);
}

/** One document's term counts computed ahead of the index stage, with the indexed fields they were counted from. */
export interface PrecountedTerms {
  fields: IndexedFields;
  terms: DocumentTerms;
}

/** Counts a document's index terms ahead of the index stage (the ingest does it as each analysis finishes, overlapping the analysis). */
export function precountTerms(doc: AnalyzedDocument, limits: FieldLimits): PrecountedTerms {
  const fields = indexedFields(doc, limits);
  return { fields, terms: documentTerms(fields) };
}

/**
 * Builds the index files with the shards that need building built by `build` concurrently (the
 * ingest passes its worker pool, so shards are built on every core); same files as `buildIndex`.
 * A shard whose every document's terms were counted ahead (`precounted`, by id, from the same
 * indexed fields) is assembled here from those counts instead.
 */
export async function buildIndexConcurrently(
  documents: readonly AnalyzedDocument[],
  incidents: readonly Incident[],
  options: Partial<IndexOptions>,
  build: (entries: ShardEntry[]) => Promise<string>,
  precounted: ReadonlyMap<string, PrecountedTerms> = new Map(),
): Promise<IndexFiles> {
  const plan = planIndex(documents, options);
  const contents = plan.shards.map((shard) => {
    if (shard.reused !== null) return Promise.resolve(shard.reused);
    const counted = shard.entries.map((entry) => precounted.get(entry.id));
    if (counted.every((c, k) => c !== undefined && sameFields(c.fields, shard.entries[k]!.fields))) {
      return Promise.resolve(buildShardFromTerms(shard.entries.map((e) => e.id), counted.map((c) => c!.terms)));
    }
    return build(shard.entries);
  });
  return assembleIndex(plan, await Promise.all(contents), incidents);
}

/** True when two documents' indexed strings are the same. */
function sameFields(a: IndexedFields, b: IndexedFields): boolean {
  return INDEX_FIELDS.every((f) => a[f.name] === b[f.name]);
}

/** Fingerprint of a shard's input: format, fields, options and every entry's indexed strings. */
function shardFingerprint(entries: readonly ShardEntry[], opts: IndexOptions): string {
  const head = JSON.stringify([INDEX_FORMAT_VERSION, lunr.version, INDEX_FIELDS, opts.maxTextChars, opts.maxCommentChars]);
  const parts = [head];
  for (const entry of entries) {
    parts.push(entry.id, ...INDEX_FIELDS.map((f) => entry.fields[f.name]));
  }
  return sha256(parts.join('\u0000'));
}

/** The shards of a previous index that may be reused (same format and shard count, intact). */
function previousShards(previous: IndexFiles | undefined, shardCount: number): Map<string, { fingerprint: string; content: string }> {
  const out = new Map<string, { fingerprint: string; content: string }>();
  const metaText = previous?.get(META_FILE);
  if (previous === undefined || metaText === undefined) return out;
  let meta: Unverified<IndexMeta>;
  try {
    meta = parseJsonObject(metaText);
  } catch {
    return out;
  }
  if (meta.format !== INDEX_FORMAT || meta.version !== INDEX_FORMAT_VERSION || !Array.isArray(meta.shards) || meta.shards.length !== shardCount) return out;
  for (const shard of meta.shards as IndexMeta['shards']) {
    const content = previous.get(shard.file);
    if (content !== undefined && sha256(content) === shard.sha256) out.set(shard.file, { fingerprint: shard.fingerprint, content });
  }
  return out;
}
