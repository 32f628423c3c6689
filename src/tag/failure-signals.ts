/**
 * Failure signals of one clause: where it says something failed or was affected, and where it
 * negates. Negated failure states ("did not show noticeable problems", "were not affected") are
 * not failures; failures that carry their own negation ("could not start", "wasn't
 * redirecting") are, and are masked before negations are looked for.
 */
import type { Rulebook } from '../rulebook/rulebook.js';

/** Failure and negation positions in one lower-cased clause. */
export interface FailureSignals {
  /** Start offsets (in the clause) of failure words that stand. */
  failures: number[];
  /** Spans of negations (not counting those inside self-negating failures). */
  negations: [number, number][];
  /** The clause with self-negating failures blanked out. */
  masked: string;
  /** End offsets of denials ("not the result of", "no sign that"): every cue after one is denied. */
  denials: number[];
  /** Start offsets of retractions ("... played no part"): every cue before one is denied. */
  retractions: number[];
}

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

/**
 * True when one of `negations` ends shortly before `position` (within {@link NEGATION_WINDOW}
 * words), one of `denials` ends anywhere before it, or one of `retractions` starts after it.
 */
export function isNegatedAt(
  masked: string,
  negations: readonly [number, number][],
  position: number,
  denials: readonly number[] = [],
  retractions: readonly number[] = [],
): boolean {
  for (const end of denials) if (end <= position) return true;
  for (const start of retractions) if (start > position) return true;
  for (const [start, end] of negations) {
    if (end <= position && position - end < 60 && wordCount(masked.slice(end, position)) <= NEGATION_WINDOW) return true;
    if (start >= position) break;
  }
  return false;
}

/** Finds the failure signals of a lower-cased clause (part of the sentence `scope`, for the literal prefilter). */
export function failureSignals(rulebook: Rulebook, clause: string, scope: string = clause): FailureSignals {
  const { signals } = rulebook;
  const functional = signals.failureFunction.matches(clause, scope);
  let masked = clause;
  for (const [start, end] of functional) masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  const negations = signals.negator.matches(masked, scope).map(([a, b]): [number, number] => [a, b]);
  const notAffected = signals.notAffected.matches(masked, scope);
  const failures = functional.map(([start]) => start);
  for (const [start, end] of signals.failure.matches(masked, scope)) {
    if (notAffected.some(([a, b]) => start < b && a < end)) continue;
    if (isNegatedAt(masked, negations, start)) continue;
    failures.push(start);
  }
  failures.sort((a, b) => a - b);
  const denials = signals.denial.matches(clause, scope).map(([, end]) => end);
  const retractions = signals.retraction.matches(masked, scope).map(([start]) => start);
  return { failures, negations, masked, denials, retractions };
}
