/**
 * JSON Lines files: one JSON value a line, written streaming (so a large knowledge base never
 * has to fit in one string) and read line by line with the file and line named on error.
 */
import type { Hash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { FaultlineError } from '../model/diagnostic.js';
import { openRegularFile } from './generation-files.js';

/** Writes `records` to `file`, one JSON line each. */
export async function writeJsonl(file: string, records: Iterable<unknown>): Promise<number> {
  const stream = createWriteStream(file, { encoding: 'utf8' });
  let count = 0;
  let chunk = '';
  try {
    for (const record of records) {
      chunk += `${JSON.stringify(record)}\n`;
      count += 1;
      if (chunk.length > 1 << 20) {
        if (!stream.write(chunk)) await once(stream, 'drain');
        chunk = '';
      }
    }
    if (chunk) stream.write(chunk);
    stream.end();
    await once(stream, 'finish');
  } catch (error) {
    stream.destroy();
    throw error;
  }
  return count;
}

/** Bytes read from a JSONL file at a time (by default). */
const READ_CHUNK = 4 << 20;

/**
 * Reads every line of a JSONL file; a bad line throws a FaultlineError naming file and line.
 * The file is read in large byte chunks, split on line-feed bytes, and each line decoded and
 * parsed on its own (readline's per-line events and decoding whole chunks to strings cost two
 * thirds of the load time of a 10,000-document knowledge base). A line feed byte never occurs
 * inside a multi-byte UTF-8 character, so lines decode independently; a line spanning chunks is
 * joined first. A carriage return before a line feed is whitespace to `JSON.parse`.
 */
export async function readJsonl<T>(file: string, chunkBytes = READ_CHUNK): Promise<T[]> {
  return (await readJsonlFile<T>(file, { chunkBytes })).records;
}

/** Options of `readJsonlFile`. */
export interface ReadJsonlOptions {
  /** Bytes read at a time. */
  chunkBytes?: number;
  /** Fed every byte of the file as it is read (to check it against a checksum). */
  hash?: Hash | null;
}

/**
 * `readJsonl`, reading the file once through `openRegularFile` (no symbolic link, no FIFO or
 * device: those are refused instead of hanging), feeding its bytes to `options.hash`; returns
 * the records and the number of bytes read.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the record type of the file (and checks each record)
export async function readJsonlFile<T>(file: string, options: ReadJsonlOptions = {}): Promise<{ records: T[]; bytes: number }> {
  const chunkBytes = options.chunkBytes ?? READ_CHUNK;
  const hash = options.hash ?? null;
  const records: T[] = [];
  let lineNumber = 0;
  let total = 0;
  const parseLine = (bytes: Buffer, start: number, end: number): void => {
    lineNumber += 1;
    const line = bytes.toString('utf8', start, end);
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line) as T);
    } catch (error) {
      throw new FaultlineError(`jsonl: ${file} line ${lineNumber} is not valid JSON: ${(error as Error).message}`, {
        status: 500,
        cause: error,
      });
    }
  };
  const handle = await openRegularFile(file);
  // Pieces of a line that spans chunks (kept as a list, joined once its end arrives).
  let rest: Buffer[] = [];
  try {
    for await (const chunk of handle.createReadStream({ highWaterMark: chunkBytes, autoClose: false })) {
      let bytes = chunk as Buffer;
      total += bytes.length;
      hash?.update(bytes);
      if (rest.length > 0) {
        const end = bytes.indexOf(0x0a);
        if (end === -1) {
          rest.push(bytes);
          continue;
        }
        const line = Buffer.concat([...rest, bytes.subarray(0, end)]);
        parseLine(line, 0, line.length);
        rest = [];
        bytes = bytes.subarray(end + 1);
      }
      let from = 0;
      for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, from)) {
        parseLine(bytes, from, end);
        from = end + 1;
      }
      if (from < bytes.length) rest.push(Buffer.from(bytes.subarray(from)));
    }
  } finally {
    await handle.close();
  }
  if (rest.length > 0) {
    const line = Buffer.concat(rest);
    parseLine(line, 0, line.length);
  }
  return { records, bytes: total };
}
