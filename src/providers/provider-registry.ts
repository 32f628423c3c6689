/**
 * The provider table compiled for lookups: a name (any alias, any case, spaces and punctuation
 * ignored: "TravisCI" is "Travis CI") to its record, a web host to the record owning the longest
 * matching domain, a record to its parent chain, and the names of known providers a text
 * mentions (word-bounded; short upper-case aliases such as "AWS" or "GE" only as written).
 */
import { PROVIDER_TABLE, type ProviderRecord } from './provider-table.js';

/** The lookup key of a name: NFKD, marks dropped, lower case, letters and digits only. */
export function providerNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A provider named in a text: its canonical name, how often, and where first. */
export interface ProviderMention {
  name: string;
  count: number;
  first: number;
}

interface Surface {
  record: ProviderRecord;
  /** The alias as written (matched exactly when `exact`). */
  text: string;
  /** Lower-cased alias (matched case-insensitively unless `exact`). */
  lower: string;
  /** Where its first ASCII word starts in it (0 unless it opens with another letter). */
  offset: number;
  /** Short all-capitals aliases ("AWS", "GE") match only as written. */
  exact: boolean;
  /** Aliases starting with a capital need a capital in the text ("Epic", not "epic"). */
  capital: boolean;
  /** An alias that is also a common word ("Teams", "Square", "Medium") never counts at the start of a sentence. */
  common: boolean;
}

/** Aliases that are also common English words (lower case). */
const COMMON_WORDS = new Set([
  'apple', 'block', 'chef', 'duo', 'dyn', 'elastic', 'epic', 'fly', 'medium', 'meta', 'rust', 'sentry', 'slack', 'square', 'steam',
  'stripe', 'teams', 'valve', 'zoom', 'intel', 'allegro', 'homebrew', 'okta', 'ge',
]);

/** Most characters of a text scanned for mentions (long texts: their start is what names the parties). */
const MENTION_SCAN_CHARS = 200_000;

/** The compiled provider table (the shipped records, after any user records, which win on a shared name). */
export class ProviderRegistry {
  private readonly byKey = new Map<string, ProviderRecord>();
  private readonly byName = new Map<string, ProviderRecord>();
  private readonly domains: { domain: string; record: ProviderRecord }[] = [];
  private readonly surfaces = new Map<string, Surface[]>();

  /** Compiles `records` (earlier records win a shared alias or domain). */
  constructor(readonly records: readonly ProviderRecord[]) {
    for (const record of records) {
      if (!this.byName.has(record.name)) this.byName.set(record.name, record);
      for (const name of [record.name, ...record.aliases]) {
        const key = providerNameKey(name);
        if (key !== '' && !this.byKey.has(key)) this.byKey.set(key, record);
        if (name.length < 2) continue;
        const lower = name.toLowerCase();
        // Keyed by its first ASCII word, where the text scan stops ("Ørsted" by "rsted", one character in).
        const ascii = /[a-z0-9]+/.exec(lower);
        if (ascii === null) continue;
        const first = ascii[0];
        const surface: Surface = { record, text: name, lower, offset: ascii.index, exact: /^[\p{Lu}\p{N}]{2,4}$/u.test(name), capital: /^\p{Lu}/u.test(name), common: COMMON_WORDS.has(lower) };
        const list = this.surfaces.get(first) ?? [];
        list.push(surface);
        this.surfaces.set(first, list);
      }
      for (const domain of record.domains) this.domains.push({ domain: domain.toLowerCase(), record });
    }
  }

  /** The record a name stands for (any alias), or null. */
  resolve(name: string | null | undefined): ProviderRecord | null {
    if (name === null || name === undefined) return null;
    return this.byKey.get(providerNameKey(name)) ?? null;
  }

  /** The canonical spelling of a name: its record's name, else the name trimmed. */
  canonical(name: string): string {
    return this.resolve(name)?.name ?? name.trim();
  }

  /** The record of a canonical name. */
  record(name: string): ProviderRecord | null {
    return this.byName.get(name) ?? this.resolve(name);
  }

  /** The parent chain of a canonical name, nearest first (bounded: a cycle stops). */
  ancestors(name: string): string[] {
    const out: string[] = [];
    let current = this.record(name);
    for (let depth = 0; current?.parent !== undefined && depth < 8; depth++) {
      const parent = this.record(current.parent);
      const parentName = parent?.name ?? current.parent;
      if (parentName === name || out.includes(parentName)) break;
      out.push(parentName);
      current = parent;
    }
    return out;
  }

  /** The records whose parent is `name`. */
  children(name: string): ProviderRecord[] {
    return this.records.filter((r) => r.parent !== undefined && this.record(r.parent)?.name === name);
  }

  /** The root of a name's family (itself when it has no parent). */
  root(name: string): string {
    return this.ancestors(name).at(-1) ?? this.canonical(name);
  }

  /** The record owning a URL's host (longest matching domain; `aws.amazon.com` before `amazon.com`), or null. */
  byUrl(url: string | null | undefined): ProviderRecord | null {
    const target = hostAndPath(url);
    if (target === null) return null;
    let best: { domain: string; record: ProviderRecord } | null = null;
    for (const entry of this.domains) {
      if (!withinDomain(target, entry.domain)) continue;
      if (best === null || entry.domain.length > best.domain.length) best = entry;
    }
    return best?.record ?? null;
  }

  /**
   * The known providers a text names, by canonical name, most mentioned first (first mention on a
   * tie); a mention the sentence denies ("neither Amazon Web Services nor ... were affected") is not counted.
   */
  mentions(text: string): ProviderMention[] {
    const scanned = text.length > MENTION_SCAN_CHARS ? text.slice(0, MENTION_SCAN_CHARS) : text;
    const lower = scanned.toLowerCase();
    const found = new Map<string, ProviderMention>();
    const word = /[a-z0-9]+/g; // ASCII words: every alias starts with one (a non-ASCII letter before a word is checked below)
    for (let m = word.exec(lower); m !== null; m = word.exec(lower)) {
      let best: Surface | null = null;
      let bestAt = 0;
      for (const surface of this.surfaces.get(m[0]) ?? []) {
        const at = m.index - surface.offset;
        if (at < 0 || (at > 0 && isWordChar(lower[at - 1]))) continue;
        if (!lower.startsWith(surface.lower, at) || !endsWord(lower, at + surface.lower.length)) continue;
        const written = scanned.slice(at, at + surface.text.length);
        if (surface.exact && written !== surface.text) continue;
        if (surface.capital && !surface.lower.includes('.') && !/^\p{Lu}/u.test(written)) continue;
        if (surface.common && /(?:^|[.!?:]\s*|\n\s*)$/u.test(scanned.slice(Math.max(0, at - 3), at))) continue;
        if (best === null || surface.lower.length > best.lower.length) {
          best = surface;
          bestAt = at;
        }
      }
      if (best === null) continue;
      const at = bestAt;
      word.lastIndex = at + best.lower.length;
      if (denied(lower, at, at + best.lower.length)) continue;
      const entry = found.get(best.record.name) ?? { name: best.record.name, count: 0, first: at };
      entry.count++;
      found.set(best.record.name, entry);
    }
    return [...found.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  }
}

/** True when the sentence denies the name at `[start, end)` is involved ("neither X nor", "X was not affected", "X was unaffected"). */
function denied(lower: string, start: number, end: number): boolean {
  const before = lower.slice(Math.max(0, start - 60), start);
  const after = lower.slice(end, end + 80);
  if (/\bneither\b[^.!?]{0,50}$|\bnor\s+(?:the\s+)?$/u.test(before)) return true;
  return /^[^.!?]{0,60}?\b(?:(?:was|were|is|are|been)\s+(?:not|never)\s+(?:affected|impacted)|unaffected)\b/u.test(after);
}

/** True when a name ending at `end` ends a word there, or before a possessive written without its apostrophe ("Amazon.coms"). */
function endsWord(lower: string, end: number): boolean {
  if (!isWordChar(lower[end])) return true;
  return lower[end] === 's' && !isWordChar(lower[end + 1]);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** `host/path` of an http(s) URL, lower case, without `www.`; null when it is not one. */
function hostAndPath(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  const m = /^\s*https?:\/\/([^/?#\s)]+)([^?#\s)]*)/iu.exec(url);
  if (m === null) return null;
  const host = (m[1] ?? '').toLowerCase().replace(/:\d+$/u, '').replace(/^www\./u, '');
  return `${host}${(m[2] ?? '').toLowerCase()}`;
}

/** True when `target` (`host/path`) lies in `domain` (a host, or a host with a path prefix such as `medium.com/paypal-tech`). */
function withinDomain(target: string, domain: string): boolean {
  const slash = target.indexOf('/');
  const host = slash < 0 ? target : target.slice(0, slash);
  const domainSlash = domain.indexOf('/');
  if (domainSlash >= 0) return host === domain.slice(0, domainSlash) && target.slice(host.length).startsWith(domain.slice(domainSlash));
  return host === domain || host.endsWith(`.${domain}`);
}

let shipped: ProviderRegistry | null = null;

/** The registry of the shipped table alone. */
export function shippedProviderRegistry(): ProviderRegistry {
  shipped ??= new ProviderRegistry(PROVIDER_TABLE);
  return shipped;
}

const extended = new Map<string, ProviderRegistry>();

/** The registry of `extra` records (a user's, which win) before the shipped table (compiled once per list). */
export function providerRegistry(extra: readonly ProviderRecord[] = []): ProviderRegistry {
  if (extra.length === 0) return shippedProviderRegistry();
  const key = JSON.stringify(extra);
  let registry = extended.get(key);
  if (registry === undefined) {
    registry = new ProviderRegistry([...extra, ...PROVIDER_TABLE]);
    extended.set(key, registry);
  }
  return registry;
}
