/**
 * Site boilerplate in text copies of web pages: navigation and sharing widgets that were saved
 * with the article ("Scroll to Top", "Share this:", "Comments are closed.") and trailing
 * about-the-site paragraphs ("This article was compiled from ...", "Tech Buzz provides curated
 * technology news ...").
 *
 * Two rules:
 * - a LINE that is entirely a widget label (short, matching one of WIDGET_LINES) is removed
 *   wherever it appears;
 * - a PARAGRAPH matching one of TRAILER_PARAGRAPHS is removed only in the trailing run of
 *   boilerplate at the end of the text, because the same words can be ordinary prose mid-article.
 */
import type { TextBlock } from './text-blocks.js';

/** Lines longer than this are prose, never a widget label. */
const MAX_WIDGET_LINE = 120;

/** Whole-line widget labels (matched against the trimmed line, case-insensitively). */
const WIDGET_LINES: readonly RegExp[] = [
  /^(?:scroll|back|return|go) to (?:the )?top\.?$/i,
  /^comments? (?:are|is) (?:now )?closed\.?$/i,
  /^(?:share|like) this(?: article| post| story| page)?:?$/i,
  /^like loading(?:\.\.\.|…)?$/i,
  /^loading(?:\.\.\.|…)$/i,
  /^share (?:this|on|via|to)\b.{0,80}$/i,
  /^subscribe (?:to|for|now|today|via)\b.{0,100}$/i,
  /^follow (?:us|me)\b.{0,80}$/i,
  /^click to (?:share|email|print|tweet)\b.{0,80}$/i,
  /^(?:leave a (?:reply|comment)|cancel reply|post a comment|add a comment)\.?$/i,
  /^(?:tweet|email|print|facebook|twitter|linkedin|reddit|pinterest|whatsapp|telegram|pocket|mastodon|share|more)$/i,
  /^(?:related(?: posts| articles| stories| reading)?|you (?:might|may) also like|read (?:more|next)|see also):?$/i,
  /^(?:sign up|subscribe) (?:for|to) (?:our|the) newsletter\b.{0,80}$/i,
  /^advertisement$/i,
  /^skip to (?:main )?content$/i,
];

/** Trailing about-the-site paragraphs (matched against the whole paragraph text). */
const TRAILER_PARAGRAPHS: readonly RegExp[] = [
  /^this (?:article|post|story|piece) (?:was|is|has been) (?:compiled|aggregated|curated|adapted|generated|summari[sz]ed|originally (?:published|posted))\b/i,
  /^this (?:article|post|story) (?:first )?appeared (?:on|in|at)\b/i,
  /^originally (?:published|posted) (?:on|at|in|by)\b/i,
  /^[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4} (?:provides|delivers|offers|brings you|is your source for) (?:curated|daily|the latest|independent|in-depth|breaking|trusted)\b/,
  /^(?:copyright\s*)?(?:©|\(c\))\s*\d{4}\b/i,
  /^all rights reserved\.?$/i,
];

/** True when the whole (trimmed) line is a sharing/navigation widget label. */
export function isWidgetLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > MAX_WIDGET_LINE) return false;
  return WIDGET_LINES.some((re) => re.test(text));
}

/** True when a paragraph's text is an about-the-site trailer (only removed at the end of a text). */
export function isTrailerParagraph(paragraph: string): boolean {
  const text = paragraph.trim();
  return TRAILER_PARAGRAPHS.some((re) => re.test(text));
}

/**
 * Removes widget lines from every block (dropping blocks left empty), then the trailing run of
 * trailer paragraphs. Code blocks are left alone. Returns new blocks; the input is not changed.
 */
export function stripBoilerplate(blocks: readonly TextBlock[]): TextBlock[] {
  const kept: TextBlock[] = [];
  let pendingGap = 0;
  for (const block of blocks) {
    const lines = block.kind === 'code' ? block.lines : block.lines.filter((l) => !isWidgetLine(l));
    if (lines.length === 0) {
      // Keep the widest gap around a removed block so the comment splitter still sees it.
      pendingGap = Math.max(pendingGap, block.gapBefore);
      continue;
    }
    kept.push({ ...block, lines, gapBefore: Math.max(block.gapBefore, pendingGap) });
    pendingGap = 0;
  }
  let end = kept.length;
  while (end > 0) {
    const block = kept[end - 1]!;
    if (block.kind === 'code' || !isTrailerParagraph(block.lines.join(' '))) break;
    end -= 1;
  }
  return kept.slice(0, end);
}
