/**
 * Clauses of a sentence: the spans between clause boundaries (";", dashes, ", but", "because",
 * ", so", ", leaving", ...). A layer cue counts only with a failure word in its own clause, so
 * "the retail website did not show noticeable problems because it mostly uses cached data" does
 * not make `cache` fail. Each clause knows whether it was introduced as a cause ("because ...")
 * or as a consequence (", so users could not ...").
 */
import type { Span } from '../model/document.js';
import { CAUSAL, CLAUSE_BOUNDARY, CONSEQUENCE } from './cues/signal-cues.js';

/** One clause of a (lower-cased) sentence. */
export interface Clause extends Span {
  /** The clause puts something forward as the cause ("because ...", "caused by ..."). */
  causal: boolean;
  /** The clause states a consequence ("so users could not ...", "leading to ..."). */
  consequence: boolean;
}

const BOUNDARY_RE = new RegExp(CLAUSE_BOUNDARY, 'gu');
const CAUSAL_RE = new RegExp(`\\b(?:${CAUSAL})\\b`, 'u');
const CONSEQUENCE_RE = new RegExp(`(?:${CONSEQUENCE})`, 'u');
const CAUSAL_SEPARATOR = /\b(?:because|since)\b/u;
const CONSEQUENCE_SEPARATOR = /\b(?:so|leading|causing|resulting|leaving|meaning)\b/u;

/** Splits a lower-cased sentence into clauses with their causal/consequence roles. */
export function splitClauses(lower: string): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let separator = '';
  const push = (end: number): void => {
    if (end <= from) return;
    const body = lower.slice(from, end);
    clauses.push({
      start: from,
      end,
      causal: CAUSAL_SEPARATOR.test(separator) || CAUSAL_RE.test(body),
      consequence: CONSEQUENCE_SEPARATOR.test(separator) || CONSEQUENCE_RE.test(body),
    });
  };
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(lower)) !== null) {
    if (m[0].length === 0) {
      BOUNDARY_RE.lastIndex += 1;
      continue;
    }
    push(m.index);
    from = m.index + m[0].length;
    separator = m[0];
  }
  push(lower.length);
  return clauses;
}
