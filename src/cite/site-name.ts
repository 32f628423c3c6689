/**
 * The name of the site that published a document, as a reference manager cites it (Zotero's
 * "Website Title"). In order: a site name the corpus author wrote in the front matter
 * (`site_name`, `publisher`, `site`, `source`), the site-name table (`site-names.ts`, by the URL's
 * domain or a parent domain), the page's own `og:site_name` / `application-name` (kept by the HTML
 * parser as `meta.siteName`), and last the URL's host without `www.`. A metadata value that is
 * only a host name (`www3.epa.gov`) never hides a name the table knows.
 */
import type { KnowledgeDocument } from '../model/document.js';
import { citableUrl } from './citable-url.js';
import { hostKeyWord, nameKeyWord } from './citation-key.js';
import { SITE_NAMES, type SiteNameEntry } from './site-names.js';

/** Front-matter keys in which a corpus author names the publishing site, in order of preference. */
export const AUTHOR_SITE_NAME_KEYS = ['site_name', 'publisher', 'site', 'source'] as const;

/** Metadata keys the parsers fill from the page itself (`og:site_name`, `application-name`). */
export const PAGE_SITE_NAME_KEYS = ['siteName', 'og:site_name'] as const;

/** Every metadata key read for a site name, in order of preference. */
export const SITE_NAME_META_KEYS = [...AUTHOR_SITE_NAME_KEYS, ...PAGE_SITE_NAME_KEYS] as const;

/** Where a site name came from: the author's metadata, the table, the page's markup, or the URL's host. */
export type SiteNameSource = 'metadata' | 'table' | 'page' | 'host';

/** A site name, where it came from, and the word citation keys take for it. */
export interface SiteName {
  name: string;
  source: SiteNameSource;
  /** Lower-case ASCII key word: the table's `key`, the name's first word, or the host's registrable label. */
  key: string;
}

/** Longest site name taken from metadata (longer values are not names). */
const MAX_SITE_NAME_LENGTH = 120;

/** The table keyed by domain (built on first use). */
let byDomain: Map<string, SiteNameEntry> | null = null;

/** The site-name table keyed by each domain it lists. */
function siteTable(): Map<string, SiteNameEntry> {
  if (byDomain === null) {
    byDomain = new Map();
    for (const entry of SITE_NAMES) for (const domain of entry.domains) byDomain.set(domain, entry);
  }
  return byDomain;
}

/** The host of a URL without `www.`, or null when the URL is not a citable http(s) URL. */
export function urlHost(url: string | null): string | null {
  const citable = citableUrl(url);
  if (citable === null) return null;
  return new URL(citable).hostname.toLowerCase().replace(/\.$/, '').replace(/^www\d*\./, '') || null;
}

/** The table's entry for a host: its own domain or its nearest listed parent domain, else null. */
export function siteEntryForHost(host: string | null): SiteNameEntry | null {
  if (!host) return null;
  const table = siteTable();
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  for (let from = 0; from < labels.length - 1; from += 1) {
    const entry = table.get(labels.slice(from).join('.'));
    if (entry) return entry;
  }
  return null;
}

/** True when a metadata value is only a host name or a URL, not a name. */
function isHostLike(value: string): boolean {
  return /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}\/?$/i.test(value) || /^https?:\/\//i.test(value);
}

/** The first usable metadata value under the given keys. */
function metaValue(meta: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta[key];
    if (typeof value !== 'string') continue;
    const trimmed = value.replace(/\s+/g, ' ').trim();
    if (trimmed.length > 0 && trimmed.length <= MAX_SITE_NAME_LENGTH) return trimmed;
  }
  return null;
}

/** The site name of a table entry. */
function fromTable(entry: SiteNameEntry): SiteName {
  return { name: entry.name, source: 'table', key: entry.key ?? nameKeyWord(entry.name) };
}

/** The publishing site's name for a document and where it came from, or null when nothing names one. */
export function siteNameOf(doc: Pick<KnowledgeDocument, 'meta' | 'url'>): SiteName | null {
  const fromAuthor = metaValue(doc.meta, AUTHOR_SITE_NAME_KEYS);
  if (fromAuthor !== null && !isHostLike(fromAuthor)) return { name: fromAuthor, source: 'metadata', key: nameKeyWord(fromAuthor) };
  const host = urlHost(doc.url);
  const entry = siteEntryForHost(host);
  if (entry) return fromTable(entry);
  const fromPage = metaValue(doc.meta, PAGE_SITE_NAME_KEYS);
  if (fromPage !== null && !isHostLike(fromPage)) return { name: fromPage, source: 'page', key: nameKeyWord(fromPage) };
  if (host) return { name: host, source: 'host', key: hostKeyWord(host) };
  const hostLike = fromAuthor ?? fromPage;
  if (hostLike !== null) {
    const metaHost = urlHost(/^https?:\/\//i.test(hostLike) ? hostLike : `https://${hostLike}`);
    const metaEntry = siteEntryForHost(metaHost);
    if (metaEntry) return fromTable(metaEntry);
    if (metaHost) return { name: metaHost, source: 'host', key: hostKeyWord(metaHost) };
  }
  return null;
}

/** The publishing site's name for a document, or null when neither metadata nor URL names one. */
export function siteName(doc: Pick<KnowledgeDocument, 'meta' | 'url'>): string | null {
  return siteNameOf(doc)?.name ?? null;
}
