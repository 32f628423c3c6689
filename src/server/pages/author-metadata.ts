/** The author-written summary and keywords of a report (front matter `summary`/`keywords`, stored as `description`/`tags`), as result cards and incident pages show them. */
import { html, type SafeHtml } from '../html.js';

/** Most keywords one card or report shows (the rest are counted). */
export const MAX_SHOWN_KEYWORDS = 12;

/** The author's summary as a paragraph, or nothing when there is none. */
export function renderAuthorSummary(description: string | null, className: string): SafeHtml | null {
  const text = description?.trim() ?? '';
  if (text === '') return null;
  return html`<p class="${`author-summary ${className}`}"><span class="author-summary__label">Author's summary:</span> ${text}</p>`;
}

/** The author's keywords as a labelled list, or nothing when there are none. */
export function renderAuthorKeywords(keywords: readonly string[], className: string): SafeHtml | null {
  const words = [...new Set(keywords.map((k) => k.trim()).filter((k) => k !== ''))];
  if (words.length === 0) return null;
  const shown = words.slice(0, MAX_SHOWN_KEYWORDS);
  const more = words.length - shown.length;
  return html`<p class="${`author-keywords ${className}`}"><span class="author-keywords__label">Keywords:</span> <span class="author-keywords__list">${shown.map(
    (k, i) => html`${i === 0 ? null : ', '}<span class="keyword">${k}</span>`,
  )}${more > 0 ? ` and ${more} more` : null}</span></p>`;
}
