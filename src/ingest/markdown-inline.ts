/**
 * Light removal of Markdown inline syntax from one line, keeping the words:
 * `[text](url)` and `[text][ref]` -> `text`; images `![alt](url)` removed; `` `code` `` -> `code`;
 * emphasis markers (`*`, `**`, `_`, `__`, `~~`) at word edges removed (a `*` between spaces and
 * an `_` inside a word, as in `snake_case`, stay); `<http://...>` -> the URL; inline HTML tags
 * removed; backslash escapes resolved.
 *
 * Written as one left-to-right scan with memoised searches for closing brackets, so the work is
 * linear in the line's length even for adversarial lines (`[[[[...`, thousands of backticks).
 */

/** Characters the scanner stops at (`]` too: a link's `]` may be where its url part is skipped). */
const SPECIAL = new Set(['\\', '`', '!', '[', ']', '*', '_', '~']);
const ESCAPABLE = new Set('\\`*_{}[]()#+-.!|~<>"\''.split(''));
const INLINE_TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,500})?\/?>/g;
const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]{1,2000}|[^\s<>@]{1,200}@[^\s<>@]{1,200})>/g;

/** Strips inline Markdown syntax from a line (see the module comment). */
export function stripMarkdownInline(line: string): string {
  if (!/[`*_~[\]!<\\]/.test(line)) return line;
  const withoutTags = !line.includes('<') ? line : line.replace(AUTOLINK, '$1').replace(INLINE_TAG, '');
  return scan(withoutTags);
}

function scan(s: string): string {
  const n = s.length;
  let out = '';
  // Memoised "next occurrence at or after" searches: reused while still valid.
  const findClose = memoisedIndexOf(s, ']');
  const findParen = memoisedIndexOf(s, ')');
  const failedTicks = new Set<number>();
  // Positions of a link's `]` -> where to continue after its `(url)` / `[ref]` part.
  const skipAt = new Map<number, number>();

  let i = 0;
  while (i < n) {
    const skip = skipAt.get(i);
    if (skip !== undefined) {
      i = skip;
      continue;
    }
    const c = s[i]!;
    if (c === '\\' && i + 1 < n && ESCAPABLE.has(s[i + 1]!)) {
      out += s[i + 1]!;
      i += 2;
      continue;
    }
    if (c === '`') {
      let run = 1;
      while (i + run < n && s[i + run] === '`') run += 1;
      if (!failedTicks.has(run)) {
        const end = findTickRun(s, i + run, run);
        if (end !== -1) {
          out += s.slice(i + run, end).trim();
          i = end + run;
          continue;
        }
        failedTicks.add(run);
      }
      out += s.slice(i, i + run);
      i += run;
      continue;
    }
    const image = c === '!' && s[i + 1] === '[';
    if (c === '[' || image) {
      const open = image ? i + 1 : i;
      const close = findClose(open + 1);
      const target = close === -1 ? -1 : linkTargetEnd(s, close, findParen, findClose);
      if (target !== -1) {
        if (image) {
          i = target; // images are removed with their alt text
        } else {
          skipAt.set(close, target);
          i = open + 1; // the link text is scanned normally
        }
        continue;
      }
      out += c;
      i += 1;
      continue;
    }
    if (c === '*' || c === '_' || c === '~') {
      let run = 1;
      while (i + run < n && s[i + run] === c) run += 1;
      const before = i > 0 ? s[i - 1]! : ' ';
      const after = i + run < n ? s[i + run]! : ' ';
      const removable = run <= 3 && (c !== '~' || run === 2) && isEmphasisEdge(c, before, after);
      if (!removable) out += s.slice(i, i + run);
      i += run;
      continue;
    }
    // A run of ordinary characters is copied in one slice.
    let j = i + 1;
    while (j < n && !SPECIAL.has(s[j]!)) j += 1;
    out += s.slice(i, j);
    i = j;
  }
  return out;
}

/**
 * `indexOf(char, from)` that remembers its last answer: a repeat search from a later position
 * reuses it when the remembered hit is still ahead (or there was none), keeping scans linear.
 */
function memoisedIndexOf(s: string, char: string): (from: number) => number {
  let searchedFrom = Number.POSITIVE_INFINITY;
  let result = -1;
  return (from: number): number => {
    if (from >= searchedFrom && (result === -1 || result >= from)) return result;
    searchedFrom = from;
    result = s.indexOf(char, from);
    return result;
  };
}

/** Longest link destination scanned for balanced parentheses. */
const MAX_DESTINATION = 2048;

/** End (exclusive) of a link's `(url)` or `[ref]` part after its `]` at `close`, or -1. */
function linkTargetEnd(s: string, close: number, findParen: (from: number) => number, findClose: (from: number) => number): number {
  const next = s[close + 1];
  if (next === '(') {
    // CommonMark allows balanced parentheses in a destination (`(javascript:alert('a'))`); the
    // scan is bounded so a line of many unclosed links stays linear.
    let depth = 0;
    for (let j = close + 2; j < Math.min(s.length, close + 2 + MAX_DESTINATION); j += 1) {
      const ch = s[j];
      if (ch === '(') depth += 1;
      else if (ch === ')') {
        if (depth === 0) return j + 1;
        depth -= 1;
      }
    }
    const paren = findParen(close + 2);
    return paren === -1 ? -1 : paren + 1;
  }
  if (next === '[') {
    const end = findClose(close + 2);
    return end === -1 ? -1 : end + 1;
  }
  return -1;
}

/** Position of the next run of exactly `run` backticks at or after `from`, or -1. */
function findTickRun(s: string, from: number, run: number): number {
  const ticks = '`'.repeat(run);
  let at = s.indexOf(ticks, from);
  while (at !== -1) {
    let end = at + run;
    if (s[end] !== '`' && (at === 0 || s[at - 1] !== '`')) return at;
    while (s[end] === '`') end += 1;
    at = s.indexOf(ticks, end);
  }
  return -1;
}

/** A delimiter run is emphasis unless it stands between spaces (`2 * 3`), inside a word (`snake_case`) or between digits. */
function isEmphasisEdge(c: string, before: string, after: string): boolean {
  if (/\s/.test(before) && /\s/.test(after)) return false;
  if (c === '_' && isWordChar(before) && isWordChar(after)) return false;
  return !(/\d/.test(before) && /\d/.test(after));
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}
