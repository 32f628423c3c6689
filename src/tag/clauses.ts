/**
 * Clauses of a sentence: the spans between clause boundaries (";", dashes, ", but", "because",
 * ", so", ", leaving", ...). A layer cue counts only with a failure word in its own clause, so
 * "the retail website did not show noticeable problems because it mostly uses cached data" does
 * not make `cache` fail. A clause knows whether it states a consequence (", so users could not
 * ...", "leading to ...").
 */
import type { Span } from '../model/document.js';
import type { Rulebook } from '../rulebook/rulebook.js';

/** One clause of a (lower-cased) sentence. */
export interface Clause extends Span {
  /** The clause states a consequence ("so users could not ...", "leading to ..."). */
  consequence: boolean;
}

const CONSEQUENCE_SEPARATOR = /\b(?:so|leading|causing|resulting|leaving|meaning)\b/u;

/** Splits a lower-cased sentence into clauses. */
export function splitClauses(lower: string, rulebook: Rulebook): Clause[] {
  const boundary = rulebook.clauseBoundary;
  const clauses: Clause[] = [];
  let from = 0;
  let separator = '';
  const push = (end: number): void => {
    const text = lower.slice(from, end);
    // A clause after another telling what a part could no longer do is the other's consequence.
    const consequence =
      CONSEQUENCE_SEPARATOR.test(separator) || rulebook.signals.consequence.test(text, lower) || (from > 0 && rulebook.signals.followingInability.test(text, lower));
    clauses.push({ start: from, end, consequence });
  };
  boundary.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(lower)) !== null) {
    if (m[0].length === 0) {
      boundary.lastIndex += 1;
      continue;
    }
    if (m.index > from) push(m.index);
    from = m.index + m[0].length;
    separator = m[0];
  }
  if (lower.length > from) push(lower.length);
  return clauses;
}
