/**
 * Splits a free-text author field ("Jane Doe and John Roe", "Doe, Jane; Roe, John") into CSL
 * names, parsing each person's name with citation-js's name parser. Names that look like an
 * organisation stay whole (`literal`).
 */
import { parse as parseName } from '@citation-js/name';

/** A CSL name: a person (family/given) or an organisation (literal). */
export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

const ORGANISATION = /\b(?:team|staff|desk|newsroom|reporters?|correspondents?|bureau|agency|inc|ltd|llc|gmbh|corp|corporation|company|services|engineering|group|news|editors?|editorial|press|foundation|university|blog|support|operations|ops|status)\b\.?/i;
const AUTHOR_SEPARATOR = /\s*(?:;|\s&\s|\band\b|\n)\s*/i;

/** Splits one author field into the individual names it lists (empty list for null/blank). */
export function splitAuthors(author: string | null): string[] {
  if (!author) return [];
  const pieces = author
    .replace(/^\s*by\s+/i, '')
    .split(AUTHOR_SEPARATOR)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
  const names: string[] = [];
  for (const piece of pieces) {
    const parts = piece.split(/\s*,\s*/).filter((part) => part.length > 0);
    // "Doe, Jane" is one inverted name; "Jane Doe, John Roe" lists two people.
    const listsPeople = parts.length > 1 && parts.every((part) => part.split(/\s+/).length >= 2);
    names.push(...(listsPeople ? parts : [piece]));
  }
  return names;
}

/** Parses one name: an organisation or a single word becomes a `literal`, a person is split. */
export function parseAuthorName(name: string): CslName {
  const words = name.split(/\s+/).length;
  if (ORGANISATION.test(name) || words > 4 || (words === 1 && !name.includes(','))) return { literal: name };
  const parsed = parseName(name) as CslName;
  const result: CslName = {};
  for (const key of ['family', 'given', 'non-dropping-particle', 'dropping-particle', 'suffix'] as const) {
    const value = parsed[key];
    if (typeof value === 'string' && value.length > 0) result[key] = value;
  }
  return result.family ? result : { literal: name };
}

/** The CSL names of a free-text author field, in order. */
export function parseAuthorNames(author: string | null): CslName[] {
  return splitAuthors(author).map(parseAuthorName);
}
