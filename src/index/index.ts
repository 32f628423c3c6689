export * from './build-index.js';
export * from './index-fields.js';
export * from './index-format.js';
export * from './load-index.js';
export * from './lunr-pipeline.js';
export * from './query-index.js';
export * from './to-lunr-index.js';
