import type { ParsedComment, ParsedDocument } from '../model/document.js';
import { normalizeText } from './normalize-text.js';

/** Normalises a one-line field: like `normalizeText`, with line breaks folded into spaces. */
export function normalizeLine(value: string): string {
  const text = normalizeText(value);
  return !text.includes('\n') ? text : text.replace(/\n+/g, ' ');
}

/** Normalises an optional one-line field; a value that normalises to '' becomes null. */
function optionalLine(value: string | null): string | null {
  if (value === null) return null;
  const line = normalizeLine(value);
  return line === '' ? null : line;
}

/** Normalises a list of tags: one-line normalisation, empty tags dropped, repeats kept once. */
function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const line = normalizeLine(tag);
    if (line !== '') seen.add(line);
  }
  return [...seen];
}

/** Normalises one comment (text and author); its date and link are kept as given. */
function normalizeComment(comment: ParsedComment): ParsedComment {
  return { ...comment, author: optionalLine(comment.author), text: normalizeText(comment.text) };
}

/**
 * Normalises a parsed document (pure: returns a new record): `text`, `description` and every
 * comment's text with `normalizeText`; title, author, company, product, tags and comment authors
 * as one-line fields (line breaks folded into spaces; a field that normalises to '' becomes null).
 * Comments whose text normalises to '' are dropped. Path, format, hashes, URL, dates and `meta` are
 * kept as given.
 */
export function normalizeDocument(doc: ParsedDocument): ParsedDocument {
  const description = doc.description === null ? null : normalizeText(doc.description);
  return {
    ...doc,
    title: optionalLine(doc.title),
    author: optionalLine(doc.author),
    description: description === '' ? null : description,
    tags: normalizeTags(doc.tags),
    company: optionalLine(doc.company),
    product: optionalLine(doc.product),
    meta: { ...doc.meta },
    text: normalizeText(doc.text),
    comments: doc.comments.map(normalizeComment).filter((comment) => comment.text !== ''),
  };
}
