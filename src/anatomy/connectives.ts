/**
 * Causal statements of one sentence: each causal connective of the rulebook found in it, with
 * the span of its cause side and of its effect side. "X was caused by Y": the cause side is Y, the
 * effect side X; "Y caused X", "Y led to X": the cause side is Y; "after a power failure, X",
 * "during a database upgrade, X": the connective itself names the cause. A side runs from the
 * connective to the nearest stop: the sentence's edge, a semicolon or dash, a coordinating clause (", and",
 * ", but", ", so", ", which") or the next connective.
 */
import type { Span } from '../model/document.js';
import type { CauseRole } from '../model/taxonomy.js';
import type { Rulebook } from '../rulebook/rulebook.js';

/** One causal statement: the connective, its kind, and its two sides (offsets into the sentence). */
export interface Connective extends Span {
  /** Id of the connective rule. */
  rule: string;
  /** What it puts forward: a root cause, a trigger or a contributing factor. */
  kind: CauseRole;
  /** The cause side. */
  cause: Span;
  /** The effect side. */
  effect: Span;
}

const STOP = /;\s*|\s+[—–]\s*|[—–]|\s+-\s+|:\s+|,\s*(?:and|but|so|while|whereas|which|leaving|after|before|until|when|although|though|then)\s+|\.\s+(?=[a-z])/gu;

const DENIED = /\b(?:not|never|no|nothing to do with|n't|nt)\s+(?:(?:the|a|an|any|really|actually|directly|entirely|solely|just|only)\s+)?$/u;

/** Positions where a side stops (start, end of each stop). */
function stops(lower: string): [number, number][] {
  const out: [number, number][] = [];
  STOP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STOP.exec(lower)) !== null) {
    if (m[0].length === 0) {
      STOP.lastIndex += 1;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Trims blanks and commas off a span of `lower`. */
function trim(lower: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && /[\s,]/u.test(lower[a] ?? '')) a += 1;
  while (b > a && /[\s,.]/u.test(lower[b - 1] ?? '')) b -= 1;
  return { start: a, end: b };
}

/** Finds the causal statements of a lower-cased sentence (see the module comment). */
export function findConnectives(rulebook: Rulebook, lower: string): Connective[] {
  const found: { rule: string; kind: CauseRole; side: 'after' | 'before' | 'within'; start: number; end: number }[] = [];
  for (const [start, end, id] of rulebook.connectives.pattern.matches(lower)) {
    const rule = rulebook.connectives.rules.get(id);
    if (rule === undefined) continue;
    // A denied connective states no cause: "not the result of", "wasn't caused by".
    if (DENIED.test(lower.slice(Math.max(0, start - 24), start))) continue;
    found.push({ rule: rule.id, kind: rule.kind, side: rule.causeSide, start, end });
  }
  if (found.length === 0) return [];
  // Longest first where connectives overlap ("was caused by" is not also "caused").
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof found = [];
  for (const c of found) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  kept.sort((a, b) => a.start - b.start);
  const bounds = stops(lower);
  return kept.map((c, k) => {
    const previousEnd = kept[k - 1]?.end ?? 0;
    const nextStart = kept[k + 1]?.start ?? lower.length;
    let left = previousEnd;
    for (const [, e] of bounds) if (e <= c.start && e > left) left = e;
    let right = nextStart;
    for (const [s] of bounds) {
      if (s >= c.end && s < right) {
        right = s;
        break;
      }
    }
    const before = trim(lower, left, c.start);
    const after = trim(lower, c.end, right);
    if (c.side === 'within') {
      // "after a power failure, X": the connective is the cause, the clause around it the effect.
      const effect = before.end > before.start ? before : after;
      return { rule: c.rule, kind: c.kind, start: c.start, end: c.end, cause: { start: c.start, end: c.end }, effect };
    }
    return {
      rule: c.rule,
      kind: c.kind,
      start: c.start,
      end: c.end,
      cause: c.side === 'after' ? after : before,
      effect: c.side === 'after' ? before : after,
    };
  });
}
