export * from './taxonomy.js';
export * from './certainty.js';
export * from './tag-text.js';
export * from './tag-options.js';
export * from './evaluate.js';
export * from './speaker.js';
export type { Cue, LabelCues } from './cues/cue.js';
