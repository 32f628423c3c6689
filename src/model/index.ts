export * from './document.js';
export * from './diagnostic.js';
export * from './incident.js';
export * from './manifest.js';
export * from './search.js';
