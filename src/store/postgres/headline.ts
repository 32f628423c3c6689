/**
 * Snippets from `ts_headline` (issue 17): the database marks each matched word between two
 * control characters, which are taken out here and turned into highlight ranges.
 */
import type { Span } from '../../model/document.js';
import type { Snippet } from '../../model/search.js';

/** The mark before a matched word. */
export const START_MARK = '\u0002';
/** The mark after a matched word. */
export const STOP_MARK = '\u0003';

/** The `ts_headline` options: about as long as the in-memory snippet (200 characters), two fragments at most. */
export const HEADLINE_OPTIONS = `StartSel=${START_MARK}, StopSel=${STOP_MARK}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** A snippet of marked headline text: the text without marks, whitespace collapsed, and the marked ranges. */
export function snippetFromHeadline(marked: string): Snippet {
  const collapsed = marked.replace(/\s+/g, ' ').trim();
  const highlights: Span[] = [];
  let text = '';
  let open = -1;
  for (const c of collapsed) {
    if (c === START_MARK) open = text.length;
    else if (c === STOP_MARK) {
      if (open >= 0 && text.length > open) highlights.push({ start: open, end: text.length });
      open = -1;
    } else text += c;
  }
  return { text, highlights };
}
