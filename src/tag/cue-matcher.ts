/**
 * Compiles cue lexicons once into regular expressions (one per cue, word-bounded) registered
 * with the literal scanner, and finds cue hits in a lower-cased sentence: only the cues whose
 * required literals occur in it are run. Hits are assigned to clauses; overlapping hits in a
 * clause are resolved longest-first, then strongest ("global server load balancing" is one `gslb`
 * hit, not also a `load-balancer` hit).
 */
import type { Span } from '../model/document.js';
import { FaultlineError } from '../model/diagnostic.js';
import type { Cue, LabelCues } from './cues/cue.js';
import { SCANNER } from './literal-scanner.js';
import { requiredLiterals } from './required-literals.js';

/** One cue compiled for matching. */
export interface CompiledCue {
  cue: Cue;
  /** `\b(?:pattern)\b`, global. */
  regex: RegExp;
  /** The cue's family id in the literal scanner. */
  family: number;
  /** Compiled `with` pattern, or null. */
  with: RegExp | null;
}

/** A label's cues compiled for matching. */
export interface CompiledLabel<L extends string = string> {
  /** The label. */
  label: L;
  /** The cues. */
  cues: CompiledCue[];
  /** Negative context: when it matches the clause, the label's hits there are dropped. */
  context: RegExp | null;
}

/** One cue found in a sentence. */
export interface CueHit<L extends string = string> {
  label: L;
  /** Offsets of the hit in the (lower-cased) text searched. */
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

/** Which compiled axis, label and cue a scanner family belongs to. */
interface FamilyOwner {
  axis: readonly CompiledLabel[];
  label: CompiledLabel;
  cue: CompiledCue;
}

/** Owners of the scanner families that are cues, by family id. */
const OWNERS: (FamilyOwner | undefined)[] = [];

/** The axes compiled by {@link compileAxis} (their cues are in OWNERS). */
const COMPILED_AXES = new WeakSet<readonly CompiledLabel[]>();

/** Compiles one label's cue lexicon. */
export function compileLabel<L extends string>(label: L, lexicon: LabelCues, needsFailureDefault: boolean): CompiledLabel<L> {
  return {
    label,
    cues: lexicon.cues.map((cue) => ({
      cue: { ...cue, needsFailure: cue.needsFailure ?? needsFailureDefault },
      regex: wordBounded(cue.pattern, 'g'),
      family: SCANNER.register(requiredLiterals(cue.pattern)),
      with: cue.with === undefined ? null : new RegExp(cue.with),
    })),
    context: lexicon.context === undefined || lexicon.context.length === 0 ? null : new RegExp(lexicon.context.join('|')),
  };
}

/** Compiles a whole axis (every label's lexicon). */
export function compileAxis<L extends string>(lexicons: Record<L, LabelCues>, needsFailureDefault: boolean): CompiledLabel<L>[] {
  const axis = (Object.keys(lexicons) as L[]).map((label) => compileLabel(label, lexicons[label], needsFailureDefault));
  for (const label of axis) for (const cue of label.cues) OWNERS[cue.family] = { axis, label, cue };
  COMPILED_AXES.add(axis);
  return axis;
}

/** True when some cue of the axis may match in `text` (one of its literals occurs). */
export function axisMayMatch(text: string, axis: readonly CompiledLabel[]): boolean {
  for (const id of SCANNER.flagged(text)) if (OWNERS[id]?.axis === axis) return true;
  return false;
}

/** Keeps the longest (then strongest) of overlapping hits; returns them in text order. */
function resolveOverlaps<L extends string>(hits: CueHit<L>[]): CueHit<L>[] {
  if (hits.length < 2) return hits;
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || b.cue.weight - a.cue.weight || a.start - b.start);
  const kept: CueHit<L>[] = [];
  for (const hit of hits) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Finds the cue hits of every label in a lower-cased text, one list per clause (`clauses` are
 * spans of `text`; hit offsets index `text`); a hit belongs to the clause it starts in. A label's
 * hits in a clause are dropped when its negative context matches that clause, a cue's when its
 * `with` pattern does not.
 */
export function findCueHits<L extends string>(
  text: string,
  labels: readonly CompiledLabel<L>[],
  clauses: readonly Span[] = [{ start: 0, end: text.length }],
): CueHit<L>[][] {
  const flags = SCANNER.scan(text);
  const perClause: CueHit<L>[][] = clauses.map(() => []);
  let clauseTexts: string[] | null = null;
  const clauseOf = (position: number): number => {
    for (let c = clauses.length - 1; c > 0; c -= 1) if ((clauses[c]?.start ?? 0) <= position) return c;
    return 0;
  };
  const contextOk = new Map<CompiledLabel, Map<number, boolean>>();
  const owned = COMPILED_AXES.has(labels);
  const candidates: { label: CompiledLabel<L>; cue: CompiledCue }[] = [];
  if (owned) {
    // An axis compiled with compileAxis: only the flagged cues.
    for (const id of SCANNER.flagged(text)) {
      const owner = OWNERS[id];
      if (owner !== undefined && owner.axis === labels) candidates.push({ label: owner.label as CompiledLabel<L>, cue: owner.cue });
    }
  } else {
    for (const label of labels) for (const cue of label.cues) if (flags[cue.family] === 1) candidates.push({ label, cue });
  }
  for (const { label: compiled, cue: { cue, regex, with: withRe } } of candidates) {
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      clauseTexts ??= clauses.map((clause) => text.slice(clause.start, clause.end));
      const c = clauseOf(m.index);
      const clauseText = clauseTexts[c] ?? text;
      let perLabel = contextOk.get(compiled);
      if (perLabel === undefined) {
        perLabel = new Map();
        contextOk.set(compiled, perLabel);
      }
      let ok = perLabel.get(c);
      if (ok === undefined) {
        ok = compiled.context === null || !compiled.context.test(clauseText);
        perLabel.set(c, ok);
      }
      if (ok && (withRe === null || withRe.test(clauseText))) {
        perClause[c]?.push({ label: compiled.label, start: m.index, end: m.index + m[0].length, cue });
      }
    }
  }
  return perClause.map((hits) => resolveOverlaps(hits));
}
