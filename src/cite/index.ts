/** Citations and quotations for documents and incidents. */
export * from './citations-for.js';
export * from './csl-item.js';
export * from './csl-styles.js';
export * from './quote-for.js';
export * from './author-names.js';
export * from './site-name.js';
export * from './citation-key.js';
