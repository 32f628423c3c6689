/**
 * JSON Lines files: one JSON value a line, written streaming (so a large knowledge base never
 * has to fit in one string) and read line by line with the file and line named on error.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
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

/** Reads every line of a JSONL file; a bad line throws a FaultlineError naming file and line. */
export async function readJsonl<T>(file: string): Promise<T[]> {
  const records: T[] = [];
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    try {
      records.push(JSON.parse(line) as T);
    } catch (error) {
      throw new FaultlineError(`jsonl: ${file} line ${lineNumber} is not valid JSON: ${(error as Error).message}`, {
        status: 500,
        cause: error,
      });
    }
  }
  return records;
}
