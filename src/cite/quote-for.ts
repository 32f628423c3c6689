/**
 * Paste-ready quotations: a sentence or span of a document with its source, author, date and
 * URL, e.g. `"We are investigating elevated errors." — Jane Doe, Title, example.com, 2024-01-02. https://...`.
 */
import type { KnowledgeDocument, Span, TextSpan } from '../model/document.js';
import { FaultlineError } from '../model/diagnostic.js';
import { citableUrl } from './citable-url.js';
import { siteName } from './site-name.js';

/** One quotation with everything needed to attribute it. */
export interface Quote {
  /** The quoted words (whitespace collapsed). */
  text: string;
  /** The quoted span in the document's text. */
  span: Span;
  /** Id of the quoted document. */
  document: string;
  /** The source's title (the site name or the document id when it has none). */
  source: string;
  /** The publishing site (metadata, the site-name table, or the URL's host), when known. */
  site: string | null;
  /** The author as the source names them, when known. */
  author: string | null;
  /** Publication date, ISO `YYYY-MM-DD`, when known. */
  date: string | null;
  /** The source's URL, when it is a citable http(s) URL (repaired or dropped, see `citableUrl`). */
  url: string | null;
  /** Ready to paste: `"text" — Author, Title, Site, date. URL` (unknown parts left out). */
  formatted: string;
}

/** Collapses runs of whitespace to one space and trims. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The quoted words of a span: from the document text, else the span's own text (for --no-text records). */
function spanText(doc: KnowledgeDocument, span: Span | TextSpan): string {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    throw new FaultlineError(`quoteFor: span must be whole numbers with 0 <= start < end, got [${String(start)}, ${String(end)})`, { parameter: 'span' });
  }
  if (typeof doc.text === 'string' && doc.text.length > 0) {
    if (end > doc.text.length) {
      throw new FaultlineError(`quoteFor: span [${start}, ${end}) is past the end of document ${doc.id} (${doc.text.length} characters)`, { parameter: 'span' });
    }
    return doc.text.slice(start, end);
  }
  if ('text' in span && typeof span.text === 'string') return span.text;
  throw new FaultlineError(`quoteFor: document ${doc.id} has no text and the span carries none`, { parameter: 'span' });
}

/** A paste-ready quotation of one span (a sentence, an evidence span) of a document. */
export function quoteFor(doc: KnowledgeDocument, span: Span | TextSpan): Quote {
  const text = collapse(spanText(doc, span));
  const url = citableUrl(doc.url);
  const site = siteName({ meta: doc.meta, url });
  const title = doc.title?.trim() || null;
  const author = doc.author?.trim() || null;
  const date = doc.published && /^\d{4}-\d{2}-\d{2}/.test(doc.published) ? doc.published.slice(0, 10) : null;
  const attribution = [author, title, site && site !== title ? site : null, date].filter((part): part is string => part !== null);
  let formatted = `"${text}"`;
  if (attribution.length > 0) formatted += ` — ${attribution.join(', ')}.`;
  if (url) formatted += ` ${url}`;
  return { text, span: { start: span.start, end: span.end }, document: doc.id, source: title ?? site ?? doc.id, site, author, date, url, formatted };
}
