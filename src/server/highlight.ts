/** Renders text with some ranges wrapped in `<mark>`, escaping everything. */
import type { Span } from '../model/index.js';
import { escapeHtml, SafeHtml } from './html.js';

/** Renders `text` with each span (offsets into `text`, any order, may overlap) in `<mark>`; every character is escaped. */
export function highlightSpans(text: string, spans: readonly Span[]): SafeHtml {
  const ranges = spans
    .map((s) => ({ start: Math.max(0, Math.min(text.length, s.start)), end: Math.max(0, Math.min(text.length, s.end)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    out += escapeHtml(text.slice(at, start));
    out += `<mark>${escapeHtml(text.slice(start, range.end))}</mark>`;
    at = range.end;
  }
  out += escapeHtml(text.slice(at));
  return new SafeHtml(out);
}
