/**
 * Plain-text parser: a title from the first line, paragraphs and list lines, site boilerplate
 * removed, and a reader-comment thread split off the end (see comment-thread.ts).
 *
 * Title rule: the first block is the title when it is a single line that
 * - is followed by more text (a file that is one paragraph, or one long line, has no title),
 * - is at most `maxTitleLength` characters (a 2,000-character line is a paragraph, not a title),
 * - has a letter, is not a list item, and does not end like a sentence or clause
 *   (`.`, `,`, `;`, `:` or an ellipsis); `?` and `!` are allowed, headlines ask questions.
 * A title line repeated as the next block (pages that print the headline twice) is kept once.
 */
import type { ParsedComment } from '../model/document.js';
import { stripBoilerplate } from './boilerplate.js';
import { splitCommentThread } from './comment-thread.js';
import type { ResolvedParseOptions } from './parse-options.js';
import { emptyContent, type ParserOutput } from './parsed-content.js';
import { isListItem, renderBlocks, splitBlocks, type TextBlock } from './text-blocks.js';

/** Parses a decoded plain-text file. */
export function parseText(text: string, options: ResolvedParseOptions): ParserOutput {
  const content = emptyContent();
  const body = readBody(splitBlocks(text), options, true);
  if (body.text === '') {
    return { content: null, problems: [{ code: 'no-article-text', reason: body.title === null ? 'no article text' : 'no article text after the title line', fatal: true }] };
  }
  content.title = body.title;
  content.text = body.text;
  content.comments = body.comments;
  return { content, problems: [] };
}

/** A body read from blocks: its title (when taken from the first line), text and comments. */
export interface ReadBody {
  title: string | null;
  text: string;
  comments: ParsedComment[];
}

/**
 * Shared by the text and Markdown parsers: removes boilerplate, takes the title line when
 * `takeTitle` (and drops a repeat of it), splits off comments, and renders the article.
 */
export function readBody(blocks: readonly TextBlock[], options: ResolvedParseOptions, takeTitle: boolean, knownTitle: string | null = null): ReadBody {
  let rest = stripBoilerplate(blocks);
  let title: string | null = null;
  if (takeTitle && rest.length >= 2) {
    const first = rest[0]!;
    if (first.lines.length === 1 && isTitleLine(first.lines[0]!, options.maxTitleLength)) {
      title = first.lines[0]!;
      rest = rest.slice(1);
    }
  }
  // A headline printed twice (or a body repeating the front matter's title) is kept once.
  const headline = title ?? knownTitle;
  if (headline !== null) {
    // One slice after the scan: slicing once per repeat was quadratic in the number of repeats.
    const wanted = sameTextKey(headline);
    let skip = 0;
    while (rest.length - skip > 1 && rest[skip]!.lines.length === 1 && sameTextKey(rest[skip]!.lines[0]!) === wanted) skip += 1;
    if (skip > 0) rest = rest.slice(skip);
  }
  const split = options.splitComments ? splitCommentThread(rest) : { article: rest, comments: [] };
  return { title, text: renderBlocks(split.article), comments: split.comments };
}

/** True when `line` can be a title (see the title rule of the module comment). */
export function isTitleLine(line: string, maxLength: number): boolean {
  const text = line.trim();
  if (text === '' || text.length > maxLength) return false;
  if (!/\p{L}/u.test(text) || isListItem(text)) return false;
  return !/[.,;:…]$/.test(text);
}

/** The form two lines are compared in (whitespace collapsed, case folded). */
function sameTextKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
