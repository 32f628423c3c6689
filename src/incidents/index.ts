export * from './group-incidents.js';
export * from './merge-outline.js';
export * from './merge-tags.js';
export * from './provider-key.js';
export * from './report-facts.js';
export * from './slug.js';
export * from './text-similarity.js';
