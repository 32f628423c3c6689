/**
 * `search-table.json`: the search record of every document (`src/search/search-record.ts`), in
 * the order of `documents.jsonl`'s lines, written at ingest beside it so a server loads this small
 * table instead of parsing every document. Versioned: `{format, version, records}`; a reader
 * checks the format, the version and every record's shape, and refuses anything else naming the
 * file.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FaultlineError } from '../model/diagnostic.js';
import type { KnowledgeDocument } from '../model/document.js';
import { searchRecordOf, type SearchRecord } from '../search/search-record.js';
import { DATA_FOLDER_LAYOUT } from './data-folder-layout.js';

/** `format` of `search-table.json`. */
export const SEARCH_TABLE_FORMAT = 'faultline-search-table';
/** `version` of `search-table.json` this Faultline writes and reads. */
export const SEARCH_TABLE_VERSION = 1;

/** Writes `search-table.json` into generation `dir` for `documents` (in the order `documents.jsonl` holds them). */
export async function writeSearchTable(dir: string, documents: Iterable<KnowledgeDocument>): Promise<void> {
  const records: string[] = [];
  for (const doc of documents) records.push(JSON.stringify(searchRecordOf(doc)));
  await writeFile(
    path.join(dir, DATA_FOLDER_LAYOUT.searchTable),
    `{"format":${JSON.stringify(SEARCH_TABLE_FORMAT)},"version":${SEARCH_TABLE_VERSION},"records":[\n${records.join(',\n')}\n]}\n`,
  );
}

/** Parses and checks the bytes of a `search-table.json` (`file` names it in errors). */
export function parseSearchTable(bytes: Uint8Array, file: string): SearchRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch (error) {
    throw broken(`${file} is not valid JSON (${(error as Error).message})`, error);
  }
  const table = value as { format?: unknown; version?: unknown; records?: unknown } | null;
  if (typeof table !== 'object' || table?.format !== SEARCH_TABLE_FORMAT) throw broken(`${file} is not a Faultline search table`);
  if (table.version !== SEARCH_TABLE_VERSION) {
    throw broken(`${file} has search table version ${JSON.stringify(table.version)}, this Faultline reads version ${SEARCH_TABLE_VERSION}`);
  }
  if (!Array.isArray(table.records)) throw broken(`${file} has no records list`);
  const records = table.records as unknown[];
  records.forEach((record, i) => {
    const problem = checkSearchRecord(record);
    if (problem !== null) throw broken(`${file} record ${i + 1} ${problem}`);
  });
  return records as SearchRecord[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isLabel = (value: unknown): boolean => isObject(value) && typeof value.label === 'string' && typeof value.certainty === 'string';
const stringOrNull = (value: unknown): boolean => value === null || typeof value === 'string';

/** Why a record is not a search record, or null. */
function checkSearchRecord(record: unknown): string | null {
  if (!isObject(record)) return 'is not an object';
  for (const field of ['id', 'incident', 'heading'] as const) if (typeof record[field] !== 'string') return `has no ${field}`;
  const id = String(record.id);
  for (const field of ['title', 'published', 'url'] as const) if (!stringOrNull(record[field])) return `(${id}) has a ${field} that is neither text nor null`;
  for (const field of ['providers', 'keyphrases'] as const) {
    const list = record[field];
    if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) return `(${id}) has no ${field} list`;
  }
  for (const field of ['layers', 'causes'] as const) {
    const list = record[field];
    if (!Array.isArray(list) || !list.every(isLabel)) return `(${id}) has no ${field} list`;
  }
  const { outline, incidentDate } = record;
  if (
    outline !== null &&
    (!isObject(outline) || typeof outline.trigger !== 'string' || typeof outline.detection !== 'string' || !Array.isArray(outline.mitigations) || outline.mitigations.some((m) => typeof m !== 'string'))
  ) {
    return `(${id}) has a malformed outline`;
  }
  if (incidentDate !== null && (!isObject(incidentDate) || typeof incidentDate.value !== 'string')) return `(${id}) has a malformed incidentDate`;
  if (!Number.isInteger(record.comments)) return `(${id}) has no comment count`;
  return null;
}

function broken(message: string, cause?: unknown): FaultlineError {
  return new FaultlineError(`search: ${message}; re-run \`faultline ingest\``, { status: 500, parameter: 'dir', cause });
}
