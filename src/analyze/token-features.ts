/**
 * Per-word features used by key phrases and the summary, memoised by wink's token id (the
 * shared instance's vocabulary index, the same for every occurrence of a spelling in every
 * text), so each distinct spelling is classified once per process and every later occurrence
 * costs one typed-array read instead of string hashing.
 */
import { STOP_WORDS } from './stop-words.js';

/** The word can be part of a key phrase (a lower-case content word, not a stop word). */
export const CONTENT = 1 << 1;
/** The word belongs to incident vocabulary ("outage", "failed", "because", ...). */
export const INCIDENT = 1 << 2;
/** The word is a first-person-singular pronoun ("I", "me", "my"). */
export const FIRST_PERSON = 1 << 3;
/** The word opens chit-chat ("thanks", "great", "lol"). */
export const CHIT_CHAT = 1 << 4;
/** The word ends like a participle or adverb ("-ed", "-ing", "-ly"). */
export const PARTICIPLE = 1 << 5;
/** The word starts with a letter or digit (counts as a word of a sentence). */
export const WORDLIKE = 1 << 6;

const KNOWN = 1;

/** Words of incident reports (lower case). */
export const INCIDENT_WORDS: ReadonlySet<string> = new Set(
  `outage outages down downtime offline unavailable disruption disrupted degraded degradation incident failed
  failure failures fail fails failing error errors cause caused causes because due triggered customers users
  affected impacted restored recovered resolved mitigated latency crash crashed crashes misconfigured
  misconfiguration bug bugs deploy deployed deployment rollback rolled unreachable interrupted`.split(/\s+/),
);
const FIRST_PERSON_WORDS = new Set(['i', 'me', 'my', 'mine', 'myself']);
const CHIT_CHAT_WORDS = new Set(['thanks', 'thank', 'great', 'good', 'nice', 'interesting', 'hi', 'hello', 'lol', 'wow', 'yes', 'no', 'ok', 'okay']);
const CONTENT_WORD = /^[a-z][a-z0-9&-]*[a-z0-9]$/;
const PARTICIPLE_END = /(?:ed|ing|ly)$/;

let features = new Uint8Array(1 << 16);

/** Feature bits of one lower-case word. */
export function classifyWord(lower: string): number {
  let bits = KNOWN;
  const c = lower.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) bits |= WORDLIKE;
  if (CONTENT_WORD.test(lower) && !STOP_WORDS.has(lower)) bits |= CONTENT;
  if (PARTICIPLE_END.test(lower)) bits |= PARTICIPLE;
  if (INCIDENT_WORDS.has(lower)) bits |= INCIDENT;
  if (FIRST_PERSON_WORDS.has(lower)) bits |= FIRST_PERSON;
  if (CHIT_CHAT_WORDS.has(lower)) bits |= CHIT_CHAT;
  return bits;
}

/**
 * Feature bits of each token: `ids` are wink token ids (memo keys), `values` the tokens as
 * written (classified lower-cased the first time an id is seen).
 */
export function tokenFeatures(ids: readonly number[], values: readonly string[]): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const id = ids[i] ?? -1;
    if (id < 0) {
      out[i] = classifyWord((values[i] ?? '').toLowerCase());
      continue;
    }
    if (id >= features.length) {
      const grown = new Uint8Array(Math.max(features.length * 2, id + 1));
      grown.set(features);
      features = grown;
    }
    let bits = features[id] ?? 0;
    if (bits === 0) {
      bits = classifyWord((values[i] ?? '').toLowerCase());
      features[id] = bits;
    }
    out[i] = bits;
  }
  return out;
}
