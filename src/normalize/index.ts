export { normalizeText } from './normalize-text.js';
export { normalizeWithMap, type NormalizedWithMap } from './normalize-with-map.js';
export { normalizeDocument, normalizeLine } from './normalize-document.js';
