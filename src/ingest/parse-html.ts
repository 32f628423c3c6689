/**
 * HTML parser (cheerio with htmlparser2; nothing is executed). A page nesting elements too deep
 * is refused first (html-nesting.ts: htmlparser2 and the walks are superlinear in the depth).
 * The page is walked once (html-index.ts) instead of queried with CSS selectors; then metadata
 * (html-metadata.ts), the reader comments (html-comments.ts) and the article text are read.
 *
 * Article container, the first of these that has text: `article` (the non-comment `<article>`
 * with the most text), `main`, `[role=main]`, `[itemprop=articleBody]`, `.entry-content`, `.post-content`, `.article-body`, `.post-body`,
 * else `<body>` (else the whole document). Inside it, navigation, header, footer, aside, forms,
 * sharing widgets, bylines and the comment thread are left out; the title's own `<h1>` is not
 * repeated; site boilerplate lines are removed as in plain text. A page whose container has no
 * text is `no-article-text`.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { stripBoilerplate } from './boilerplate.js';
import { readHtmlComments } from './html-comments.js';
import { indexHtml, type HtmlIndex } from './html-index.js';
import { htmlNesting } from './html-nesting.js';
import { readHtmlMetadata } from './html-metadata.js';
import { htmlParagraphs } from './html-text.js';
import type { ResolvedParseOptions } from './parse-options.js';
import { emptyContent, type ParserOutput } from './parsed-content.js';
import type { TextBlock } from './text-blocks.js';

/** At most this many `<article>` elements are compared (a listing page can have hundreds). */
const MAX_ARTICLE_CANDIDATES = 20;

/** Parses a decoded HTML file. */
export function parseHtml(html: string, options: ResolvedParseOptions): ParserOutput {
  const { problem } = htmlNesting(html);
  if (problem !== null) return { content: null, problems: [{ code: 'too-complex', reason: problem.reason, line: problem.line, fatal: true }] };
  const root = load(html).root()[0]!;
  const index = indexHtml(root);
  const thread = readHtmlComments(index);
  const meta = readHtmlMetadata(index);

  const exclude = new Set<AnyNode>(thread.regions);
  for (const el of index.chrome) exclude.add(el);

  let paragraphs: string[][] = [];
  for (const container of containers(index, root)) {
    // A container that is itself page chrome (a <main role="main"> inside <header>?) is read all the same.
    paragraphs = htmlParagraphs(container, { has: (node) => node !== container && exclude.has(node) });
    if (paragraphs.length > 0) break;
  }

  const blocks: TextBlock[] = paragraphs.map((lines, i) => ({ lines, gapBefore: i === 0 ? 0 : 1, kind: 'paragraph', line: 1 }));
  let kept = stripBoilerplate(blocks);
  // The title's <h1> is usually the first line of the container.
  const firstBlock = kept[0];
  if (meta.title !== null && firstBlock?.lines.length === 1 && sameText(firstBlock.lines[0]!, meta.title)) {
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
function containers(index: HtmlIndex, root: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  const articles = index.articles.filter((a) => !a.inComment).slice(0, MAX_ARTICLE_CANDIDATES);
  const sized = articles.map(({ el }) => ({ el, size: textSize(el) }));
  sized.sort((x, y) => y.size - x.size);
  out.push(...sized.map((s) => s.el));
  for (const kind of index.containers) {
    const found = kind.find((c) => !c.inComment);
    if (found !== undefined) out.push(found.el);
  }
  if (index.body !== null) out.push(index.body);
  out.push(root);
  return out;
}

function textSize(el: Element): number {
  return htmlParagraphs(el).reduce((n, p) => n + p.reduce((m, l) => m + l.length, 0), 0);
}

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
}
