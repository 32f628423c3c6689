import type { ParsedDocument } from '../model/document.js';

/**
 * Orders copies of one article best first, independently of input order: a copy whose metadata
 * came from the file itself (front matter, HTML meta) first, then the longer text, then the
 * smaller file sha256, then the smaller path (identical files at different paths).
 */
export function compareCopies(a: ParsedDocument, b: ParsedDocument): number {
  if (a.hasMetadata !== b.hasMetadata) return a.hasMetadata ? -1 : 1;
  if (a.text.length !== b.text.length) return b.text.length - a.text.length;
  if (a.sha256 !== b.sha256) return a.sha256 < b.sha256 ? -1 : 1;
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return 0;
}
