/**
 * JSON Lines files: one JSON value a line, written streaming (so a large knowledge base never
 * has to fit in one string) and read line by line with the file and line named on error.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { FaultlineError } from '../model/diagnostic.js';

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
 * The file is read in large chunks and split on line feeds with `indexOf` (readline's per-line
 * events cost a third of the load time of a 10,000-document knowledge base); a line may span
 * chunks, and a multi-byte character split by a chunk boundary is joined by the stream's decoder.
 * A carriage return before a line feed is whitespace to `JSON.parse`.
 */
export async function readJsonl<T>(file: string, chunkBytes = READ_CHUNK): Promise<T[]> {
  const records: T[] = [];
  let lineNumber = 0;
  const parseLine = (line: string): void => {
    lineNumber += 1;
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
  let rest = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: chunkBytes })) {
    const text = chunk as string;
    let from = 0;
    let end = text.indexOf('\n');
    if (end !== -1 && rest !== '') {
      parseLine(rest + text.slice(0, end));
      rest = '';
      from = end + 1;
      end = text.indexOf('\n', from);
    }
    for (; end !== -1; end = text.indexOf('\n', from)) {
      parseLine(text.slice(from, end));
      from = end + 1;
    }
    rest += text.slice(from);
  }
  if (rest !== '') parseLine(rest);
  return records;
}
