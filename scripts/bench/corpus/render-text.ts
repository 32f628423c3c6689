/**
 * Renders a generated article as a plain-text page copy: a title line (sometimes repeated, as
 * scrapers do), an optional byline, paragraphs and bullet lists, then a reader comment thread in
 * the style of a copied blog page (author name line, blank line, paragraphs).
 */
import type { GeneratedArticle } from './generated-article.js';
import type { SeededRandom } from './seeded-random.js';

/** Renders the article (and its comments) as a plain-text file; extra lines go after the body. */
export function renderText(article: GeneratedArticle, rng: SeededRandom, extraBodyLines: readonly string[] = []): string {
  const lines: string[] = [article.title, ''];
  if (rng.chance(0.1)) lines.push(article.title, '');
  if (rng.chance(0.4)) lines.push(`By ${article.author} | ${article.published.slice(0, 10)}`, '');
  const bullet = rng.pick(['  • ', '- ', '* ']);
  for (const block of article.blocks) {
    switch (block.kind) {
      case 'paragraph': lines.push(block.text, ''); break;
      case 'heading': lines.push(block.text, ''); break;
      case 'list': lines.push(...block.items.map((item) => `${bullet}${item}`), ''); break;
      case 'quote': lines.push(`"${block.text}"`, ''); break;
    }
  }
  for (const line of extraBodyLines) lines.push(line, '');
  if (article.comments.length > 0) {
    lines.push('');
    if (rng.chance(0.5)) lines.push(rng.pick([`${article.comments.length} Responses`, 'Comments', `${article.comments.length} comments`]), '');
    for (const comment of article.comments) {
      lines.push(comment.author, '');
      for (const paragraph of comment.paragraphs) lines.push(paragraph, '');
      if (rng.chance(0.1)) lines.push(comment.author, '');
      lines.push('');
    }
  }
  if (rng.chance(0.15)) lines.push('Scroll to Top');
  return `${lines.join('\n').trimEnd()}\n`;
}
