/**
 * Required literals of a cue pattern: a set of plain strings such that every match of the
 * pattern contains at least one of them. A label whose required literals are all absent from a
 * sentence cannot match there, so its (slower) regular expression is skipped: a cheap prefilter
 * computed from the lexicon itself, never written by hand.
 *
 * Understands the subset of regular-expression syntax the lexicons use: literal characters,
 * escapes (`\w`, `\s`, `\b`, `\d`, `\.`), character classes, non-capturing groups with
 * alternation, lookarounds (ignored: zero width) and the quantifiers `?`, `*`, `+`, `{m,n}`.
 * Anything it cannot prove required makes the answer `null` (no prefilter).
 */

/** Shortest literal worth filtering on. */
const MIN_LITERAL = 2;

interface Cursor {
  src: string;
  i: number;
}

/** Reads a quantifier at the cursor; returns the minimum repetition count (1 when there is none). */
function readQuantifier(c: Cursor): number {
  const ch = c.src[c.i];
  if (ch === '?' || ch === '*') {
    c.i += 1;
    if (c.src[c.i] === '?') c.i += 1;
    return 0;
  }
  if (ch === '+') {
    c.i += 1;
    if (c.src[c.i] === '?') c.i += 1;
    return 1;
  }
  if (ch === '{') {
    const close = c.src.indexOf('}', c.i);
    const min = Number.parseInt(c.src.slice(c.i + 1, close), 10);
    c.i = close + 1;
    return Number.isNaN(min) ? 0 : min;
  }
  return 1;
}

/** Parses an alternation up to `)` or the end; returns the required-literal set or null. */
function parseAlternation(c: Cursor): string[] | null {
  const alternatives: (string[] | null)[] = [];
  for (;;) {
    alternatives.push(parseSequence(c));
    if (c.src[c.i] === '|') {
      c.i += 1;
      continue;
    }
    break;
  }
  if (alternatives.some((a) => a === null)) return null;
  return [...new Set(alternatives.flatMap((a) => a ?? []))];
}

/** Words too common to filter on ("the app": filter on "app", not "the "). */
const COMMON = new Set([
  'a', 'an', 'the', 'our', 'their', 'its', 'of', 'for', 'to', 'in', 'on', 'at', 'with', 'and', 'or', 'was', 'were', 'is',
  'are', 'be', 'we', 'it', 'issue', 'problem', 'error', 'data', 'system', 'service', 'server', 'time', 'change', 'update',
  'user', 'limit',
]);

/** Selectivity of one literal: its length without spaces; a common word counts as the shortest usable. */
function literalQuality(literal: string): number {
  const trimmed = literal.trim();
  return COMMON.has(trimmed) ? MIN_LITERAL : trimmed.replace(/\s+/gu, '').length;
}

/** Quality of a candidate requirement: the selectivity of its weakest string. */
function quality(set: string[]): number {
  return set.length === 0 ? 0 : Math.min(...set.map(literalQuality));
}

/** Parses a sequence up to `|`, `)` or the end; returns its best required-literal set or null. */
function parseSequence(c: Cursor): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const flush = (): void => {
    if (run.length >= MIN_LITERAL) candidates.push([run]);
    run = '';
  };
  while (c.i < c.src.length) {
    const ch = c.src[c.i];
    if (ch === '|' || ch === ')') break;
    if (ch === '(') {
      flush();
      const look = /^\(\?(?:<?[=!])/u.exec(c.src.slice(c.i));
      c.i += look !== null ? look[0].length : c.src.startsWith('(?:', c.i) ? 3 : 1;
      const inner = parseAlternation(c);
      c.i += 1; // ')'
      const min = readQuantifier(c);
      if (look === null && min >= 1 && inner !== null) candidates.push(inner);
      continue;
    }
    if (ch === '[') {
      flush();
      let j = c.i + 1;
      if (c.src[j] === ']') j += 1;
      while (j < c.src.length && c.src[j] !== ']') j += c.src[j] === '\\' ? 2 : 1;
      c.i = j + 1;
      readQuantifier(c);
      continue;
    }
    let literal: string | null;
    if (ch === '\\') {
      const next = c.src[c.i + 1] ?? '';
      literal = /[A-Za-z0-9]/u.test(next) ? null : next;
      c.i += next === 'u' ? 6 : next === 'x' ? 4 : 2;
    } else if (ch === '.' || ch === '^' || ch === '$') {
      literal = null;
      c.i += 1;
    } else {
      literal = ch ?? null;
      c.i += 1;
    }
    const min = readQuantifier(c);
    if (literal === null || min === 0) {
      flush();
    } else {
      run += literal;
      if (min !== 1 || /[*+{?]/u.test(c.src[c.i - 1] ?? '')) flush();
    }
  }
  flush();
  if (candidates.length === 0) return null;
  // The most selective candidate wins (a set is as selective as its commonest member); a single
  // literal breaks ties.
  const rank = (set: string[]): number => quality(set) * 2 + (set.length === 1 ? 1 : 0);
  const usable = candidates.filter((c) => quality(c) >= MIN_LITERAL);
  if (usable.length === 0) return null;
  return usable.reduce((best, cand) => (rank(cand) > rank(best) ? cand : best));
}

/** The required literals of a pattern (see the module comment), or null when none can be proven. */
export function requiredLiterals(source: string): string[] | null {
  const c: Cursor = { src: source, i: 0 };
  const set = parseAlternation(c);
  if (c.i < source.length) return null;
  return set !== null && set.length > 0 && quality(set) >= MIN_LITERAL ? set : null;
}

/** The union of several patterns' required literals, or null when one of them has none. */
export function requiredLiteralsOfAll(sources: readonly string[]): string[] | null {
  const all = new Set<string>();
  for (const source of sources) {
    const set = requiredLiterals(source);
    if (set === null) return null;
    for (const s of set) all.add(s);
  }
  // A literal containing another is redundant: "dns" already covers "dns records".
  const list = [...all].sort((a, b) => a.length - b.length);
  return list.filter((s, k) => !list.slice(0, k).some((shorter) => s.includes(shorter)));
}
