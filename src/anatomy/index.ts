export * from './read-anatomy.js';
export * from './read-voice.js';
export * from './connectives.js';
export * from './tense.js';
export * from './text-units.js';
