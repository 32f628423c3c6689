/**
 * Clauses of a sentence: the spans between clause boundaries (";", dashes, ", but", "because",
 * ", so", ", leaving", ...). A layer cue counts only with a failure word in its own clause, so
 * "the retail website did not show noticeable problems because it mostly uses cached data" does
 * not make `cache` fail. Each clause knows whether it was introduced as a cause ("because ...")
 * or as a consequence (", so users could not ...").
 */
import type { Span } from '../model/document.js';
import { CAUSAL, CLAUSE_BOUNDARY, CONSEQUENCE } from './cues/signal-cues.js';
import { FastPattern } from './fast-pattern.js';

/** One clause of a (lower-cased) sentence; its roles are read on first use. */
export class Clause implements Span {
  private causalRole: boolean | undefined;
  private consequenceRole: boolean | undefined;

  /** A clause `[start, end)` of `sentence`, introduced by `separator` ('' for the first). */
  constructor(
    private readonly sentence: string,
    readonly start: number,
    readonly end: number,
    private readonly separator: string,
  ) {}

  /** The clause puts something forward as the cause ("because ...", "caused by ..."). */
  get causal(): boolean {
    this.causalRole ??= CAUSAL_SEPARATOR.test(this.separator) || CAUSAL_RE.test(this.sentence.slice(this.start, this.end), this.sentence);
    return this.causalRole;
  }

  /** The clause states a consequence ("so users could not ...", "leading to ..."). */
  get consequence(): boolean {
    this.consequenceRole ??=
      CONSEQUENCE_SEPARATOR.test(this.separator) || CONSEQUENCE_RE.test(this.sentence.slice(this.start, this.end), this.sentence);
    return this.consequenceRole;
  }
}

const BOUNDARY_RE = new RegExp(CLAUSE_BOUNDARY, 'gu');
const CAUSAL_RE = new FastPattern(CAUSAL);
const CONSEQUENCE_RE = new FastPattern(CONSEQUENCE, { prefix: '(?:', suffix: ')' });
const CAUSAL_SEPARATOR = /\b(?:because|since)\b/u;
const CONSEQUENCE_SEPARATOR = /\b(?:so|leading|causing|resulting|leaving|meaning)\b/u;

/** Splits a lower-cased sentence into clauses. */
export function splitClauses(lower: string): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let separator = '';
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(lower)) !== null) {
    if (m[0].length === 0) {
      BOUNDARY_RE.lastIndex += 1;
      continue;
    }
    if (m.index > from) clauses.push(new Clause(lower, from, m.index, separator));
    from = m.index + m[0].length;
    separator = m[0];
  }
  if (lower.length > from) clauses.push(new Clause(lower, from, lower.length, separator));
  return clauses;
}
