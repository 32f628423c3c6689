/**
 * What each export format writes: its media type, its file extension, its single-file name and
 * the files of a folder export.
 */
import type { ExportFormat, ResolvedExportOptions } from './export-options.js';

/** How one format is written. */
export interface FormatInfo {
  /** Media type of a file (without parameters). */
  mediatype: string;
  /** True for text formats (served with `charset=utf-8`, declared `encoding: utf-8`). */
  text: boolean;
  /** File extension without the dot. */
  extension: string;
  /** Frictionless `format` of a resource. */
  resourceFormat: string;
  /** True when a folder export of this format is a tabular data package (CSV, Parquet). */
  tabular: boolean;
  /** Base name of the single file (without extension). */
  singleName: string;
}

/** The description of every format. */
export const FORMAT_INFO: Readonly<Record<ExportFormat, FormatInfo>> = Object.freeze({
  jsonl: { mediatype: 'application/x-ndjson', text: true, extension: 'jsonl', resourceFormat: 'jsonl', tabular: false, singleName: 'documents' },
  csv: { mediatype: 'text/csv', text: true, extension: 'csv', resourceFormat: 'csv', tabular: true, singleName: 'documents' },
  parquet: { mediatype: 'application/vnd.apache.parquet', text: false, extension: 'parquet', resourceFormat: 'parquet', tabular: true, singleName: 'documents' },
  bibtex: { mediatype: 'application/x-bibtex', text: true, extension: 'bib', resourceFormat: 'bib', tabular: false, singleName: 'citations' },
  'csl-json': { mediatype: 'application/vnd.citationstyles.csl+json', text: true, extension: 'json', resourceFormat: 'json', tabular: false, singleName: 'citations' },
  ris: { mediatype: 'application/x-research-info-systems', text: true, extension: 'ris', resourceFormat: 'ris', tabular: false, singleName: 'citations' },
});

/** The HTTP `Content-Type` of a single-file export, e.g. `text/csv; charset=utf-8`. */
export function exportContentType(format: ExportFormat): string {
  const info = FORMAT_INFO[format];
  return info.text ? `${info.mediatype}; charset=utf-8` : info.mediatype;
}

/**
 * The download file name of a single-file export, e.g. `faultline-documents.csv`,
 * `faultline-documents-no-text.jsonl`, `faultline-citations.bib` (ASCII, safe in a
 * `Content-Disposition: attachment; filename="..."` header as is).
 */
export function exportFilename(format: ExportFormat, options: Pick<ResolvedExportOptions, 'noText'> = { noText: false }): string {
  const info = FORMAT_INFO[format];
  const noText = options.noText && info.singleName === 'documents' ? '-no-text' : '';
  return `faultline-${info.singleName}${noText}.${info.extension}`;
}
