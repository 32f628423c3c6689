export * from './rule.js';
export * from './rulebook.js';
export * from './weights.js';
export * from './read-provider-domains.js';
export type { ConnectiveRule } from './causal.js';
export type { SignalFamily, SignalName } from './signals.js';
export type { CompiledAxis, CueHit } from './cue-matcher.js';
