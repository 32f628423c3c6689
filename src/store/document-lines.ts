/**
 * The documents of a loaded generation served from `documents.jsonl`'s bytes: the lines' byte
 * offsets are found once (a scan for line feeds, while the file is read for its checksum), and a
 * document's line is read and parsed when it is first asked for, then kept in a small
 * least-recently-used cache. The bytes come from a `LineReader`: the open file (a server holds
 * only the offsets; the descriptor stays open, and valid if a later ingest removes the
 * generation, until the documents are garbage) or a buffer held in memory.
 * A parsed line is checked (the caller's record check, and its id must be the one the search
 * table lists for that line); a line that fails throws a FaultlineError 500 naming the file and
 * the line.
 */
import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { FaultlineError } from '../model/diagnostic.js';
import type { KnowledgeDocument } from '../model/document.js';

/** Options of `DocumentLines`. */
export interface DocumentLinesOptions {
  /** Parsed documents kept (least recently used dropped first). */
  cacheSize: number;
}

/** Defaults of `DocumentLinesOptions`. */
export const DEFAULT_DOCUMENT_LINES_OPTIONS: Readonly<DocumentLinesOptions> = { cacheSize: 512 };

/** Why a parsed record cannot be served, or null. */
export type RecordCheck = (record: unknown) => string | null;

/** The byte ranges of a file's non-blank lines and their 1-based line numbers. */
export interface LineRanges {
  starts: Float64Array;
  ends: Float64Array;
  numbers: Int32Array;
}

/** Finds the non-blank lines of bytes fed chunk by chunk. */
export class LineScanner {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];
  readonly #numbers: number[] = [];
  #offset = 0;
  #lineStart = 0;
  #number = 1;
  #nonBlank = false;

  /** Feeds the next chunk of the file. */
  feed(chunk: Uint8Array): void {
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (;;) {
      const feed = buffer.indexOf(0x0a, from);
      const end = feed === -1 ? buffer.length : feed;
      if (!this.#nonBlank && !blank(buffer, from, end)) this.#nonBlank = true;
      if (feed === -1) break;
      this.#close(this.#offset + feed);
      from = feed + 1;
    }
    this.#offset += buffer.length;
  }

  /** The ranges of every non-blank line fed. */
  finish(): LineRanges {
    if (this.#nonBlank) this.#close(this.#offset);
    return { starts: Float64Array.from(this.#starts), ends: Float64Array.from(this.#ends), numbers: Int32Array.from(this.#numbers) };
  }

  #close(end: number): void {
    if (this.#nonBlank) {
      this.#starts.push(this.#lineStart);
      this.#ends.push(end);
      this.#numbers.push(this.#number);
    }
    this.#lineStart = end + 1;
    this.#number += 1;
    this.#nonBlank = false;
  }
}

/** The byte ranges of the non-blank lines of `bytes`, and their 1-based line numbers. */
export function lineRanges(bytes: Uint8Array): LineRanges {
  const scanner = new LineScanner();
  scanner.feed(bytes);
  return scanner.finish();
}

/** Reads byte ranges of a file's content. */
export interface LineReader {
  /** Bytes `start`..`end`. */
  read(start: number, end: number): Buffer;
}

/** A reader over bytes held in memory. */
export function bytesReader(bytes: Buffer): LineReader {
  return { read: (start, end) => bytes.subarray(start, end) };
}

/** Closes the files of `fileReader`s that are no longer reachable. */
const openFiles = new FinalizationRegistry<FileHandle>((handle) => {
  void handle.close().catch(() => undefined);
});

/** A reader over an open file (read with positioned reads; the file is closed once the reader is garbage). */
export function fileReader(handle: FileHandle): LineReader {
  const reader: LineReader = {
    read(start, end) {
      const bytes = Buffer.allocUnsafe(end - start);
      let done = 0;
      while (done < bytes.length) {
        const read = readSync(handle.fd, bytes, done, bytes.length - done, start + done);
        if (read === 0) break;
        done += read;
      }
      return done === bytes.length ? bytes : bytes.subarray(0, done);
    },
  };
  openFiles.register(reader, handle);
  return reader;
}

/** True when bytes `from`..`end` are only spaces, tabs and carriage returns. */
function blank(bytes: Uint8Array, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return true;
}

/** A read-only map from document id to document over the bytes of `documents.jsonl`, parsing lines on first use. */
export class DocumentLines implements ReadonlyMap<string, KnowledgeDocument> {
  readonly #reader: LineReader;
  readonly #ids: readonly string[];
  readonly #positions: Map<string, number>;
  readonly #starts: Float64Array;
  readonly #ends: Float64Array;
  readonly #numbers: Int32Array;
  readonly #file: string;
  readonly #check: RecordCheck;
  readonly #cacheSize: number;
  readonly #cache = new Map<number, KnowledgeDocument>();

  /**
   * The documents of `file`, read through `reader`, whose non-blank lines (`ranges`) hold the
   * documents `ids` in that order; throws FaultlineError 500 when the line count differs.
   */
  constructor(reader: LineReader, ranges: LineRanges, ids: readonly string[], file: string, check: RecordCheck, options: Partial<DocumentLinesOptions> = {}) {
    const { cacheSize } = { ...DEFAULT_DOCUMENT_LINES_OPTIONS, ...options };
    if (!Number.isInteger(cacheSize) || cacheSize < 1) {
      throw new FaultlineError(`document lines: cacheSize must be a whole number of at least 1, got ${JSON.stringify(cacheSize)}`, { status: 500, parameter: 'cacheSize' });
    }
    const { starts, ends, numbers } = ranges;
    if (starts.length !== ids.length) {
      throw new FaultlineError(`search: ${file} holds ${starts.length} lines, the search table lists ${ids.length} documents; re-run \`faultline ingest\``, { status: 500, parameter: 'dir' });
    }
    this.#reader = reader;
    this.#ids = ids;
    this.#positions = new Map(ids.map((id, i) => [id, i]));
    this.#starts = starts;
    this.#ends = ends;
    this.#numbers = numbers;
    this.#file = file;
    this.#check = check;
    this.#cacheSize = cacheSize;
  }

  /** Number of documents. */
  get size(): number {
    return this.#ids.length;
  }

  /** True when `id` is a document. */
  has(id: string): boolean {
    return this.#positions.has(id);
  }

  /** The document `id` (parsed on first use, then cached), or undefined. */
  get(id: string): KnowledgeDocument | undefined {
    const position = this.#positions.get(id);
    if (position === undefined) return undefined;
    const cached = this.#cache.get(position);
    if (cached !== undefined) {
      this.#cache.delete(position);
      this.#cache.set(position, cached);
      return cached;
    }
    const doc = this.#parse(position);
    this.#cache.set(position, doc);
    if (this.#cache.size > this.#cacheSize) this.#cache.delete(this.#cache.keys().next().value!);
    return doc;
  }

  /** Calls `callback` for every document in file order (each parsed in turn, not cached). */
  forEach(callback: (value: KnowledgeDocument, key: string, map: ReadonlyMap<string, KnowledgeDocument>) => void, thisArg?: unknown): void {
    for (const [id, doc] of this.entries()) callback.call(thisArg, doc, id, this);
  }

  /** The ids in file order (nothing parsed). */
  keys(): MapIterator<string> {
    return this.#ids.values();
  }

  /** Every document in file order, each parsed in turn (cached ones reused; others not cached). */
  values(): MapIterator<KnowledgeDocument> {
    return this.#generate((i) => this.#cache.get(i) ?? this.#parse(i));
  }

  /** Every id and document in file order (see `values`). */
  entries(): MapIterator<[string, KnowledgeDocument]> {
    return this.#generate((i): [string, KnowledgeDocument] => [this.#ids[i]!, this.#cache.get(i) ?? this.#parse(i)]);
  }

  /** Same as `entries`. */
  [Symbol.iterator](): MapIterator<[string, KnowledgeDocument]> {
    return this.entries();
  }

  *#generate<T>(at: (position: number) => T): Generator<T, undefined> {
    for (let i = 0; i < this.#ids.length; i++) yield at(i);
    return undefined;
  }

  #parse(position: number): KnowledgeDocument {
    const bytes = this.#reader.read(this.#starts[position]!, this.#ends[position]!);
    return parseDocumentLine(bytes, 0, bytes.length, { file: this.#file, line: this.#numbers[position]!, record: position + 1, id: this.#ids[position]!, check: this.#check });
  }
}

/** Where a line is and what it must hold, for `parseDocumentLine`. */
export interface DocumentLineContext {
  file: string;
  /** 1-based line number (blank lines counted). */
  line: number;
  /** 1-based record number (blank lines not counted). */
  record: number;
  /** The id the line must hold, or null when any id will do. */
  id: string | null;
  check: RecordCheck;
}

/** Parses and checks one document line (bytes `start`..`end` of `bytes`); throws FaultlineError 500 naming the file and line. */
export function parseDocumentLine(bytes: Buffer, start: number, end: number, at: DocumentLineContext): KnowledgeDocument {
  let record: unknown;
  try {
    record = JSON.parse(bytes.toString('utf8', start, end));
  } catch (error) {
    throw new FaultlineError(`search: ${at.file} line ${at.line} is not valid JSON: ${(error as Error).message}`, { status: 500, parameter: 'dir', cause: error });
  }
  const problem = at.check(record);
  if (problem !== null) throw new FaultlineError(`search: ${at.file} record ${at.record} ${problem}; re-run \`faultline ingest\``, { status: 500, parameter: 'dir' });
  const { id } = record as KnowledgeDocument;
  if (at.id !== null && id !== at.id) {
    throw new FaultlineError(`search: ${at.file} line ${at.line} holds document ${id}, the search table lists ${at.id} there; re-run \`faultline ingest\``, {
      status: 500,
      parameter: 'dir',
    });
  }
  return record as KnowledgeDocument;
}

/** Parses and checks every document line (`ranges`, read through `reader`) of `file`, handing each document to `visit` in file order. */
export function forEachDocumentLine(reader: LineReader, ranges: LineRanges, file: string, check: RecordCheck, visit: (doc: KnowledgeDocument) => void): void {
  const { starts, ends, numbers } = ranges;
  for (let i = 0; i < starts.length; i++) {
    const bytes = reader.read(starts[i]!, ends[i]!);
    visit(parseDocumentLine(bytes, 0, bytes.length, { file, line: numbers[i]!, record: i + 1, id: null, check }));
  }
}
