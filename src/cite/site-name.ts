/**
 * The name of the site that published a document: a site name from its metadata when the source
 * gave one, else the host of its URL without a leading `www.`.
 */
import type { KnowledgeDocument } from '../model/document.js';

/** Metadata keys (front matter, HTML meta) that name the publishing site, in order of preference. */
export const SITE_NAME_META_KEYS = ['site_name', 'siteName', 'og:site_name', 'publisher', 'site', 'source'] as const;

/** The host of a URL without `www.`, or null when the URL is not an absolute http(s) URL. */
export function urlHost(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.replace(/^www\./i, '').toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The publishing site's name for a document, or null when neither metadata nor URL names one. */
export function siteName(doc: Pick<KnowledgeDocument, 'meta' | 'url'>): string | null {
  for (const key of SITE_NAME_META_KEYS) {
    const value = doc.meta[key];
    if (typeof value === 'string' && value.trim().length > 0 && value.trim().length <= 200) return value.trim();
  }
  return urlHost(doc.url);
}
