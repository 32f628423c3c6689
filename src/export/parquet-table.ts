/**
 * Parquet tables written with hyparquet-writer: one column per table field, typed (string as
 * UTF8/STRING, integer as INT32, number as DOUBLE, boolean as BOOLEAN, date as DATE), every
 * column optional (null for a missing value), Snappy-compressed, no timestamps (the same rows
 * give the same bytes).
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import { FAULTLINE_VERSION } from '../version.js';
import { exportedFields, type CellValue, type FieldType, type TableSpec } from './table-fields.js';

/** A Parquet schema element (the subset written here). */
interface ParquetSchemaElement {
  name: string;
  num_children?: number;
  type?: 'BYTE_ARRAY' | 'INT32' | 'DOUBLE' | 'BOOLEAN';
  converted_type?: 'UTF8' | 'DATE';
  logical_type?: { type: 'STRING' } | { type: 'DATE' };
  repetition_type?: 'OPTIONAL';
}

/** The Parquet physical/logical type of each field type. */
const PARQUET_TYPES: Record<FieldType, Omit<ParquetSchemaElement, 'name'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type: 'OPTIONAL' },
  integer: { type: 'INT32', repetition_type: 'OPTIONAL' },
  number: { type: 'DOUBLE', repetition_type: 'OPTIONAL' },
  boolean: { type: 'BOOLEAN', repetition_type: 'OPTIONAL' },
  date: { type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' }, repetition_type: 'OPTIONAL' },
};

/** How each field type is described in docs (`docs/schema.md`). */
export const PARQUET_TYPE_NAMES: Record<FieldType, string> = {
  string: 'BYTE_ARRAY (STRING)',
  integer: 'INT32',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'INT32 (DATE)',
};

/** Converts a cell to the value hyparquet-writer expects for the field type. */
function parquetValue(type: FieldType, value: CellValue): string | number | boolean | Date | null {
  if (value === null) return null;
  if (type === 'date') {
    const date = /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? new Date(`${String(value)}T00:00:00Z`) : null;
    return date && !Number.isNaN(date.getTime()) ? date : null;
  }
  return value;
}

/** A table as the bytes of one Parquet file. */
export function parquetTable<Row>(table: TableSpec<Row>, rows: readonly Row[], noText: boolean): Uint8Array {
  const fields = exportedFields(table, noText);
  const schema: ParquetSchemaElement[] = [{ name: 'root', num_children: fields.length }];
  const columnData = fields.map((field) => {
    schema.push({ name: field.name, ...PARQUET_TYPES[field.type] });
    return { name: field.name, data: rows.map((row) => parquetValue(field.type, field.value(row))) };
  });
  const buffer = parquetWriteBuffer({
    columnData,
    schema,
    createdBy: `faultline ${FAULTLINE_VERSION}`,
    kvMetadata: [{ key: 'faultline.table', value: table.name }],
  });
  return new Uint8Array(buffer);
}
