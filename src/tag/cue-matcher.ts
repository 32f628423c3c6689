/**
 * Compiles cue lexicons once into regular expressions and finds cue hits in a lower-cased
 * clause. Each label is one alternation with a capturing group per cue, so a clause is scanned
 * once per label; overlapping hits of different labels are resolved longest-first ("global
 * server load balancing" is one `gslb` hit, not also a `load-balancer` hit).
 */
import { FaultlineError } from '../model/diagnostic.js';
import type { Span } from '../model/document.js';
import type { Cue, LabelCues } from './cues/cue.js';
import { LiteralPrefilter } from './literal-prefilter.js';
import { requiredLiteralsOfAll } from './required-literals.js';

/** A label's cues compiled for matching. */
export interface CompiledLabel<L extends string = string> {
  /** The label. */
  label: L;
  /** One alternation of all cues, each in its own capturing group (global flag). */
  regex: RegExp;
  /** The cues, in group order. */
  cues: Cue[];
  /** Compiled `with` patterns, by cue index (null when the cue has none). */
  withs: (RegExp | null)[];
  /** Negative context: when it matches the clause, the label's hits there are dropped. */
  context: RegExp | null;
  /** Literals one of which any hit contains (a prefilter), or null when unknown. */
  literals: string[] | null;
}

/** One cue found in a clause. */
export interface CueHit<L extends string = string> {
  label: L;
  /** Offset of the hit in the clause's lower-cased text. */
  start: number;
  end: number;
  /** The matched cue. */
  cue: Cue;
}

/** Compiles a regex source word-bounded, checking it has no capturing group (a lexicon bug). */
export function wordBounded(source: string, flags = ''): RegExp {
  const re = new RegExp(`\\b(?:${source})\\b`, flags);
  const probe = new RegExp(`${source}|`).exec('');
  if (probe !== null && probe.length !== 1) {
    throw new FaultlineError(`tag cues: pattern ${JSON.stringify(source)} has a capturing group; use (?:...)`, {
      parameter: 'pattern',
    });
  }
  return re;
}

/** Compiles one label's cue lexicon. */
export function compileLabel<L extends string>(label: L, lexicon: LabelCues, needsFailureDefault: boolean): CompiledLabel<L> {
  // Stronger cues first (then longer sources): among alternatives matching at the same place,
  // the strongest, most specific one wins.
  const cues = [...lexicon.cues]
    .map((cue) => ({ ...cue, needsFailure: cue.needsFailure ?? needsFailureDefault }))
    .sort((a, b) => b.weight - a.weight || b.pattern.length - a.pattern.length);
  for (const cue of cues) wordBounded(cue.pattern);
  // One word boundary around the whole alternation (not one per cue) lets the engine skip fast.
  const regex = new RegExp(`\\b(?:${cues.map((cue) => `(${cue.pattern})`).join('|')})\\b`, 'g');
  return {
    label,
    regex,
    cues,
    withs: cues.map((cue) => (cue.with === undefined ? null : new RegExp(cue.with))),
    context: lexicon.context === undefined || lexicon.context.length === 0 ? null : new RegExp(lexicon.context.join('|')),
    literals: requiredLiteralsOfAll(cues.map((cue) => cue.pattern)),
  };
}

/** The literal prefilter of a compiled axis (labels in the same order). */
export function axisPrefilter(labels: readonly CompiledLabel[]): LiteralPrefilter {
  return new LiteralPrefilter(labels.map((l) => l.literals));
}

/** Compiles a whole axis (every label's lexicon). */
export function compileAxis<L extends string>(lexicons: Record<L, LabelCues>, needsFailureDefault: boolean): CompiledLabel<L>[] {
  return (Object.keys(lexicons) as L[]).map((label) => compileLabel(label, lexicons[label], needsFailureDefault));
}

/** Keeps the longest of overlapping hits; returns them in text order. */
function longestFirst<L extends string>(hits: CueHit<L>[]): CueHit<L>[] {
  if (hits.length < 2) return hits;
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CueHit<L>[] = [];
  for (const hit of hits) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Finds the cue hits of every label in a lower-cased text, one list per clause (`clauses` are
 * spans of `text`; hit offsets index `text`). Each label's regex scans the text once; a hit
 * belongs to the clause it starts in. A label's hits in a clause are dropped when its negative
 * context matches that clause, a cue's when its `with` pattern does not; of overlapping hits in
 * a clause the longest is kept.
 */
export function findCueHits<L extends string>(
  text: string,
  labels: readonly CompiledLabel<L>[],
  clauses: readonly Span[] = [{ start: 0, end: text.length }],
  prefilter: LiteralPrefilter | null = null,
): CueHit<L>[][] {
  const candidates = prefilter === null ? -1 : prefilter.candidates(text);
  const clauseTexts = clauses.map((clause) => text.slice(clause.start, clause.end));
  const perClause: CueHit<L>[][] = clauses.map(() => []);
  const clauseOf = (position: number): number => {
    for (let c = clauses.length - 1; c >= 0; c -= 1) if ((clauses[c]?.start ?? 0) <= position) return c;
    return 0;
  };
  for (const [index, compiled] of labels.entries()) {
    if ((candidates & (1 << index)) === 0) continue;
    const { regex } = compiled;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null = regex.exec(text);
    if (m === null) continue;
    const contextOk = new Map<number, boolean>();
    while (m !== null) {
      if (m[0].length === 0) {
        regex.lastIndex += 1;
      } else {
        const c = clauses.length === 1 ? 0 : clauseOf(m.index);
        const clauseText = clauseTexts[c] ?? text;
        let ok = contextOk.get(c);
        if (ok === undefined) {
          ok = compiled.context === null || !compiled.context.test(clauseText);
          contextOk.set(c, ok);
        }
        if (ok) {
          let group = 1;
          while (group < m.length && m[group] === undefined) group += 1;
          const cue = compiled.cues[group - 1];
          const withRe = compiled.withs[group - 1];
          if (cue !== undefined && (withRe === null || withRe === undefined || withRe.test(clauseText))) {
            perClause[c]?.push({ label: compiled.label, start: m.index, end: m.index + m[0].length, cue });
          }
        }
      }
      m = regex.exec(text);
    }
  }
  return perClause.map((hits) => longestFirst(hits));
}
