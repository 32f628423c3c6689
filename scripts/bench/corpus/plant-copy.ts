/**
 * Planted near-duplicates: a second copy of an article as a scraper would produce it (another
 * format, other quote characters, other whitespace or line wrapping, added site boilerplate, a
 * lightly edited re-scrape). The bench checks that dedupe merges every planted pair.
 */
import type { SourceFormat } from '../../../src/model/document.js';
import type { ArticleBlock, GeneratedArticle } from './generated-article.js';
import { BOILERPLATE_LINES } from './prose-phrases.js';
import { renderArticle } from './render-article.js';
import type { SeededRandom } from './seeded-random.js';

/** How a planted copy differs from its original. */
export type CopyVariant = 'format' | 'quotes' | 'whitespace' | 'wrap' | 'boilerplate' | 'edit';

/** A rendered planted copy. */
export interface PlantedCopy {
  format: SourceFormat;
  content: string;
  variants: CopyVariant[];
}

const OTHER_FORMATS: Readonly<Record<SourceFormat, readonly SourceFormat[]>> = {
  markdown: ['text', 'html'],
  text: ['markdown', 'html'],
  html: ['text', 'markdown'],
};

/** Straight quotes to curly ones and spaced hyphens to em dashes. */
function curlyQuotes(text: string): string {
  return text
    .replace(/(\w)'(\w)/g, '$1\u2019$2')
    .replace(/"([^"]*)"/g, '\u201c$1\u201d')
    .replace(/ - /g, ' \u2014 ');
}

function mapBlockText(block: ArticleBlock, f: (text: string) => string): ArticleBlock {
  return block.kind === 'list' ? { kind: 'list', items: block.items.map(f) } : { ...block, text: f(block.text) };
}

/** Hard-wraps every long line at `width` columns (front matter and short lines untouched). */
function hardWrap(content: string, width: number): string {
  let inFrontMatter = content.startsWith('---\n');
  let seenOpen = false;
  return content
    .split('\n')
    .map((line) => {
      if (inFrontMatter) {
        if (line === '---') {
          if (seenOpen) inFrontMatter = false;
          seenOpen = true;
        }
        return line;
      }
      if (line.length <= width || line.startsWith('<')) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current.length > 0 && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current.length > 0 ? `${current} ${word}` : word;
      }
      if (current.length > 0) out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

/** Other whitespace: two spaces after sentences, trailing spaces, CRLF line ends. */
function otherWhitespace(content: string): string {
  return content.replace(/\. (?=[A-Z])/g, '.  ').replace(/\n\n/g, '  \n\n').replace(/\n/g, '\r\n');
}

/** Renders a planted near-duplicate copy of `article` (originally rendered as `format`). */
export function plantCopy(article: GeneratedArticle, format: SourceFormat, rng: SeededRandom): PlantedCopy {
  const variants = new Set<CopyVariant>();
  if (rng.chance(0.4)) variants.add('format');
  const extra: CopyVariant[] = ['quotes', 'whitespace', 'wrap', 'boilerplate', 'edit'];
  for (const v of rng.sample(extra, rng.int(variants.size === 0 ? 1 : 0, 2))) variants.add(v);
  if (variants.size === 0) variants.add('quotes');

  const copyFormat = variants.has('format') ? rng.pick(OTHER_FORMATS[format]) : format;
  if (copyFormat === 'html' && variants.delete('wrap')) variants.add('quotes');
  let copy: GeneratedArticle = article;
  if (variants.has('quotes')) {
    copy = { ...copy, blocks: copy.blocks.map((b) => mapBlockText(b, curlyQuotes)), comments: copy.comments.map((c) => ({ ...c, paragraphs: c.paragraphs.map(curlyQuotes) })) };
  }
  if (variants.has('edit')) {
    const blocks = copy.blocks.slice();
    const candidates = blocks.map((b, i) => ({ b, i })).filter(({ b, i }) => i > 0 && b.kind === 'paragraph' && (b.text.match(/[.!?] /g)?.length ?? 0) >= 2);
    if (candidates.length > 0) {
      const { b, i } = rng.pick(candidates);
      const sentences = (b as { text: string }).text.split(/(?<=[.!?]) (?=[A-Z"])/);
      sentences.splice(rng.int(0, sentences.length - 1), 1);
      blocks[i] = { kind: 'paragraph', text: sentences.join(' ') };
    }
    copy = { ...copy, blocks, title: copy.title.replace(/ outage/i, ' Outage') };
  }
  const boilerplate = variants.has('boilerplate') ? rng.sample(BOILERPLATE_LINES, rng.int(1, 3)) : [];
  let content = renderArticle(copy, copyFormat, rng, boilerplate);
  if (variants.has('wrap')) content = hardWrap(content, rng.pick([72, 76, 80]));
  if (variants.has('whitespace')) content = otherWhitespace(content);
  return { format: copyFormat, content, variants: [...variants].sort() };
}
