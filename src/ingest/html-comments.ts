/**
 * Reader comments in HTML, from the markup of common CMSs:
 * - WordPress: `ol.commentlist li.comment` / `.comment-list > li`, author in
 *   `.comment-author .fn` (or `cite`), text in `.comment-content` or the `p`s of `.comment-body`,
 *   date in `time[datetime]` or `.commentmetadata`;
 * - generic `.comment` / `article.comment` blocks;
 * - schema.org `Comment` items (`[itemtype*="schema.org/Comment"]`, `[itemprop=comment]`) with
 *   `[itemprop=author]` (and its `[itemprop=name]`), `[itemprop=text]`, `[itemprop=dateCreated]`.
 *
 * Every element matching one of those selectors is a candidate; replies nested inside a comment
 * are candidates of their own, so the thread is flattened in page order and each comment is read
 * once, from its OWN content (its subtree minus nested candidates). A candidate whose own content
 * has no text is only a wrapper around the real comment element and is skipped; pingbacks and
 * trackbacks are skipped; a comment without text is dropped.
 */
import type { AnyNode, Element } from 'domhandler';
import type { ParsedComment } from '../model/document.js';
import { findDescendant, hasClass, type HtmlIndex } from './html-index.js';
import { htmlParagraphs, inlineText, type NodeFilter } from './html-text.js';
import { toIsoDate } from './iso-date.js';

/** The comments of a page and every element belonging to the thread. */
export interface HtmlThread {
  comments: ParsedComment[];
  /** Comment elements and thread containers (to keep out of the article text). */
  regions: Set<AnyNode>;
}

type Role = 'text' | 'author' | 'date' | 'meta';

const TEXT_CLASSES = ['comment-content', 'comment-text', 'comment-entry', 'comment-body'];
const AUTHOR_CLASSES = ['comment-author', 'fn', 'author', 'vcard', 'comment-author-name', 'username', 'user-name'];
const DATE_CLASSES = ['comment-date', 'comment-time', 'comment-meta', 'commentmetadata', 'comment-metadata', 'date', 'published'];
const META_CLASSES = ['reply', 'comment-reply-link', 'says', 'avatar', 'comment-awaiting-moderation', 'comment-edit-link', 'edit-link'];
const REPLY_WIDGET = /^(?:reply|log in to reply|report|flag|like|permalink|edit|quote|share)(?:\s*↓)?$/i;

/** Reads the page's reader comments from the indexed comment elements (see the module comment). */
export function readHtmlComments(index: HtmlIndex): HtmlThread {
  const candidates = index.comments;
  const candidateSet = new Set<AnyNode>(candidates);
  const regions = new Set<AnyNode>(candidates);
  for (const section of index.commentSections) regions.add(section);

  const comments: ParsedComment[] = [];
  for (const el of candidates) {
    if (hasClass(el, 'pingback') || hasClass(el, 'trackback')) continue;
    const comment = readComment(el, candidateSet);
    if (comment !== null) comments.push(comment);
  }
  return { comments, regions };
}

function readComment(el: Element, candidates: ReadonlySet<AnyNode>): ParsedComment | null {
  const own = ownElements(el, candidates);
  const first = (role: Role): Element | undefined => own.find((o) => roleOf(o, role, el));
  const textEl = first('text');
  const authorEl = first('author');

  // Text: the comment's text element, or the comment minus its author/date/reply parts.
  // Nested comments and this comment's own non-text parts (a union, so no copy of the candidates).
  const parts = new Set<AnyNode>();
  const exclude: NodeFilter = { has: (node) => candidates.has(node) || parts.has(node) };
  // `.comment-body` (older WordPress) holds the author and date lines too; a content element does not.
  const wholeBody = textEl === undefined || (hasClass(textEl, 'comment-body') && textEl.attribs.itemprop !== 'text');
  if (wholeBody) {
    for (const o of own) if (roleOf(o, 'author', el) || roleOf(o, 'date', el) || roleOf(o, 'meta', el) || o.name === 'header' || o.name === 'footer') parts.add(o);
  } else {
    for (const o of own) if (roleOf(o, 'meta', el)) parts.add(o);
  }
  const paragraphs = htmlParagraphs(textEl ?? el, exclude)
    .map((lines) => lines.filter((line) => !REPLY_WIDGET.test(line)))
    .filter((lines) => lines.length > 0);
  // A leading "says:" left over from the author line.
  if (paragraphs[0]?.[0] !== undefined && /^(?:says|said|wrote):?$/i.test(paragraphs[0][0])) paragraphs[0].shift();
  const text = paragraphs
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')
    .trim();
  if (text === '') return null;

  return {
    author: authorEl === undefined ? null : authorName(authorEl),
    text,
    published: commentDate(own, el),
    url: authorEl === undefined ? null : authorUrl(authorEl),
  };
}

/** Elements of a comment's own content (nested comments and their subtrees excluded), in page order. */
function ownElements(root: Element, candidates: ReadonlySet<AnyNode>): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-comparison -- a tag only (not script/style); ElementType is domelementtype's, not a direct dependency
    if (node.type !== 'tag' || candidates.has(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return out;
}

function roleOf(el: Element, role: Role, comment: Element): boolean {
  const prop = el.attribs.itemprop;
  switch (role) {
    case 'text':
      return prop === 'text' || (el !== comment && TEXT_CLASSES.some((c) => hasClass(el, c)) && !hasClass(el, 'comment-author'));
    case 'author':
      return prop === 'author' || prop === 'creator' || AUTHOR_CLASSES.some((c) => hasClass(el, c)) || el.name === 'cite';
    case 'date':
      return (
        (el.name === 'time' && el.attribs.datetime !== undefined) ||
        prop === 'dateCreated' ||
        prop === 'datePublished' ||
        DATE_CLASSES.some((c) => hasClass(el, c))
      );
    case 'meta':
      return META_CLASSES.some((c) => hasClass(el, c)) || el.name === 'form';
  }
}

/** The commenter's name from an author element: its `[itemprop=name]` or `.fn`, else its text. */
function authorName(el: Element): string | null {
  const inner = findDescendant(el, (d) => d.attribs.itemprop === 'name' || hasClass(d, 'fn'));
  const raw = inner !== null ? (inner.attribs.content ?? inlineText(inner)) : (el.attribs.content ?? inlineText(el));
  const name = raw
    .replace(/\s+(?:says|said|wrote)\s*:?\s*$/i, '')
    .replace(/^by:?\s+/i, '')
    .trim();
  return name === '' || name.length > 80 ? null : name;
}

/** The commenter's link: an http(s) `href` (or `[itemprop=url]`) in the author element. */
function authorUrl(el: Element): string | null {
  const link = findDescendant(el, (d) => {
    const href = d.attribs.href ?? (d.attribs.itemprop === 'url' ? d.attribs.content : undefined);
    return href !== undefined && /^https?:\/\//i.test(href.trim());
  }, true);
  if (link === null) return null;
  return (link.attribs.href ?? link.attribs.content ?? '').trim() || null;
}

/** The comment's date: machine-readable attributes first (`datetime`, `content`), then the text of date elements. */
function commentDate(own: readonly Element[], comment: Element): string | null {
  for (const el of own) {
    if (!roleOf(el, 'date', comment)) continue;
    const attribute = el.attribs.datetime ?? el.attribs.content;
    const iso = attribute === undefined ? null : toIsoDate(attribute);
    if (iso !== null) return iso;
  }
  for (const el of own) {
    if (!roleOf(el, 'date', comment)) continue;
    const raw = inlineText(el);
    const iso = toIsoDate(raw) ?? toIsoDate(raw.split('|')[0]!.replace(/\s+at\s+/i, ' ').trim());
    if (iso !== null) return iso;
  }
  return null;
}
