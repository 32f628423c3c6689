/**
 * Loads a serialized search index without rebuilding it, refusing anything it cannot trust: an
 * unknown format or version, a shard whose SHA-256 differs from `meta.json` (corrupt or
 * truncated), unparsable JSON, inconsistent postings. Every failure is a FaultlineError naming
 * the file. Loading is JSON.parse of the small parts plus base64 decoding of typed arrays.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import lunr from 'lunr';
import { FaultlineError } from '../model/diagnostic.js';
import { parseJsonObject, type Unverified } from '../model/unverified.js';
import { readRegularFile } from '../store/generation-files.js';
import { INDEX_FIELDS, type IndexFieldName } from './index-fields.js';
import {
  decodeArray,
  INDEX_FORMAT,
  INDEX_FORMAT_VERSION,
  META_FILE,
  sha256,
  type IndexFiles,
  type IndexMeta,
  type ShardFile,
  type ShardMeta,
} from './index-format.js';

/** One field's postings: term `t`'s documents are `docs[offsets[t] .. offsets[t + 1])`, ascending. */
export interface FieldPostings {
  /** Dense over the shard's vocabulary (length: terms + 1). */
  offsets: Uint32Array;
  /** Document ordinals. */
  docs: Uint16Array | Uint32Array;
  /** lunr's BM25 weight of the term in the document's field, in thousandths. */
  weights: Uint32Array;
}

/** One loaded shard. */
export interface IndexShard {
  /** Document ids by ordinal. */
  refs: readonly string[];
  /** Sorted vocabulary; a term's id is its position. */
  terms: readonly string[];
  /** Postings by field. */
  fields: Readonly<Record<IndexFieldName, FieldPostings>>;
}

/** A loaded, queryable index. */
export interface LoadedIndex {
  meta: IndexMeta;
  shards: readonly IndexShard[];
}

/** Status of load failures: the data on the server side is broken, not the request. */
const BROKEN = 500;

/** Reads and checks `dir/meta.json` and every shard it lists (`dir` is the data folder's `index/`), synchronously. */
export function loadIndex(dir: string): LoadedIndex {
  const label = (name: string): string => path.join(dir, name);
  const read = (name: string): string => {
    try {
      return readFileSync(label(name), 'utf8');
    } catch (error) {
      throw cannotRead(label(name), error);
    }
  };
  const meta = checkMeta(read(META_FILE), label);
  return { meta, shards: meta.shards.map((shardMeta) => decodeShard(read(shardMeta.file), shardMeta, label)) };
}

/**
 * Like `loadIndex`, with asynchronous reads and a turn of the event loop between shards (for
 * servers reloading under load). `readBytes` reads one file of the index by name (default: a
 * regular file of `dir`, never a symbolic link, FIFO or device); a data folder loader passes one
 * that checks the generation's checksums.
 */
export async function readIndex(dir: string, readBytes: (name: string) => Promise<Buffer> = (name) => readRegularFile(path.join(dir, name))): Promise<LoadedIndex> {
  const label = (name: string): string => path.join(dir, name);
  const read = async (name: string): Promise<string> => {
    try {
      return (await readBytes(name)).toString('utf8');
    } catch (error) {
      if (error instanceof FaultlineError) throw error;
      throw cannotRead(label(name), error);
    }
  };
  const meta = checkMeta(await read(META_FILE), label);
  const shards: IndexShard[] = [];
  for (const shardMeta of meta.shards) {
    const content = await read(shardMeta.file);
    await new Promise((resolve) => setImmediate(resolve));
    shards.push(decodeShard(content, shardMeta, label));
  }
  return { meta, shards };
}

/** Checks and loads an index from its files in memory (as `buildIndex` returns them). */
export function parseIndex(files: IndexFiles): LoadedIndex {
  const label = (name: string): string => `index/${name}`;
  const get = (name: string): string => {
    const content = files.get(name);
    if (content === undefined) throw new FaultlineError(`search index: file index/${name} is missing`, { status: BROKEN, parameter: 'files' });
    return content;
  };
  const meta = checkMeta(get(META_FILE), label);
  return { meta, shards: meta.shards.map((shardMeta) => decodeShard(get(shardMeta.file), shardMeta, label)) };
}

function cannotRead(file: string, error: unknown): FaultlineError {
  return new FaultlineError(`search index: cannot read ${file} (${(error as Error).message}); re-run \`faultline ingest\` to rebuild the index`, {
    status: BROKEN,
    parameter: 'dir',
    cause: error,
  });
}

function failure(label: (name: string) => string, name: string, what: string, cause?: unknown): FaultlineError {
  return new FaultlineError(`search index: ${label(name)} ${what}; re-run \`faultline ingest\` to rebuild the index`, {
    status: BROKEN,
    parameter: 'dir',
    cause,
  });
}

/** Parses and checks `meta.json`: format, version, lunr version, fields, shards. */
function checkMeta(metaText: string, label: (name: string) => string): IndexMeta {
  let meta: Unverified<IndexMeta>;
  try {
    meta = parseJsonObject(metaText);
  } catch (error) {
    throw failure(label, META_FILE, 'is corrupt or truncated (not valid JSON)', error);
  }
  if (meta.format !== INDEX_FORMAT) {
    throw failure(label, META_FILE, `is not a Faultline search index (format ${JSON.stringify(meta.format)})`);
  }
  if (meta.version !== INDEX_FORMAT_VERSION) {
    throw failure(label, META_FILE, `has index format version ${String(meta.version)}, this Faultline reads version ${INDEX_FORMAT_VERSION}`);
  }
  if (meta.lunr !== lunr.version) throw failure(label, META_FILE, `was built with lunr ${String(meta.lunr)}, this Faultline uses lunr ${lunr.version}`);
  const fieldNames = INDEX_FIELDS.map((f) => `${f.name}^${f.boost}`).join(',');
  if (!Array.isArray(meta.fields) || (meta.fields as IndexMeta['fields']).map((f) => `${f.name}^${f.boost}`).join(',') !== fieldNames) {
    throw failure(label, META_FILE, 'lists other fields than this Faultline indexes');
  }
  if (!Array.isArray(meta.shards) || meta.shards.length === 0) throw failure(label, META_FILE, 'lists no shards');
  return meta as IndexMeta;
}

/** Checks a shard file against its `meta.json` entry and decodes it. */
function decodeShard(content: string, shardMeta: ShardMeta, label: (name: string) => string): IndexShard {
  if (sha256(content) !== shardMeta.sha256) {
    throw failure(
      label,
      shardMeta.file,
      `is corrupt or truncated (${Buffer.byteLength(content)} bytes, ${shardMeta.bytes} expected; SHA-256 differs from ${META_FILE})`,
    );
  }
  let parsed: Unverified<ShardFile>;
  try {
    parsed = parseJsonObject(content);
  } catch (error) {
    throw failure(label, shardMeta.file, 'is corrupt (not valid JSON)', error);
  }
  const { format, version, refs, fields: postings } = parsed;
  if (format !== INDEX_FORMAT || version !== INDEX_FORMAT_VERSION || !Array.isArray(refs) || refs.length !== shardMeta.documents || typeof postings !== 'object' || postings === null) {
    throw failure(label, shardMeta.file, 'does not match its entry in meta.json');
  }
  const shard = parsed as ShardFile;
  const fields = {} as Record<IndexFieldName, FieldPostings>;
  for (const field of INDEX_FIELDS) {
    const postings = decodeField(shard, field.name);
    if (postings === null) throw failure(label, shardMeta.file, `has malformed postings for field "${field.name}"`);
    fields[field.name] = postings;
  }
  return { refs: shard.refs, terms: shard.terms, fields };
}

/** Decodes one field's postings into dense offsets; null when the arrays are inconsistent. */
function decodeField(shard: ShardFile, field: IndexFieldName): FieldPostings | null {
  const serialized = shard.fields[field];
  if (serialized === undefined || !Array.isArray(shard.terms)) return null;
  const width = shard.docWidth === 4 ? 4 : 2;
  const listed = decodeArray(serialized.terms, 4);
  const ends = decodeArray(serialized.ends, 4);
  const docs = decodeArray(serialized.docs, width);
  const weights = decodeArray(serialized.weights, 4) as Uint32Array | null;
  if (listed === null || ends === null || docs === null || weights === null) return null;
  if (listed.length !== ends.length || docs.length !== weights.length) return null;
  const vocabulary = shard.terms.length;
  const offsets = new Uint32Array(vocabulary + 1);
  let previousEnd = 0;
  let next = 0;
  for (let i = 0; i < listed.length; i++) {
    const id = listed[i]!;
    const end = ends[i]!;
    if (id < next || id >= vocabulary || end < previousEnd) return null;
    for (; next <= id; next++) offsets[next] = previousEnd;
    offsets[id + 1] = end;
    previousEnd = end;
    next = id + 1;
  }
  for (; next <= vocabulary; next++) offsets[next] = previousEnd;
  if (previousEnd !== docs.length) return null;
  return { offsets, docs, weights };
}
