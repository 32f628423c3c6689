/**
 * HTML parser (cheerio with htmlparser2, which is linear in the input even for deeply nested or
 * unclosed markup; nothing is executed): metadata (html-metadata.ts), the reader comments
 * (html-comments.ts) and the article text.
 *
 * Article container, the first of these that has text: `article` (the non-comment `<article>`
 * with the most text), `main` / `[role=main]`,
 * `[itemprop=articleBody]`, `.entry-content`, `.post-content`, `.article-body`, `.post-body`,
 * else `<body>` (else the whole document). Inside it, navigation, header, footer, aside, forms,
 * sharing widgets, bylines and the comment thread are left out; the title's own `<h1>` is not
 * repeated; site boilerplate lines are removed as in plain text. A page whose container has no
 * text is `no-article-text`.
 */
import { load, type CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { stripBoilerplate } from './boilerplate.js';
import { readHtmlComments, isInside } from './html-comments.js';
import { readHtmlMetadata } from './html-metadata.js';
import { htmlParagraphs } from './html-text.js';
import type { ResolvedParseOptions } from './parse-options.js';
import { emptyContent, type ParserOutput } from './parsed-content.js';
import type { TextBlock } from './text-blocks.js';

/** Page chrome kept out of the article text (besides the comment thread). */
const CHROME_SELECTOR = [
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[role="search"]',
  '.share',
  '.sharing',
  '.sharedaddy',
  '.social',
  '.social-share',
  '.share-buttons',
  '.related',
  '.related-posts',
  '.byline',
  '.entry-meta',
  '.post-meta',
  '.breadcrumb',
  '.breadcrumbs',
  '.skip-link',
  '.screen-reader-text',
].join(', ');

/** Container candidates after `article`, in order of preference. */
const CONTAINERS = ['main', '[role="main"]', '[itemprop="articleBody"]', '.entry-content', '.post-content', '.article-body', '.post-body'];

/** At most this many `<article>` elements are compared (a listing page can have hundreds). */
const MAX_ARTICLE_CANDIDATES = 20;

/** Parses a decoded HTML file. */
export function parseHtml(html: string, options: ResolvedParseOptions): ParserOutput {
  const $ = load(html);
  const thread = readHtmlComments($);
  const inComment = (node: AnyNode): boolean => isInside(node, thread.regions);
  const meta = readHtmlMetadata($, inComment);

  const exclude = new Set<AnyNode>(thread.regions);
  for (const el of $(CHROME_SELECTOR).toArray()) exclude.add(el);

  let paragraphs: string[][] = [];
  for (const container of containers($, inComment)) {
    // A container that is itself page chrome (a <main> inside <header>?) is read all the same.
    const own = new Set(exclude);
    own.delete(container);
    paragraphs = htmlParagraphs(container, own);
    if (paragraphs.length > 0) break;
  }

  const blocks: TextBlock[] = paragraphs.map((lines, i) => ({ lines, gapBefore: i === 0 ? 0 : 1, kind: 'paragraph', line: 1 }));
  let kept = stripBoilerplate(blocks);
  // The title's <h1> is usually the first line of the container.
  const firstBlock = kept[0];
  if (meta.title !== null && firstBlock !== undefined && firstBlock.lines.length === 1 && sameText(firstBlock.lines[0]!, meta.title)) {
    kept = kept.slice(1);
  }
  const text = kept.map((b) => b.lines.join('\n')).join('\n\n');
  if (text.length < options.minArticleLength || text.trim() === '') {
    return {
      content: null,
      problems: [{ code: 'no-article-text', reason: 'HTML page has no article text (after removing navigation, scripts, page chrome and comments)', fatal: true }],
    };
  }

  const content = emptyContent();
  content.title = meta.title;
  content.published = meta.published;
  content.author = meta.author;
  content.url = meta.url;
  content.description = meta.description;
  content.tags = meta.tags;
  content.meta = { ...meta.meta };
  content.hasMetadata = meta.title !== null || meta.published !== null || meta.url !== null;
  content.text = text;
  content.comments = thread.comments;
  return { content, problems: [] };
}

/** Candidate containers of the article text, best first (see the module comment). */
function containers($: CheerioAPI, inComment: (node: AnyNode) => boolean): AnyNode[] {
  const out: AnyNode[] = [];
  const articles = $('article')
    .toArray()
    .filter((a) => !inComment(a))
    .slice(0, MAX_ARTICLE_CANDIDATES);
  if (articles.length > 0) {
    const sized = articles.map((a) => ({ a, size: textSize(a) }));
    sized.sort((x, y) => y.size - x.size);
    out.push(...sized.map((s) => s.a));
  }
  for (const selector of CONTAINERS) {
    const el = $(selector)
      .toArray()
      .find((e) => !inComment(e));
    if (el !== undefined) out.push(el);
  }
  const body = $('body').first()[0];
  if (body !== undefined) out.push(body);
  out.push($.root()[0]!);
  return out;
}

function textSize(el: Element): number {
  return htmlParagraphs(el).reduce((n, p) => n + p.reduce((m, l) => m + l.length, 0), 0);
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
}
