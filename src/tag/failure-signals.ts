/**
 * Failure signals of one clause: where it says something failed or was affected, and where it
 * negates. Negated failure states ("did not show noticeable problems", "were not affected") are
 * not failures; failures that carry their own negation ("could not start", "wasn't
 * redirecting") are, and are masked before negations are looked for.
 */
import { FAILURE_FUNCTION, FAILURE_STATE, NEGATOR, NOT_AFFECTED } from './cues/signal-cues.js';
import { FastPattern } from './fast-pattern.js';

/** Failure and negation positions in one lower-cased clause. */
export interface FailureSignals {
  /** Start offsets (in the clause) of failure words that stand. */
  failures: number[];
  /** Spans of negations (not counting those inside self-negating failures). */
  negations: Array<[number, number]>;
}

const FUNCTION_RE = new FastPattern(FAILURE_FUNCTION);
const STATE_RE = new FastPattern(FAILURE_STATE);
const NEGATOR_RE = new FastPattern(NEGATOR);
const NOT_AFFECTED_RE = new FastPattern(NOT_AFFECTED);
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

/**
 * Finds the failure signals of a lower-cased clause (part of the sentence `scope`, for the literal
 * prefilter); also returns the clause with self-negating failures masked.
 */
export function failureSignals(clause: string, scope: string = clause): FailureSignals & { masked: string } {
  const functional = FUNCTION_RE.matches(clause, scope);
  let masked = clause;
  for (const [start, end] of functional) masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  const negations = NEGATOR_RE.matches(masked, scope);
  const notAffected = NOT_AFFECTED_RE.matches(masked, scope);
  const failures = functional.map(([start]) => start);
  for (const [start, end] of STATE_RE.matches(masked, scope)) {
    if (notAffected.some(([a, b]) => start < b && a < end)) continue;
    if (isNegatedAt(masked, negations, start)) continue;
    failures.push(start);
  }
  failures.sort((a, b) => a - b);
  return { failures, negations, masked };
}
