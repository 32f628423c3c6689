/**
 * CSV tables (RFC 4180: CRLF line ends, a header row, fields with commas, quotes or line breaks
 * quoted, quotes doubled) written with csv-stringify.
 *
 * Formula injection: a text cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * written with a leading `'`, so a spreadsheet shows it as text instead of running it
 * (csv-stringify's `escape_formulas`). Numbers stay numbers (`-0.5` is written as is). A reader
 * that wants the original text back removes one leading `'` from such cells.
 */
import { Readable } from 'node:stream';
import { stringify, type Options as StringifyOptions } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';
import { exportedFields, type TableSpec } from './table-fields.js';

/** The first characters that make a spreadsheet run a cell as a formula. */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

/** csv-stringify options for a table's columns. */
function stringifyOptions(columns: string[]): StringifyOptions {
  return {
    header: true,
    columns: columns.map((name) => ({ key: name, header: name })),
    record_delimiter: 'windows',
    escape_formulas: true,
    // RFC 4180 quotes only the record delimiter (CRLF); a bare LF or CR inside a cell is quoted
    // too, so a reader that breaks rows on LF can never start a row (or a formula) mid-cell.
    quoted_match: /[\r\n]/,
    cast: {
      boolean: (value) => (value ? 'true' : 'false'),
      number: (value) => String(value),
    },
  };
}

/** The cell values of one row, keyed by column name. */
function recordOf<Row>(table: TableSpec<Row>, noText: boolean, row: Row): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of exportedFields(table, noText)) record[field.name] = field.value(row);
  return record;
}

/** A readable stream of a table as CSV text. */
export function csvTableStream<Row>(table: TableSpec<Row>, rows: Iterable<Row>, noText: boolean): Readable {
  const columns = exportedFields(table, noText).map((field) => field.name);
  const records = (function* () {
    for (const row of rows) yield recordOf(table, noText, row);
  })();
  return Readable.from(records).pipe(stringify(stringifyOptions(columns)));
}

/** A table as one CSV string. */
export function csvTableText<Row>(table: TableSpec<Row>, rows: Iterable<Row>, noText: boolean): string {
  const columns = exportedFields(table, noText).map((field) => field.name);
  return stringifySync([...rows].map((row) => recordOf(table, noText, row)), stringifyOptions(columns));
}
