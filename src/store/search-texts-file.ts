/**
 * `search-texts.jsonl`: the search texts of every document (`src/search/search-text.ts`), in the
 * order of `documents.jsonl`'s lines, written at ingest beside it so a server reads these
 * instead of parsing documents during searches. The first line is the header
 * `{"format":"faultline-search-texts","version":1}`; each further line is one document's array
 * `[title, summary field, provider, layer, cause, text, comments, summary, sentences (start, end
 * pairs), description, tags]`. A reader checks the header and every line's shape, and refuses
 * anything else naming the file and line.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { FaultlineError } from '../model/diagnostic.js';
import type { KnowledgeDocument } from '../model/document.js';
import { searchTextOf, type SearchText } from '../search/search-text.js';
import { DATA_FOLDER_LAYOUT } from './data-folder-layout.js';
import { lineRanges } from './document-lines.js';

/** `format` of the header of `search-texts.jsonl`. */
export const SEARCH_TEXTS_FORMAT = 'faultline-search-texts';
/** `version` of `search-texts.jsonl` this Faultline writes and reads. */
export const SEARCH_TEXTS_VERSION = 1;

/** One document's line (see the module comment). */
type TextsLine = [string, string, string, string, string, string, string, string, number[], string | null, string[]];

/** Writes `search-texts.jsonl` into generation `dir` for `documents` (in the order `documents.jsonl` holds them). */
export async function writeSearchTexts(dir: string, documents: Iterable<KnowledgeDocument>): Promise<void> {
  const stream = createWriteStream(path.join(dir, DATA_FOLDER_LAYOUT.searchTexts), { encoding: 'utf8' });
  try {
    let chunk = `${JSON.stringify({ format: SEARCH_TEXTS_FORMAT, version: SEARCH_TEXTS_VERSION })}\n`;
    for (const doc of documents) {
      const { fields: f, summary, sentences, description, tags } = searchTextOf(doc);
      const line: TextsLine = [f.title, f.summary, f.provider, f.layer, f.cause, f.text, f.comments, summary, [...sentences], description, tags];
      chunk += `${JSON.stringify(line)}\n`;
      if (chunk.length > 1 << 20) {
        if (!stream.write(chunk)) await once(stream, 'drain');
        chunk = '';
      }
    }
    stream.end(chunk);
    await once(stream, 'finish');
  } catch (error) {
    stream.destroy();
    throw error;
  }
}

/** Parses and checks the bytes of a `search-texts.jsonl` (`file` names it in errors). */
export function parseSearchTexts(bytes: Buffer, file: string): SearchText[] {
  const { starts, ends, numbers } = lineRanges(bytes);
  const lineAt = (i: number): unknown => {
    try {
      return JSON.parse(bytes.toString('utf8', starts[i], ends[i]));
    } catch (error) {
      throw broken(`${file} line ${numbers[i]!} is not valid JSON (${(error as Error).message})`, error);
    }
  };
  const header = starts.length === 0 ? null : (lineAt(0) as { format?: unknown; version?: unknown } | null);
  if (typeof header !== 'object' || header?.format !== SEARCH_TEXTS_FORMAT) throw broken(`${file} is not a Faultline search texts file`);
  if (header.version !== SEARCH_TEXTS_VERSION) {
    throw broken(`${file} has search texts version ${JSON.stringify(header.version)}, this Faultline reads version ${SEARCH_TEXTS_VERSION}`);
  }
  const texts: SearchText[] = [];
  for (let i = 1; i < starts.length; i++) {
    const line = lineAt(i);
    if (!isTextsLine(line)) throw broken(`${file} line ${numbers[i]!} is not a document's search texts`);
    const [title, summaryField, provider, layer, cause, text, comments, summary, sentences, description, tags] = line;
    texts.push({
      fields: { title, summary: summaryField, provider, layer, cause, text, comments },
      summary,
      sentences: Int32Array.from(sentences),
      description,
      tags,
    });
  }
  return texts;
}

function isTextsLine(value: unknown): value is TextsLine {
  if (!Array.isArray(value) || value.length !== 11) return false;
  for (let i = 0; i < 8; i++) if (typeof value[i] !== 'string') return false;
  const [, , , , , , , , sentences, description, tags] = value as unknown[];
  return (
    Array.isArray(sentences) &&
    sentences.length % 2 === 0 &&
    sentences.every((n) => Number.isInteger(n)) &&
    (description === null || typeof description === 'string') &&
    Array.isArray(tags) &&
    tags.every((t) => typeof t === 'string')
  );
}

function broken(message: string, cause?: unknown): FaultlineError {
  return new FaultlineError(`search: ${message}; re-run \`faultline ingest\``, { status: 500, parameter: 'dir', cause });
}
