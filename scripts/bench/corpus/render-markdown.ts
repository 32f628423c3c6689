/**
 * Renders a generated article as Markdown with YAML front matter (the format of Markdown
 * exports: title, date, external-url, author, tags and sometimes company/product/start_time).
 */
import type { GeneratedArticle } from './generated-article.js';
import type { SeededRandom } from './seeded-random.js';

/** Formats an ISO date-time the way Jekyll front matter writes it: `2008-06-06 22:32:17 +0000`. */
function frontMatterDate(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000`;
}

/** Renders the article as a Markdown file (comments are not part of Markdown exports); extra lines go after the body. */
export function renderMarkdown(article: GeneratedArticle, rng: SeededRandom, extraBodyLines: readonly string[] = []): string {
  const lines: string[] = ['---', `title: ${JSON.stringify(article.title)}`, `date: ${frontMatterDate(article.published)}`];
  lines.push(`${rng.pick(['external-url', 'url', 'link'])}: ${article.url}`);
  if (rng.chance(0.8)) lines.push(`author: ${JSON.stringify(article.author)}`);
  if (rng.chance(0.7)) lines.push(`tags: [${article.tags.map((t) => JSON.stringify(t)).join(', ')}]`);
  if (rng.chance(0.5)) lines.push(`company: ${JSON.stringify(article.provider)}`);
  if (rng.chance(0.5)) lines.push(`product: ${JSON.stringify(article.service)}`);
  if (rng.chance(0.3)) lines.push(`start_time: ${article.startTime}`);
  if (rng.chance(0.3)) lines.push(`summary: ${JSON.stringify(article.summary)}`);
  if (rng.chance(0.4)) lines.push(`hash: ${(article.index * 2654435761 >>> 0).toString(16).padStart(8, '0')}${article.slug.length.toString(16)}`);
  lines.push('---', '');
  for (const block of article.blocks) {
    switch (block.kind) {
      case 'paragraph': lines.push(block.text, ''); break;
      case 'heading': lines.push(`## ${block.text}`, ''); break;
      case 'list': lines.push(...block.items.map((item) => `- ${item}`), ''); break;
      case 'quote': lines.push(`> ${block.text}`, ''); break;
    }
  }
  for (const line of extraBodyLines) lines.push(line, '');
  return `${lines.join('\n').trimEnd()}\n`;
}
