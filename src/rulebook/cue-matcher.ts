/**
 * Compiles an axis of cue rules (one label's cues after another) into regular expressions (one
 * per cue, word-bounded) registered with the rulebook's literal scanner, and finds cue hits in a
 * lower-cased sentence: only the cues whose required literals occur in it are run. Hits are
 * assigned to clauses; overlapping hits in a clause are resolved longest-first, then strongest
 * ("global server load balancing" is one `gslb` hit, not also a `load-balancer` hit).
 */
import type { Span } from '../model/document.js';
import { FaultlineError } from '../model/diagnostic.js';
import { compileRuleRegex } from './fast-pattern.js';
import type { LiteralScanner } from './literal-scanner.js';
import { RecentResults } from './recent-results.js';
import { requiredLiterals } from './required-literals.js';
import type { ContextRule, CueRule, LabelRules } from './rule.js';

/** One cue compiled for matching. */
export interface CompiledCue {
  /** The rule, with `needsFailure` resolved to the axis default. */
  cue: CueRule & { needsFailure: boolean };
  /** `\b(?:pattern)\b`, global. */
  regex: RegExp;
  /** The cue's family id in the literal scanner. */
  family: number;
  /** Compiled `with` pattern, or null. */
  with: RegExp | null;
  /** `with` is tested on the whole sentence instead of the clause. */
  withSentence: boolean;
}

/** A label's cues compiled for matching. */
export interface CompiledLabel<L extends string = string> {
  /** The label. */
  label: L;
  /** The cues. */
  cues: CompiledCue[];
  /** Negative context rules, each compiled; when one matches the clause (or sentence), the label's hits there are dropped. */
  context: { rule: ContextRule; regex: RegExp; sentence: boolean }[];
}

/** A compiled axis: its labels, and which cue each scanner family of the axis is. */
export interface CompiledAxis<L extends string = string> {
  labels: CompiledLabel<L>[];
  /** The scanner the axis registered with. */
  scanner: LiteralScanner;
  /** Owner of each scanner family id that is a cue of this axis. */
  owners: Map<number, { label: CompiledLabel<L>; cue: CompiledCue }>;
  /** The raw matches of the texts searched last (a sentence is searched in several passes). */
  recent: RecentResults<RawHit<L>[]>;
}

/** A match of one cue, before clauses, contexts and overlaps are applied. */
interface RawHit<L extends string> {
  label: CompiledLabel<L>;
  cue: CompiledCue;
  start: number;
  end: number;
}

/** How many texts' raw matches an axis keeps. */
const RECENT_TEXTS = 256;

/** One cue found in a sentence. */
export interface CueHit<L extends string = string> {
  label: L;
  /** Offsets of the hit in the (lower-cased) text searched. */
  start: number;
  end: number;
  /** The matched cue. */
  cue: CueRule & { needsFailure: boolean };
}

/** Compiles a regex source word-bounded, checking it has no capturing group (a rulebook bug). */
export function wordBounded(id: string, source: string, flags = ''): RegExp {
  const re = compileRuleRegex(id, `\\b(?:${source})\\b`, flags);
  const probe = compileRuleRegex(id, `${source}|`, '').exec('');
  if (probe !== null && probe.length !== 1) {
    throw new FaultlineError(`rulebook: rule ${id} pattern ${JSON.stringify(source)} has a capturing group; use (?:...)`, {
      parameter: 'pattern',
    });
  }
  return re;
}

/** Compiles one label's cue rules. */
export function compileLabel<L extends string>(rules: LabelRules<L>, needsFailureDefault: boolean, scanner: LiteralScanner): CompiledLabel<L> {
  return {
    label: rules.label,
    cues: rules.cues.map((cue) => ({
      cue: { ...cue, needsFailure: cue.needsFailure ?? needsFailureDefault },
      regex: wordBounded(cue.id, cue.pattern, 'g'),
      family: scanner.register(requiredLiterals(cue.pattern)),
      with: cue.with === undefined ? null : compileRuleRegex(cue.id, cue.with, ''),
      withSentence: cue.withScope === 'sentence',
    })),
    context: (rules.context ?? []).map((rule) => ({ rule, regex: compileRuleRegex(rule.id, rule.pattern, ''), sentence: rule.scope === 'sentence' })),
  };
}

/** Compiles a whole axis (every label's cue rules). */
export function compileAxis<L extends string>(
  axis: readonly LabelRules<L>[],
  needsFailureDefault: boolean,
  scanner: LiteralScanner,
): CompiledAxis<L> {
  const labels = axis.map((rules) => compileLabel(rules, needsFailureDefault, scanner));
  const owners = new Map<number, { label: CompiledLabel<L>; cue: CompiledCue }>();
  for (const label of labels) for (const cue of label.cues) owners.set(cue.family, { label, cue });
  return { labels, scanner, owners, recent: new RecentResults(RECENT_TEXTS) };
}

/** True when some cue of the axis may match in `text` (one of its literals occurs). */
export function axisMayMatch(text: string, axis: CompiledAxis): boolean {
  for (const id of axis.scanner.flagged(text)) if (axis.owners.has(id)) return true;
  return false;
}

/** Keeps the longest (then strongest) of overlapping hits; returns them in text order. */
function resolveOverlaps<L extends string>(hits: CueHit<L>[]): CueHit<L>[] {
  if (hits.length < 2) return hits;
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || b.cue.weight - a.cue.weight || a.start - b.start || (a.cue.id < b.cue.id ? -1 : a.cue.id > b.cue.id ? 1 : 0));
  const kept: CueHit<L>[] = [];
  for (const hit of hits) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Finds the cue hits of every label of `axis` in a lower-cased text, one list per clause
 * (`clauses` are spans of `text`; hit offsets index `text`); a hit belongs to the clause it
 * starts in. A label's hits in a clause are dropped when one of its context rules matches that
 * clause, a cue's when its `with` pattern does not.
 */
export function findCueHits<L extends string>(
  text: string,
  axis: CompiledAxis<L>,
  clauses: readonly Span[] = [{ start: 0, end: text.length }],
): CueHit<L>[][] {
  const perClause: CueHit<L>[][] = clauses.map(() => []);
  let clauseTexts: string[] | null = null;
  const clauseOf = (position: number): number => {
    for (let c = clauses.length - 1; c > 0; c -= 1) if ((clauses[c]?.start ?? 0) <= position) return c;
    return 0;
  };
  const contextOk = new Map<CompiledLabel<L>, Map<number, boolean>>();
  for (const { label: compiled, cue: { cue, with: withRe, withSentence }, start, end } of rawHits(text, axis)) {
    clauseTexts ??= clauses.map((clause) => text.slice(clause.start, clause.end));
    const c = clauseOf(start);
    const clauseText = clauseTexts[c] ?? text;
    let perLabel = contextOk.get(compiled);
    if (perLabel === undefined) {
      perLabel = new Map();
      contextOk.set(compiled, perLabel);
    }
    let ok = perLabel.get(c);
    if (ok === undefined) {
      ok = !compiled.context.some((context) => context.regex.test(context.sentence ? text : clauseText));
      perLabel.set(c, ok);
    }
    if (ok && (withRe === null || withRe.test(withSentence ? text : clauseText))) {
      perClause[c]?.push({ label: compiled.label, start, end, cue });
    }
  }
  return perClause.map((hits) => resolveOverlaps(hits));
}

/**
 * True when some cue of the axis matches `text` (as one clause: its label's context and its `with`
 * pattern apply) and passes `accept`; cheaper than {@link findCueHits} (no overlaps resolved).
 */
export function someCueHit<L extends string>(text: string, axis: CompiledAxis<L>, accept: (cue: CompiledCue['cue'], start: number) => boolean): boolean {
  for (const { label, cue, start } of rawHits(text, axis)) {
    if (!accept(cue.cue, start)) continue;
    if (cue.with !== null && !cue.with.test(text)) continue;
    if (label.context.some((context) => context.regex.test(text))) continue;
    return true;
  }
  return false;
}

/** Every match of the axis's cues in `text` (the cues whose literals occur), remembered for the next passes. */
function rawHits<L extends string>(text: string, axis: CompiledAxis<L>): RawHit<L>[] {
  const seen = axis.recent.get(text);
  if (seen !== undefined) return seen;
  const hits: RawHit<L>[] = [];
  for (const id of axis.scanner.flagged(text)) {
    const owner = axis.owners.get(id);
    if (owner === undefined) continue;
    const { regex } = owner.cue;
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      hits.push({ label: owner.label, cue: owner.cue, start: m.index, end: m.index + m[0].length });
    }
  }
  axis.recent.set(text, hits);
  return hits;
}
