/**
 * One pass over a parsed HTML page that collects every element the HTML parser looks at (metas,
 * headings, dates, JSON-LD, article containers, comment elements, page chrome), each with the
 * context it sits in (inside a comment? inside the article? inside page chrome?).
 *
 * The parser uses this index instead of CSS-selector queries: each query walks the whole tree
 * and domutils' walk costs O(depth) per level, so dozens of queries over a deeply nested page
 * (thousands of unclosed `<div>`s) are quadratic. This walk is iterative and linear.
 */
import { isDocument, type AnyNode, type Element } from 'domhandler';
import { isElement } from './html-text.js';

/** An element with the context it was found in. */
export interface Located {
  el: Element;
  /** Inside a reader comment or a comment-thread container. */
  inComment: boolean;
  /** Inside `article`, `main`, `[role=main]` or `[itemprop=articleBody]`. */
  inArticle: boolean;
  /** Inside `header`, `nav` or `[role=banner]`. */
  inChrome: boolean;
}

/** The elements of a page the HTML parser reads, in page order. */
export interface HtmlIndex {
  html: Element | null;
  body: Element | null;
  title: Element | null;
  metas: Element[];
  canonicalLinks: Element[];
  jsonLd: Element[];
  h1s: Located[];
  /** `time[datetime]` elements. */
  times: Located[];
  /** `[itemprop=datePublished]` elements. */
  datePublished: Located[];
  /** Author markup in order of preference: `[rel~=author]`, `[itemprop=author]`, `.byline`, `.author`. */
  authorMarks: [Located[], Located[], Located[], Located[]];
  /** `<article>` elements. */
  articles: Located[];
  /** Other article containers by kind, in preference order (see CONTAINER_KINDS). */
  containers: Located[][];
  /** Elements that are (or wrap) one reader comment. */
  comments: Element[];
  /** Comment-thread containers and comment forms. */
  commentSections: Element[];
  /** Page chrome to keep out of the article text. */
  chrome: Element[];
}

/** Article containers after `<article>`, in order of preference. */
export const CONTAINER_KINDS: readonly ((el: Element) => boolean)[] = [
  (el) => el.name === 'main',
  (el) => el.attribs.role === 'main',
  (el) => el.attribs.itemprop === 'articleBody',
  (el) => hasClass(el, 'entry-content'),
  (el) => hasClass(el, 'post-content'),
  (el) => hasClass(el, 'article-body'),
  (el) => hasClass(el, 'post-body'),
];

const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const CHROME_CLASSES = [
  'share', 'sharing', 'sharedaddy', 'social', 'social-share', 'share-buttons', 'related', 'related-posts', 'byline', 'entry-meta',
  'post-meta', 'breadcrumb', 'breadcrumbs', 'skip-link', 'screen-reader-text',
];
const SECTION_IDS = new Set(['comments', 'respond', 'disqus_thread']);
const SECTION_CLASSES = ['comments', 'comments-area', 'comment-list', 'commentlist', 'comment-respond', 'comment-form'];

/** True when the element's class list contains `name`. */
export function hasClass(el: Element, name: string): boolean {
  const cls = el.attribs.class;
  if (!cls?.includes(name)) return false;
  return cls.split(/\s+/).includes(name);
}

/** First element in `root`'s subtree (optionally `root` itself) satisfying `test`, in page order. */
export function findDescendant(root: Element, test: (el: Element) => boolean, includeRoot = false): Element | null {
  if (includeRoot && test(root)) return root;
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) return node;
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return null;
}

/** Inline elements: never a comment block (a highlighted code comment is `<span class="token comment">`). */
const INLINE_TAGS = new Set(['span', 'a', 'em', 'strong', 'b', 'i', 'u', 'small', 'code', 'kbd', 'samp', 'var', 'font', 'sub', 'sup', 'mark', 'q', 'abbr', 'label']);

/** True when the element is (or wraps) one reader comment (WordPress, generic, schema.org). */
export function isCommentElement(el: Element): boolean {
  if (INLINE_TAGS.has(el.name)) return false;
  if (hasClass(el, 'comment')) return true;
  const itemtype = el.attribs.itemtype;
  if (itemtype?.includes('schema.org/Comment')) return true;
  if (el.attribs.itemprop === 'comment') return true;
  const parent = el.parent;
  return el.name === 'li' && parent !== null && isElement(parent) && (hasClass(parent, 'comment-list') || hasClass(parent, 'commentlist'));
}

/** True when the element contains a comment thread or a comment form. */
export function isCommentSection(el: Element): boolean {
  const id = el.attribs.id;
  return (id !== undefined && SECTION_IDS.has(id)) || SECTION_CLASSES.some((c) => hasClass(el, c));
}

function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  const role = el.attribs.role;
  if (role !== undefined && CHROME_ROLES.has(role)) return true;
  return CHROME_CLASSES.some((c) => hasClass(el, c));
}

function isArticleScope(el: Element): boolean {
  return el.name === 'article' || el.name === 'main' || el.attribs.role === 'main' || el.attribs.itemprop === 'articleBody';
}

function isChromeScope(el: Element): boolean {
  return el.name === 'header' || el.name === 'nav' || el.attribs.role === 'banner';
}

function relHas(el: Element, value: string): boolean {
  const rel = el.attribs.rel;
  return rel?.toLowerCase().split(/\s+/).includes(value) === true;
}

/** Walks the page once and indexes the elements the HTML parser reads. */
export function indexHtml(root: AnyNode): HtmlIndex {
  const index: HtmlIndex = {
    html: null,
    body: null,
    title: null,
    metas: [],
    canonicalLinks: [],
    jsonLd: [],
    h1s: [],
    times: [],
    datePublished: [],
    authorMarks: [[], [], [], []],
    articles: [],
    containers: CONTAINER_KINDS.map(() => []),
    comments: [],
    commentSections: [],
    chrome: [],
  };
  let commentDepth = 0;
  let articleDepth = 0;
  let chromeDepth = 0;
  let codeDepth = 0;
  type Frame = { node: AnyNode } | { exit: { comment: boolean; article: boolean; chrome: boolean; code: boolean } };
  const stack: Frame[] = [{ node: root }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if ('exit' in frame) {
      if (frame.exit.comment) commentDepth -= 1;
      if (frame.exit.article) articleDepth -= 1;
      if (frame.exit.chrome) chromeDepth -= 1;
      if (frame.exit.code) codeDepth -= 1;
      continue;
    }
    const node = frame.node;
    if (isDocument(node)) {
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push({ node: node.children[i]! });
      continue;
    }
    if (!isElement(node)) continue;
    const el = node;
    const name = el.name.toLowerCase();

    // Nothing inside code is page structure (syntax highlighters use classes like `comment`).
    const comment = codeDepth === 0 && isCommentElement(el);
    const section = isCommentSection(el);
    if (comment) index.comments.push(el);
    if (section) index.commentSections.push(el);
    if (isChrome(el)) index.chrome.push(el);
    const located = (): Located => ({ el, inComment: commentDepth > 0 || comment || section, inArticle: articleDepth > 0, inChrome: chromeDepth > 0 });

    switch (name) {
      case 'html':
        index.html ??= el;
        break;
      case 'body':
        index.body ??= el;
        break;
      case 'title':
        index.title ??= el;
        break;
      case 'meta':
        index.metas.push(el);
        break;
      case 'link':
        if (relHas(el, 'canonical')) index.canonicalLinks.push(el);
        break;
      case 'script':
        if ((el.attribs.type ?? '').trim().toLowerCase() === 'application/ld+json') index.jsonLd.push(el);
        break;
      case 'h1':
        index.h1s.push(located());
        break;
      case 'time':
        if (el.attribs.datetime !== undefined) index.times.push(located());
        break;
      case 'article':
        index.articles.push(located());
        break;
    }
    if (el.attribs.itemprop === 'datePublished') index.datePublished.push(located());
    if (relHas(el, 'author')) index.authorMarks[0].push(located());
    if (el.attribs.itemprop === 'author') index.authorMarks[1].push(located());
    if (hasClass(el, 'byline')) index.authorMarks[2].push(located());
    if (hasClass(el, 'author')) index.authorMarks[3].push(located());
    CONTAINER_KINDS.forEach((test, i) => {
      if (test(el)) index.containers[i]!.push(located());
    });

    // Scripts, styles and the like have no elements worth indexing inside.
    if (name === 'script' || name === 'style' || name === 'template') continue;
    const exit = { comment: comment || section, article: isArticleScope(el), chrome: isChromeScope(el), code: name === 'pre' || name === 'code' };
    if (exit.code) codeDepth += 1;
    if (exit.comment) commentDepth += 1;
    if (exit.article) articleDepth += 1;
    if (exit.chrome) chromeDepth += 1;
    stack.push({ exit });
    for (let i = el.children.length - 1; i >= 0; i -= 1) stack.push({ node: el.children[i]! });
  }
  return index;
}
