/**
 * The on-disk format of the search index (the data folder's `index/` subfolder):
 *
 *   index/meta.json        format name and version, options, document digest, one entry per shard
 *                          with its size and SHA-256
 *   index/shard-NNN.json   one lunr-built index over a hash-partition of the documents: the shard's
 *                          document ids (by ordinal), its sorted vocabulary, and per field the
 *                          inverted lunr field vectors: for each term, the documents containing it
 *                          and lunr's BM25 weight (field boost included, lunr's 3 decimals kept
 *                          exactly as integer thousandths), as little-endian typed arrays in base64
 *
 * Bump `INDEX_FORMAT_VERSION` whenever the fields, the pipeline or the layout change: a reader
 * refuses any other version and asks for a re-ingest.
 */
import { createHash } from 'node:crypto';
import type { IndexField } from './index-fields.js';
import { compareStrings } from '../model/compare-strings.js';

/** Name of the format, stored in every index file. */
export const INDEX_FORMAT = 'faultline-search-index';
/** Version of the format this code writes and reads. */
export const INDEX_FORMAT_VERSION = 1;
/** File name of the index metadata inside `index/`. */
export const META_FILE = 'meta.json';

/** The files of an index: name relative to `index/` -> content. */
export type IndexFiles = Map<string, string>;

/** One shard as listed in `meta.json`. */
export interface ShardMeta {
  /** File name inside `index/`. */
  file: string;
  /** Documents in the shard. */
  documents: number;
  /** UTF-8 size of the file in bytes. */
  bytes: number;
  /** Hex SHA-256 of the file content (integrity check on load). */
  sha256: string;
  /** Hex SHA-256 over the shard's indexed content and options (unchanged shards are reused on rebuild). */
  fingerprint: string;
}

/** `index/meta.json`. */
export interface IndexMeta {
  format: typeof INDEX_FORMAT;
  version: number;
  /** lunr version that built the shards. */
  lunr: string;
  fields: IndexField[];
  maxTextChars: number;
  maxCommentChars: number;
  /** Documents indexed. */
  documents: number;
  /** Incidents known when the index was built. */
  incidents: number;
  /** Hex SHA-256 of the sorted document ids joined by newlines (ties the index to documents.jsonl). */
  documentsDigest: string;
  shards: ShardMeta[];
}

/** One field's postings in a shard file (base64 of little-endian typed arrays). */
export interface SerializedFieldPostings {
  /** Uint32: ids (into `terms`) of the terms occurring in this field, ascending. */
  terms: string;
  /** Uint32: for each listed term, one past the end of its postings in `docs`/`weights`. */
  ends: string;
  /** Uint16 (or Uint32 when the shard has more than 65,536 documents): document ordinals, ascending per term. */
  docs: string;
  /** Uint32: lunr's weight of the term in the document's field, in thousandths. */
  weights: string;
}

/** One shard file's JSON. */
export interface ShardFile {
  format: typeof INDEX_FORMAT;
  version: number;
  /** Document ids by ordinal. */
  refs: string[];
  /** The shard's vocabulary (index terms), sorted by UTF-16 code units. */
  terms: string[];
  /** Width of `docs` entries in bytes (2 or 4). */
  docWidth: 2 | 4;
  /** Postings by field name. */
  fields: Record<string, SerializedFieldPostings>;
}

/** Hex SHA-256 of a string's UTF-8 bytes. */
export function sha256(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Hex SHA-256 over sorted ids joined by newlines. */
export function documentsDigest(ids: Iterable<string>): string {
  return sha256([...ids].sort(compareStrings).join('\n'));
}

/** File name of shard `n`. */
export function shardFileName(n: number): string {
  return `shard-${String(n).padStart(3, '0')}.json`;
}

/** The shard (0..count-1) a document id belongs to: FNV-1a of the id modulo the shard count. */
export function shardOf(id: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

/** Base64 of a typed array's bytes (little-endian on every platform Node supports). */
export function encodeArray(array: Uint16Array | Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** Decodes base64 into a fresh, aligned typed array of the given element width; null when the byte length does not fit. */
export function decodeArray(base64: string, width: 2 | 4): Uint16Array | Uint32Array | null {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteLength % width !== 0) return null;
  const out = width === 2 ? new Uint16Array(bytes.byteLength / 2) : new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}
