export * from './document.js';
export * from './diagnostic.js';
export * from './incident.js';
export * from './layer-role-filter.js';
export * from './manifest.js';
export * from './outline.js';
export * from './search.js';
export * from './taxonomy.js';
