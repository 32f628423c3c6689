/**
 * YAML front matter: finding the `---` block, parsing it with gray-matter, and mapping its keys
 * onto the document model.
 *
 * Mapped keys (case-insensitive): `title`; `date` (or `published`, `pubDate`, `published_at`,
 * `publish_date`, `source_published_at`) -> published; `url`/`external-url`/`link` (or
 * `canonical`, `canonical_url`, `permalink`) -> url; `author` (or `authors`); `tags`, `keywords`,
 * `categories`/`category` -> tags (merged, first spelling kept); `summary`/`description` ->
 * description; `company`; `product`; `start_time` (or `startTime`) -> startTime. Every other
 * key is kept in `meta`, made JSON-safe (Dates become ISO strings).
 *
 * gray-matter caches results by input string and hands cached objects back when called without
 * options; it is always called with an options object here, so nothing is cached or shared. Its
 * JavaScript/CoffeeScript engines (which evaluate code) are replaced by ones that refuse.
 */
import matter from 'gray-matter';
import { toIsoDate } from './iso-date.js';
import { emptyContent, type ParsedContent, type ParserProblem } from './parsed-content.js';
import { startsWithFrontMatter } from './detect-format.js';

/** A file split into its front matter and body. */
export interface FrontMatterSplit {
  /** The parsed front matter (empty object when the file has none). */
  data: Record<string, unknown>;
  /** True when the file had a front-matter block. */
  present: boolean;
  /** The text after the block. */
  body: string;
  /** 1-based line number of the body's first line in the file. */
  bodyLine: number;
}

/** Upper bounds when copying unknown values into `meta` (YAML aliases can build huge graphs). */
const META_MAX_NODES = 10_000;
const META_MAX_DEPTH = 32;
/** Most characters front matter may expand to (at least twice its own length is always allowed). */
export const FRONT_MATTER_MAX_CHARS = 1_000_000;

const refuse = (): never => {
  throw new Error('front matter in a script language is not supported (only YAML and JSON)');
};
const MATTER_OPTIONS = { engines: { javascript: refuse, js: refuse, coffee: refuse, coffeescript: refuse, cson: refuse } };

/** Splits and parses front matter; a problem (unclosed block, bad YAML, not a mapping) is returned instead. */
export function readFrontMatter(text: string): { split: FrontMatterSplit; problem: null } | { split: null; problem: ParserProblem } {
  if (!startsWithFrontMatter(text)) return { split: { data: {}, present: false, body: text, bodyLine: 1 }, problem: null };
  const lines = text.split('\n');
  let close = -1;
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') {
      close = i;
      break;
    }
  }
  if (close === -1) {
    return {
      split: null,
      problem: { code: 'malformed-front-matter', reason: "front matter opened by '---' on line 1 is never closed (no closing '---' line)", line: 1, fatal: true },
    };
  }
  const yaml = lines.slice(1, close).join('\n');
  let data: unknown;
  try {
    // Rebuilt with plain delimiters so gray-matter sees exactly the block found above.
    data = matter(`---\n${yaml}\n---\n`, MATTER_OPTIONS).data;
  } catch (error) {
    return { split: null, problem: yamlProblem(error, close) };
  }
  // Aliases repeat a value by reference: `bomb: [*s, *s, ...]` over one 200,000-character string
  // is a few hundred kilobytes of YAML and a gigabyte once copied or written as JSON.
  const limit = Math.max(FRONT_MATTER_MAX_CHARS, 2 * yaml.length);
  if (expandedSizeOver(data, limit)) {
    return {
      split: null,
      problem: {
        code: 'too-complex',
        reason: `front matter expands to more than ${limit} characters (YAML aliases repeat a value); refused`,
        line: 2,
        fatal: true,
      },
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      split: null,
      problem: {
        code: 'malformed-front-matter',
        reason: `front matter must be a mapping of keys to values, got ${Array.isArray(data) ? 'a list' : typeof data}`,
        line: 2,
        fatal: true,
      },
    };
  }
  return {
    split: { data: data as Record<string, unknown>, present: true, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 },
    problem: null,
  };
}

/**
 * True when `value`, written out in full (every alias expanded), has more than `limit` characters
 * of keys and strings, counting each node as one; stops as soon as it knows, so it is bounded by
 * `limit` whatever the graph.
 */
export function expandedSizeOver(value: unknown, limit: number): boolean {
  let left = limit;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    left -= 1;
    if (typeof item === 'string' || item instanceof Uint8Array) left -= item.length;
    else if (Array.isArray(item)) {
      if (item.length > left) return true; // also bounds the stack
      for (let i = item.length - 1; i >= 0; i -= 1) stack.push(item[i]);
    } else if (item !== null && typeof item === 'object' && !(item instanceof Date)) {
      for (const key of Object.keys(item)) {
        left -= key.length + 1;
        if (left < 0) return true;
        stack.push((item as Record<string, unknown>)[key]);
      }
    }
    if (left < 0) return true;
  }
  return false;
}

/** A YAML error as a diagnostic naming the file line (the block starts on line 2). */
function yamlProblem(error: unknown, closeIndex: number): ParserProblem {
  const e = error as { reason?: unknown; message?: unknown; mark?: { line?: unknown; column?: unknown } };
  // The parsed string starts with the newline that ends the opening `---` (file line 1), so the
  // YAML error's 0-based line is the 1-based file line minus one.
  const markLine = typeof e.mark?.line === 'number' ? e.mark.line : 0;
  const line = Math.min(Math.max(markLine + 1, 2), closeIndex + 1);
  const column = typeof e.mark?.column === 'number' ? `, column ${e.mark.column + 1}` : '';
  const why = typeof e.reason === 'string' ? e.reason : typeof e.message === 'string' ? e.message.split('\n')[0]! : String(error);
  return { code: 'malformed-front-matter', reason: `malformed front matter at line ${line}${column}: ${why}`, line, fatal: true };
}

const DATE_KEYS = ['date', 'published', 'pubdate', 'published_at', 'publish_date', 'publishdate', 'source_published_at'];
const URL_KEYS = ['url', 'external-url', 'external_url', 'link', 'canonical', 'canonical_url', 'permalink'];
const TAG_KEYS = ['tags', 'keywords', 'categories', 'category'];
const SUMMARY_KEYS = ['summary', 'description'];
const START_KEYS = ['start_time', 'starttime', 'start-time'];

/** Maps front-matter keys onto document fields; unparseable dates become warnings (raw value kept in meta). */
export function mapFrontMatter(data: Record<string, unknown>): { content: ParsedContent; problems: ParserProblem[] } {
  const content = emptyContent();
  const problems: ParserProblem[] = [];
  const byKey = new Map<string, [string, unknown]>();
  for (const [key, value] of Object.entries(data)) {
    const lower = key.toLowerCase();
    if (!byKey.has(lower)) byKey.set(lower, [key, value]);
  }
  const used = new Set<string>();
  const take = (keys: readonly string[], read: (value: unknown) => boolean): void => {
    for (const key of keys) {
      const entry = byKey.get(key);
      if (entry === undefined) continue;
      if (entry[1] === null || entry[1] === undefined || (typeof entry[1] === 'string' && entry[1].trim() === '')) {
        used.add(entry[0]); // a mapped key left empty: nothing to map, nothing to keep
        continue;
      }
      if (read(entry[1])) {
        used.add(entry[0]);
        return;
      }
    }
  };

  take(['title'], (v) => (content.title = scalarText(v)) !== null);
  take(URL_KEYS, (v) => (content.url = scalarText(v)) !== null);
  take(['author', 'authors'], (v) => (content.author = authorText(v)) !== null);
  take(SUMMARY_KEYS, (v) => (content.description = scalarText(v)) !== null);
  take(['company'], (v) => (content.company = scalarText(v)) !== null);
  take(['product'], (v) => (content.product = scalarText(v)) !== null);
  for (const [field, keys, label] of [
    ['published', DATE_KEYS, 'date'],
    ['startTime', START_KEYS, 'start_time'],
  ] as const) {
    let bad: unknown;
    take(keys, (v) => {
      const iso = toIsoDate(v);
      if (iso === null) {
        bad ??= v;
        return false;
      }
      content[field] = iso;
      return true;
    });
    if (content[field] === null && bad !== undefined) {
      problems.push({ code: 'warning', reason: `front matter ${label} ${JSON.stringify(toJsonSafe(bad))} is not a recognisable date; kept in meta`, fatal: false });
    }
  }
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const key of TAG_KEYS) {
    const entry = byKey.get(key);
    if (entry === undefined) continue;
    const list = tagList(entry[1]);
    if (list === null) continue;
    used.add(entry[0]);
    for (const tag of list) {
      if (!seen.has(tag.toLowerCase())) {
        seen.add(tag.toLowerCase());
        tags.push(tag);
      }
    }
  }
  content.tags = tags;

  const budget: CopyBudget = { left: META_MAX_NODES };
  for (const [key, value] of Object.entries(data)) {
    if (used.has(key) || budget.left <= 0) continue;
    content.meta[key] = toJsonSafe(value, budget);
  }
  content.hasMetadata = content.title !== null || content.published !== null || content.url !== null;
  return { content, problems };
}

/** A string (or number/boolean written as text) value, trimmed; null for anything else or empty. */
function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return toIsoDate(value);
  return null;
}

/** An author: a string, a `{ name }` object or a list of either (joined with ", "). */
function authorText(value: unknown): string | null {
  const one = (v: unknown): string | null => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) return scalarText((v as Record<string, unknown>).name);
    return scalarText(v);
  };
  if (Array.isArray(value)) {
    const names = value.map(one).filter((v): v is string => v !== null);
    return names.length === 0 ? null : names.join(', ');
  }
  return one(value);
}

/** Tags from a list or a comma-separated string; null when the value is neither. */
function tagList(value: unknown): string[] | null {
  if (typeof value === 'string') return value.split(',').map((t) => t.trim()).filter(Boolean);
  if (Array.isArray(value)) return value.map(scalarText).filter((t): t is string => t !== null);
  if (typeof value === 'number') return [String(value)];
  return null;
}

/** Nodes left to copy into `meta` (shared across one file's keys). */
export interface CopyBudget {
  left: number;
}

/**
 * A JSON-safe copy of a YAML value: Dates -> ISO strings, non-finite numbers -> null, binary ->
 * base64, cycles -> null; bounded in depth and in nodes (lists and maps are cut short once the
 * budget is spent, so aliases that fan out exponentially cannot blow up).
 */
export function toJsonSafe(value: unknown, budget: CopyBudget = { left: META_MAX_NODES }, depth = 0, path = new Set<unknown>()): unknown {
  budget.left -= 1;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : (toIsoDate(value) ?? value.toISOString());
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value !== 'object' || depth >= META_MAX_DEPTH || path.has(value)) return null;
  path.add(value);
  let out: unknown;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    for (const item of value) {
      if (budget.left <= 0) break;
      list.push(toJsonSafe(item, budget, depth + 1, path));
    }
    out = list;
  } else {
    const obj: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (budget.left <= 0) break;
      obj[key] = toJsonSafe((value as Record<string, unknown>)[key], budget, depth + 1, path);
    }
    out = obj;
  }
  path.delete(value);
  return out;
}
