/**
 * Exports a knowledge base, or a filtered slice of it, as one file streamed to a writable
 * (`exportToStream`: the CLI's stdout or file, the server's HTTP response) or as a folder of
 * tables with a Frictionless `datapackage.json` (`exportToDirectory`). The same data and options
 * always give the same bytes: records sorted by id, no timestamps inside data files; only the
 * manifest's `created` build time differs between runs.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { uniqueCitationKeys } from '../cite/citation-key.js';
import { documentCslItem, type CslItem } from '../cite/csl-item.js';
import type { KnowledgeBase } from '../model/search.js';
import { writeAtomically, writeFileAtomic } from '../store/knowledge-base-folder.js';
import { csvTableStream, csvTableText } from './csv-table.js';
import { buildDataPackage, dataPackageText, jsonSchemaFields, type DataPackage, type SchemaField, type WrittenFile } from './data-package.js';
import { FORMAT_INFO } from './export-formats.js';
import { resolveExportOptions, type ExportOptions, type ResolvedExportOptions } from './export-options.js';
import { CITATION_FIELDS, DOCUMENT_JSON_FIELDS, INCIDENT_JSON_FIELDS } from './json-fields.js';
import { documentJsonLine, incidentJsonLine } from './jsonl-records.js';
import { parquetTable } from './parquet-table.js';
import { selectRecords, type ExportSelection } from './select-records.js';
import { ACTION_ITEMS_TABLE, COMMENTS_TABLE, DOCUMENTS_TABLE, INCIDENTS_TABLE, TAGS_TABLE, TIMELINE_TABLE, exportedFields, type TableSpec } from './table-fields.js';
import { actionItemRows, commentRows, documentRows, tagRows, timelineRows } from './table-rows.js';

/** What an export reads of a knowledge base besides the selected records. */
export type ExportSource = Pick<KnowledgeBase, 'dir' | 'manifest' | 'documents' | 'incidents'>;

/** An export ready to write: checked options and the selected records. */
export interface PreparedExport {
  options: ResolvedExportOptions;
  selection: ExportSelection;
  /** The manifest and the selected documents' incidents (`incidents` by id). */
  kb: ExportSource;
  /** The knowledge base's counts (default: `kb`'s maps' sizes; a database backend gives its own). */
  totals?: { documents: number; incidents: number };
}

/** What a single-file export wrote. */
export interface StreamExportResult {
  /** Documents written. */
  documents: number;
  /** Incidents the documents report on. */
  incidents: number;
}

/** What a folder export wrote. */
export interface DirectoryExportResult extends StreamExportResult {
  /** The export folder. */
  dir: string;
  /** The data files (not counting datapackage.json), in manifest order. */
  files: WrittenFile[];
  /** The manifest written to `datapackage.json`. */
  dataPackage: DataPackage;
}

/** Options of a folder export's bookkeeping. */
export interface DirectoryExportOptions {
  /** Build time recorded as the manifest's `created` (ISO date-time; default: now). */
  created?: string;
}

/**
 * Checks the options and selects the records, before anything is written: a bad option or query
 * throws a 400 `FaultlineError` naming it, so a server can still answer with an error status.
 */
export function prepareExport(kb: KnowledgeBase, options: ExportOptions): PreparedExport {
  const resolved = resolveExportOptions(options);
  return { options: resolved, selection: selectRecords(kb, resolved), kb };
}

/** The retrieval date of citations: the day the knowledge base was built (so citations are reproducible). */
function accessedDate(kb: ExportSource): string | null {
  const match = /^\d{4}-\d{2}-\d{2}/.exec(kb.manifest.createdAt);
  return match ? match[0] : null;
}

/** Citations formatted per slice (citation-js takes about 0.1 ms per record; a slice keeps the event loop free for others). */
export const CITATION_SLICE = 100;

/**
 * The text of a citation-format export in slices of `slice` records, each formatted in its own
 * turn of the event loop; the slices joined are the bytes of formatting every record at once.
 * citation-js is loaded on first use only (it takes a noticeable part of a second to import), so
 * the CLI and the data formats do not pay for it.
 */
export async function* citationSlices(prepared: PreparedExport, slice = CITATION_SLICE): AsyncGenerator<string> {
  const documents = prepared.selection.documents;
  const accessed = accessedDate(prepared.kb);
  const { bibtexOf, risOf } = await import('../cite/citations-for.js');
  const unique = uniqueCitationKeys();
  const itemsOf = (from: number): CslItem[] =>
    documents.slice(from, from + slice).map((doc) => {
      const item = documentCslItem(doc, { accessed, baseUrl: null });
      return { ...item, 'citation-key': unique(item['citation-key']) };
    });
  const format = prepared.options.format;
  if (format !== 'bibtex' && format !== 'ris') {
    // CSL-JSON: the array JSON.stringify(items, null, 2) writes, one slice of its elements at a time.
    if (documents.length === 0) {
      yield '[]\n';
      return;
    }
    yield '[\n';
    for (let from = 0; from < documents.length; from += slice) {
      if (from > 0) await new Promise((resolve) => setImmediate(resolve));
      const part = itemsOf(from).map((item) => `  ${JSON.stringify(item, null, 2).replace(/\n/g, '\n  ')}`);
      yield `${part.join(',\n')}${from + slice < documents.length ? ',\n' : '\n'}`;
    }
    yield ']\n';
    return;
  }
  for (let from = 0; from < documents.length; from += slice) {
    if (from > 0) await new Promise((resolve) => setImmediate(resolve));
    const part = itemsOf(from);
    // RIS records are separated by an empty line, also between slices; BibTeX entries follow each other.
    yield format === 'bibtex' ? bibtexOf(part) : `${from > 0 ? '\n' : ''}${risOf(part)}`;
  }
}

/** The whole text of a citation-format export. */
async function citationText(prepared: PreparedExport): Promise<string> {
  let text = '';
  for await (const part of citationSlices(prepared)) text += part;
  return text;
}

/** The single-file content of a prepared export as a readable stream. */
export function exportStream(prepared: PreparedExport): Readable {
  const { options, selection } = prepared;
  switch (options.format) {
    case 'jsonl':
      return Readable.from(
        (function* () {
          for (const doc of selection.documents) yield documentJsonLine(doc, options.noText);
        })(),
      );
    case 'csv':
      return csvTableStream(DOCUMENTS_TABLE, documentRows(selection.documents, prepared.kb.incidents), options.noText);
    case 'parquet':
      return Readable.from([Buffer.from(parquetTable(DOCUMENTS_TABLE, documentRows(selection.documents, prepared.kb.incidents), options.noText))]);
    default:
      return Readable.from(citationSlices(prepared));
  }
}

/**
 * Writes a single-file export (`--format` without a folder) to a writable stream: a file, stdout
 * or an HTTP response. The options are checked and the records selected before the first byte,
 * so a `FaultlineError` (status 400) is thrown before anything is written. `end: false` leaves
 * the writable open (for stdout); by default it is ended.
 */
export async function exportToStream(
  kb: KnowledgeBase,
  options: ExportOptions,
  writable: Writable,
  streamOptions: { end?: boolean } = {},
): Promise<StreamExportResult> {
  return writeExport(prepareExport(kb, options), writable, streamOptions);
}

/**
 * Writes an export prepared with `prepareExport` to a writable (for a server that checks the
 * options and selects the records first, then sets its headers, then streams). Ends the writable
 * unless `end: false`.
 */
export async function writeExport(prepared: PreparedExport, writable: Writable, streamOptions: { end?: boolean } = {}): Promise<StreamExportResult> {
  await pipeline(exportStream(prepared), writable, { end: streamOptions.end ?? true });
  return { documents: prepared.selection.documents.length, incidents: prepared.selection.incidents.length };
}

/** Writes one data file of a folder export and describes it. */
async function writeDataFile(
  dir: string,
  file: Omit<WrittenFile, 'bytes' | 'sha256'>,
  content: Uint8Array | string,
): Promise<WrittenFile> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await writeFileAtomic(join(dir, file.path), bytes);
  return { ...file, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Table Schema fields of a table as exported. */
function tableSchemaFields<Row>(table: TableSpec<Row>, noText: boolean): SchemaField[] {
  return exportedFields(table, noText).map((field) => ({ name: field.name, type: field.type, description: field.description }));
}

/** Writes the tables (documents, tags, comments, incidents, timeline, action items) as CSV or Parquet. */
async function writeTables(dir: string, prepared: PreparedExport): Promise<WrittenFile[]> {
  const { options, selection } = prepared;
  const extension = FORMAT_INFO[options.format].extension;
  const tables: [TableSpec<never>, readonly unknown[]][] = [
    [DOCUMENTS_TABLE, documentRows(selection.documents, prepared.kb.incidents)],
    [TAGS_TABLE, tagRows(selection.documents)],
    [COMMENTS_TABLE, commentRows(selection.documents)],
    [INCIDENTS_TABLE, selection.incidents],
    [TIMELINE_TABLE, timelineRows(selection.documents)],
    [ACTION_ITEMS_TABLE, actionItemRows(selection.documents)],
  ];
  const files: WrittenFile[] = [];
  for (const [table, rows] of tables) {
    const typedRows = rows as never[];
    const content = options.format === 'csv' ? csvTableText(table, typedRows, options.noText) : parquetTable(table, typedRows, options.noText);
    files.push(
      await writeDataFile(
        dir,
        {
          name: table.name,
          path: `${table.name}.${extension}`,
          description: table.description,
          records: rows.length,
          fields: tableSchemaFields(table, options.noText),
          primaryKey: table.primaryKey,
          ...(table.foreignKeys === undefined ? {} : { foreignKeys: table.foreignKeys }),
        },
        content,
      ),
    );
  }
  return files;
}

/** Writes documents.jsonl and incidents.jsonl. */
async function writeJsonl(dir: string, prepared: PreparedExport): Promise<WrittenFile[]> {
  const { options, selection } = prepared;
  const documents = selection.documents.map((doc) => documentJsonLine(doc, options.noText)).join('');
  const incidents = selection.incidents.map((incident) => incidentJsonLine(incident)).join('');
  return [
    await writeDataFile(
      dir,
      {
        name: 'documents',
        path: 'documents.jsonl',
        description: 'One KnowledgeDocument a line, sorted by id (nested fields: docs/schema.md).',
        records: selection.documents.length,
        fields: jsonSchemaFields(DOCUMENT_JSON_FIELDS, options.noText),
        primaryKey: ['id'],
      },
      documents,
    ),
    await writeDataFile(
      dir,
      {
        name: 'incidents',
        path: 'incidents.jsonl',
        description: 'One Incident a line, sorted by id.',
        records: selection.incidents.length,
        fields: jsonSchemaFields(INCIDENT_JSON_FIELDS, false),
        primaryKey: ['id'],
      },
      incidents,
    ),
  ];
}

/** Writes the citation file of a citation-format folder export. */
async function writeCitations(dir: string, prepared: PreparedExport): Promise<WrittenFile[]> {
  const extension = FORMAT_INFO[prepared.options.format].extension;
  return [
    await writeDataFile(
      dir,
      {
        name: 'citations',
        path: `citations.${extension}`,
        description: `One ${prepared.options.format} citation per document, sorted by document id.`,
        records: prepared.selection.documents.length,
        fields: jsonSchemaFields(CITATION_FIELDS, false),
      },
      await citationText(prepared),
    ),
  ];
}

/**
 * Writes a folder export: for CSV and Parquet the tables documents, tags, comments and incidents;
 * for JSONL documents.jsonl and incidents.jsonl; for a citation format one citations file; and
 * `datapackage.json` describing them. Creates the folder when missing; overwrites only its own
 * files (each written atomically: a temporary file, flushed, renamed over the target).
 */
export async function exportToDirectory(
  kb: KnowledgeBase,
  options: ExportOptions,
  dir: string,
  directoryOptions: DirectoryExportOptions = {},
): Promise<DirectoryExportResult> {
  return writePreparedToDirectory(prepareExport(kb, options), dir, directoryOptions);
}

/** Writes a prepared folder export. */
async function writePreparedToDirectory(prepared: PreparedExport, dir: string, directoryOptions: DirectoryExportOptions): Promise<DirectoryExportResult> {
  const kb = prepared.kb;
  await mkdir(dir, { recursive: true });
  const format = prepared.options.format;
  const files =
    format === 'csv' || format === 'parquet'
      ? await writeTables(dir, prepared)
      : format === 'jsonl'
        ? await writeJsonl(dir, prepared)
        : await writeCitations(dir, prepared);
  const counts = { documents: prepared.selection.documents.length, incidents: prepared.selection.incidents.length };
  const dataPackage = buildDataPackage({
    options: prepared.options,
    files,
    manifest: kb.manifest,
    totals: prepared.totals ?? { documents: kb.documents.size, incidents: kb.incidents.size },
    counts,
    created: directoryOptions.created ?? new Date().toISOString(),
  });
  await writeFileAtomic(join(dir, 'datapackage.json'), dataPackageText(dataPackage));
  return { dir, files, dataPackage, ...counts };
}

/** True when `--out` names a folder: an existing folder, or a path without an extension. */
export async function isDirectoryTarget(out: string): Promise<boolean> {
  try {
    return (await stat(out)).isDirectory();
  } catch {
    return extname(out) === '' || /[/\\]$/.test(out);
  }
}

/** Where `exportDataset` writes. */
export interface ExportTarget {
  /** A file (single-file export) or a folder (see `isDirectoryTarget`); null or absent: `stdout`. */
  out?: string | null;
  /** Stream written when there is no `out` (default: process.stdout, left open). */
  stdout?: Writable;
  /** Build time recorded by a folder export's manifest (default: now). */
  created?: string;
}

/**
 * Exports to a file, a folder or stdout, as `faultline export` does: options are checked and the
 * records selected first, so a bad option throws before any file is created; a file is written
 * through a temporary file, flushed and renamed over the target (`writeAtomically`).
 */
export async function exportDataset(
  kb: KnowledgeBase,
  options: ExportOptions,
  target: ExportTarget = {},
): Promise<StreamExportResult | DirectoryExportResult> {
  return exportPrepared(prepareExport(kb, options), target);
}

/** Writes an export prepared with `prepareExport` (or by a backend: `backend-export.ts`) as `exportDataset` does. */
export async function exportPrepared(prepared: PreparedExport, target: ExportTarget = {}): Promise<StreamExportResult | DirectoryExportResult> {
  const out = target.out ?? null;
  if (out === null) return writeExport(prepared, target.stdout ?? process.stdout, { end: false });
  if (await isDirectoryTarget(out)) return writePreparedToDirectory(prepared, out, { created: target.created });
  await mkdir(dirname(out), { recursive: true });
  return writeAtomically(out, (temporary) => writeExport(prepared, createWriteStream(temporary)));
}
