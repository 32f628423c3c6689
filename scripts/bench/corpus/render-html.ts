/**
 * Renders a generated article as a saved blog page: head metadata (og:title, published time,
 * canonical URL), navigation, the article, a sidebar and footer, scripts, and a WordPress-style
 * comment list (`ol.comment-list > li.comment`, replies in `ol.children`).
 */
import type { ArticleBlock, GeneratedArticle, GeneratedComment } from './generated-article.js';
import type { SeededRandom } from './seeded-random.js';

/** Escapes text for HTML; with `entities`, apostrophes and dashes become named entities as CMSs write them. */
function escapeHtml(text: string, entities: boolean): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return entities ? escaped.replace(/'/g, '&#8217;').replace(/ - /g, ' &#8211; ') : escaped;
}

function humanDate(iso: string): string {
  const d = new Date(iso);
  return d.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

function renderBlock(block: ArticleBlock, entities: boolean): string {
  switch (block.kind) {
    case 'paragraph': return `<p>${escapeHtml(block.text, entities)}</p>`;
    case 'heading': return `<h2>${escapeHtml(block.text, entities)}</h2>`;
    case 'list': return `<ul>\n${block.items.map((item) => `<li>${escapeHtml(item, entities)}</li>`).join('\n')}\n</ul>`;
    case 'quote': return `<blockquote><p>${escapeHtml(block.text, entities)}</p></blockquote>`;
  }
}

function renderComment(comment: GeneratedComment, id: number, entities: boolean, children: string): string {
  const name = comment.url === null ? escapeHtml(comment.author, false) : `<a href="${comment.url}" rel="external nofollow ugc" class="url">${escapeHtml(comment.author, false)}</a>`;
  return [
    `<li id="comment-${id}" class="comment depth-${comment.reply ? 2 : 1}">`,
    `<article id="div-comment-${id}" class="comment-body">`,
    '<footer class="comment-meta">',
    `<div class="comment-author vcard"><b class="fn">${name}</b> <span class="says">says:</span></div>`,
    `<div class="comment-metadata"><a href="#comment-${id}"><time datetime="${comment.published}">${humanDate(comment.published)} at ${comment.published.slice(11, 16)}</time></a></div>`,
    '</footer>',
    `<div class="comment-content">\n${comment.paragraphs.map((p) => `<p>${escapeHtml(p, entities)}</p>`).join('\n')}\n</div>`,
    `<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-${id}">Reply</a></div>`,
    '</article>',
    children,
    '</li>',
  ].filter((line) => line !== '').join('\n');
}

/** Renders the article (and its comments) as an HTML page. */
export function renderHtml(article: GeneratedArticle, rng: SeededRandom, extraArticleLines: readonly string[] = []): string {
  const entities = rng.chance(0.4);
  const site = article.publication;
  const title = escapeHtml(article.title, false);
  const body = article.blocks.map((b) => renderBlock(b, entities));
  for (const line of extraArticleLines) body.push(`<p class="share">${escapeHtml(line, false)}</p>`);

  // Comments: a reply nests under the previous top-level comment.
  const topLevel: { comment: GeneratedComment; id: number; replies: { comment: GeneratedComment; id: number }[] }[] = [];
  article.comments.forEach((comment, i) => {
    const id = 1000 + article.index * 50 + i;
    const parent = topLevel[topLevel.length - 1];
    if (comment.reply && parent !== undefined) parent.replies.push({ comment, id });
    else topLevel.push({ comment, id, replies: [] });
  });
  const commentHtml = topLevel.map(({ comment, id, replies }) => {
    const children = replies.length === 0 ? '' : `<ol class="children">\n${replies.map((r) => renderComment(r.comment, r.id, entities, '')).join('\n')}\n</ol>`;
    return renderComment(comment, id, entities, children);
  });

  const nav = ['Home', 'Cloud', 'Outages', 'Security', 'About'].map((item) => `<li><a href="/${item === 'Home' ? '' : `${item.toLowerCase()}/`}">${item}</a></li>`).join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title} | ${escapeHtml(site, false)}</title>`,
    `<meta property="og:title" content="${title}">`,
    '<meta property="og:type" content="article">',
    `<meta property="article:published_time" content="${article.published}">`,
    `<meta name="author" content="${escapeHtml(article.author, false)}">`,
    `<meta name="description" content="${escapeHtml(article.summary, false)}">`,
    `<link rel="canonical" href="${article.url}">`,
    '<link rel="stylesheet" href="/wp-content/themes/newsroom/style.css" media="all">',
    '<style>.screen-reader-text{position:absolute;left:-9999px}</style>',
    '<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>',
    '</head>',
    '<body class="post-template-default single single-post">',
    '<a class="skip-link screen-reader-text" href="#main">Skip to content</a>',
    `<header class="site-header"><p class="site-title"><a href="/" rel="home">${escapeHtml(site, false)}</a></p>`,
    `<nav id="site-navigation" class="main-navigation"><ul class="menu">${nav}</ul></nav></header>`,
    '<main id="main" class="site-main">',
    '<article class="post type-post status-publish hentry">',
    `<header class="entry-header"><h1 class="entry-title">${title}</h1>`,
    `<div class="entry-meta">By <span class="author vcard"><a class="url fn n" href="/author/${article.author.toLowerCase().replace(/[^a-z]+/g, '-')}/">${escapeHtml(article.author, false)}</a></span> on <time class="entry-date published" datetime="${article.published}">${humanDate(article.published)}</time></div>`,
    '</header>',
    '<div class="entry-content">',
    ...body,
    '</div>',
    `<footer class="entry-footer"><span class="cat-links">Posted in <a href="/outages/" rel="category tag">Outages</a></span> <span class="tags-links">Tagged ${article.tags.map((t) => `<a href="/tag/${t}/" rel="tag">${t}</a>`).join(', ')}</span></footer>`,
    '</article>',
    ...(article.comments.length === 0
      ? []
      : [
          '<div id="comments" class="comments-area">',
          `<h2 class="comments-title">${article.comments.length} thoughts on &ldquo;${title}&rdquo;</h2>`,
          '<ol class="comment-list">',
          ...commentHtml,
          '</ol>',
          '</div>',
        ]),
    '</main>',
    '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>',
    '<li><a href="/2019/07/planning-for-failover/">Planning for failover</a></li>',
    '<li><a href="/2020/03/status-pages-that-work/">Status pages that work</a></li>',
    '<li><a href="/2021/11/multi-cloud-myths/">Five multi-cloud myths</a></li>',
    '</ul></section></aside>',
    `<footer id="colophon" class="site-footer"><div class="site-info">&copy; ${article.published.slice(0, 4)} ${escapeHtml(site, false)}. All rights reserved. <a href="/privacy/">Privacy Policy</a> | <a href="/contact/">Contact</a></div></footer>`,
    '<script src="/wp-includes/js/comment-reply.min.js" id="comment-reply-js"></script>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
