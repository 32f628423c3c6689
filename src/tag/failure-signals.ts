/**
 * Failure signals of one clause: where it says something failed or was affected, and where it
 * negates. Negated failure states ("did not show noticeable problems", "were not affected") are
 * not failures; failures that carry their own negation ("could not start", "wasn't
 * redirecting") are, and are masked before negations are looked for.
 */
import { FAILURE_FUNCTION, FAILURE_STATE, NEGATOR, NOT_AFFECTED } from './cues/signal-cues.js';

/** Failure and negation positions in one lower-cased clause. */
export interface FailureSignals {
  /** Start offsets (in the clause) of failure words that stand. */
  failures: number[];
  /** Spans of negations (not counting those inside self-negating failures). */
  negations: Array<[number, number]>;
}

const FUNCTION_RE = new RegExp(`\\b(?:${FAILURE_FUNCTION})\\b`, 'gu');
const STATE_RE = new RegExp(`\\b(?:${FAILURE_STATE})\\b`, 'gu');
const NEGATOR_RE = new RegExp(`\\b(?:${NEGATOR})\\b`, 'gu');
const NOT_AFFECTED_RE = new RegExp(`\\b(?:${NOT_AFFECTED})\\b`, 'gu');
const WORD_RE = /[\p{L}\p{N}']+/gu;

/** Most words between a negation and the word it negates. */
export const NEGATION_WINDOW = 3;

/** Number of words in `text`. */
function wordCount(text: string): number {
  WORD_RE.lastIndex = 0;
  let n = 0;
  while (WORD_RE.exec(text) !== null) n += 1;
  return n;
}

/** True when one of `negations` ends shortly before `position` (within {@link NEGATION_WINDOW} words). */
export function isNegatedAt(masked: string, negations: ReadonlyArray<[number, number]>, position: number): boolean {
  for (const [start, end] of negations) {
    if (end <= position && position - end < 60 && wordCount(masked.slice(end, position)) <= NEGATION_WINDOW) return true;
    if (start >= position) break;
  }
  return false;
}

/** All matches of a global regex as `[start, end]` pairs. */
function spans(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Finds the failure signals of a lower-cased clause; also returns the clause with self-negating failures masked. */
export function failureSignals(clause: string): FailureSignals & { masked: string } {
  const functional = spans(FUNCTION_RE, clause);
  let masked = clause;
  for (const [start, end] of functional) masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  const negations = spans(NEGATOR_RE, masked);
  const notAffected = spans(NOT_AFFECTED_RE, masked);
  const failures = functional.map(([start]) => start);
  for (const [start, end] of spans(STATE_RE, masked)) {
    if (notAffected.some(([a, b]) => start < b && a < end)) continue;
    if (isNegatedAt(masked, negations, start)) continue;
    failures.push(start);
  }
  failures.sort((a, b) => a - b);
  return { failures, negations, masked };
}
