/** Dataset exports: JSONL, CSV, Parquet and citation files, single-file or as a data package folder. */
export * from './export-dataset.js';
export * from './export-formats.js';
export * from './export-options.js';
export * from './data-package.js';
export * from './table-fields.js';
export * from './json-fields.js';
export * from './select-records.js';
