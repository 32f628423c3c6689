export * from './tag-document.js';
export * from './tag-options.js';
export * from './evaluate.js';
export * from './aggregate-tags.js';
