/**
 * Renders a generated article in one of the three corpus formats.
 */
import type { SourceFormat } from '../../../src/model/document.js';
import type { GeneratedArticle } from './generated-article.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';
import type { SeededRandom } from './seeded-random.js';

/** File extension of each format. */
export const FORMAT_EXTENSIONS: Readonly<Record<SourceFormat, string>> = { markdown: 'md', text: 'txt', html: 'html' };

/** Renders `article` as `format`; `extraBodyLines` (site boilerplate) go after the article body. */
export function renderArticle(article: GeneratedArticle, format: SourceFormat, rng: SeededRandom, extraBodyLines: readonly string[] = []): string {
  switch (format) {
    case 'markdown': return renderMarkdown(article, rng, extraBodyLines);
    case 'text': return renderText(article, rng, extraBodyLines);
    case 'html': return renderHtml(article, rng, extraBodyLines);
  }
}
