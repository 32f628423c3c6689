import type { ParsedDocument } from '../model/document.js';
import { compareStrings } from '../model/compare-strings.js';

/** The metadata fields of a merged document. */
export interface MergedMetadata {
  title: string | null;
  url: string | null;
  published: string | null;
  author: string | null;
  description: string | null;
  tags: string[];
  company: string | null;
  product: string | null;
  startTime: string | null;
  meta: Record<string, unknown>;
}

/** The scalar metadata fields merged "first non-null wins". */
const SCALAR_FIELDS = ['title', 'url', 'published', 'author', 'description', 'company', 'product', 'startTime'] as const;


/**
 * Merges the metadata of copies given best first (see `compareCopies`, so a copy with front
 * matter or HTML meta comes before a bare text copy): each scalar field takes the first non-null
 * value; tags are the union, sorted; `meta` takes every key, the better copy winning a key both
 * have, with keys sorted.
 */
export function mergeMetadata(ranked: readonly ParsedDocument[]): MergedMetadata {
  const scalars = Object.fromEntries(
    SCALAR_FIELDS.map((field) => [field, ranked.find((copy) => copy[field] !== null)?.[field] ?? null]),
  ) as Pick<MergedMetadata, (typeof SCALAR_FIELDS)[number]>;
  const tags = [...new Set(ranked.flatMap((copy) => copy.tags))].sort(compareStrings);
  // A Map and Object.fromEntries define keys as data, so a hostile `__proto__` key stays a key.
  const merged = new Map<string, unknown>();
  for (let i = ranked.length - 1; i >= 0; i -= 1) {
    for (const [key, value] of Object.entries(ranked[i]!.meta)) merged.set(key, value);
  }
  const meta = Object.fromEntries([...merged].sort((a, b) => compareStrings(a[0], b[0])));
  return { ...scalars, tags, meta };
}
