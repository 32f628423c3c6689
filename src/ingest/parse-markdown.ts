/**
 * Markdown parser (also used for `.txt` files that open with YAML front matter): front matter
 * mapped by front-matter.ts, and the body kept as text with Markdown syntax lightly removed:
 * heading markers, emphasis, link syntax (`[t](u)` -> `t`), images, blockquote markers,
 * horizontal rules and link reference definitions go; fenced code is kept as text (without the
 * fences). Paragraph structure, boilerplate removal and comment splitting are shared with the
 * plain-text parser.
 *
 * Title: the front matter's `title`; otherwise a leading `#` heading; otherwise the plain-text
 * first-line rule. A body heading or line that repeats the title is dropped.
 */
import { mapFrontMatter, readFrontMatter } from './front-matter.js';
import { stripMarkdownInline } from './markdown-inline.js';
import type { ResolvedParseOptions } from './parse-options.js';
import type { ParserOutput } from './parsed-content.js';
import { readBody } from './parse-text.js';
import type { TextBlock } from './text-blocks.js';

/** Parses a decoded Markdown file (with or without front matter). */
export function parseMarkdown(text: string, options: ResolvedParseOptions): ParserOutput {
  const read = readFrontMatter(text);
  if (read.split === null) return { content: null, problems: [read.problem] };
  const { content, problems } = mapFrontMatter(read.split.data);

  let blocks = markdownBlocks(read.split.body, read.split.bodyLine);
  let takeTitle = false;
  if (content.title === null) {
    const first = blocks[0];
    if (first?.kind === 'heading' && blocks.length > 1) {
      content.title = first.lines.join(' ');
      blocks = blocks.slice(1);
    } else {
      takeTitle = true;
    }
  }
  const body = readBody(blocks, options, takeTitle, content.title);
  if (body.title !== null) content.title = body.title;
  if (body.text === '') {
    const where = read.split.present ? 'after the front matter' : 'in the file';
    return { content: null, problems: [...problems, { code: 'no-article-text', reason: `no article text ${where}`, fatal: true }] };
  }
  content.text = body.text;
  content.comments = body.comments;
  return { content, problems };
}

/**
 * Splits a Markdown body into blocks: fenced code becomes a code block, ATX and setext headings
 * become heading blocks, and paragraph lines lose their inline syntax.
 */
export function markdownBlocks(body: string, firstLine = 1): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lines = body.split('\n');
  // Cast so TypeScript does not narrow it to null (the helpers below assign it).
  let current = null as TextBlock | null;
  let gap = 0;
  let fence: { char: string; length: number } | null = null;

  const close = (): void => {
    if (current !== null) blocks.push(current);
    current = null;
  };
  const open = (kind: TextBlock['kind'], index: number): TextBlock => {
    const block: TextBlock = { lines: [], gapBefore: gap, kind, line: firstLine + index };
    gap = 0;
    current = block;
    return block;
  };

  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i]!;
    const marker = fenceMarker(raw);
    if (fence !== null) {
      if (marker !== null && marker.char === fence.char && marker.length >= fence.length && marker.rest.trim() === '') {
        fence = null;
        close();
      } else {
        (current ?? open('code', i)).lines.push(raw.trimEnd());
      }
      continue;
    }
    if (marker !== null) {
      close();
      fence = { char: marker.char, length: marker.length };
      open('code', i + 1);
      continue;
    }
    const line = raw.trim();
    if (line === '') {
      close();
      if (blocks.length > 0) gap += 1;
      continue;
    }
    const para: TextBlock | null = current;
    if (para !== null && para.kind === 'paragraph' && isSetextUnderline(line)) {
      para.kind = 'heading';
      close();
      continue;
    }
    if (isHorizontalRule(line) || isReferenceDefinition(line)) {
      close();
      continue;
    }
    const heading = atxHeading(line);
    if (heading !== null) {
      close();
      const text = stripMarkdownInline(heading).trim();
      if (text !== '') open('heading', i).lines.push(text);
      close();
      continue;
    }
    const text = stripMarkdownInline(stripQuoteMarkers(line)).trim();
    if (text === '') continue;
    const target: TextBlock = para !== null && para.kind === 'paragraph' ? para : open('paragraph', i);
    target.lines.push(text);
  }
  close();
  return blocks.filter((b) => b.lines.length > 0);
}

/** An opening/closing code fence: up to 3 spaces, then 3+ backticks or tildes. */
function fenceMarker(line: string): { char: string; length: number; rest: string } | null {
  let i = 0;
  while (i < 3 && line[i] === ' ') i += 1;
  const char = line[i];
  if (char !== '`' && char !== '~') return null;
  let j = i;
  while (line[j] === char) j += 1;
  if (j - i < 3) return null;
  const rest = line.slice(j);
  if (char === '`' && rest.includes('`')) return null;
  return { char, length: j - i, rest };
}

/** `# Title ##` -> `Title` (null when the line is not an ATX heading). */
function atxHeading(line: string): string | null {
  let level = 0;
  while (level < line.length && line[level] === '#') level += 1;
  if (level === 0 || level > 6) return null;
  if (level < line.length && line[level] !== ' ' && line[level] !== '\t') return null;
  let text = line.slice(level).trim();
  // Optional closing sequence of #s, preceded by a space.
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end === 0) return '';
  if (end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end).trimEnd();
  return text;
}

function isSetextUnderline(line: string): boolean {
  return line.length >= 2 && (/^=+$/.test(line) || /^-+$/.test(line));
}

/** `---`, `***`, `___` (spaces allowed between the characters). */
function isHorizontalRule(line: string): boolean {
  const compact = line.replace(/[ \t]/g, '');
  if (compact.length < 3) return false;
  const c = compact[0];
  if (c !== '-' && c !== '*' && c !== '_') return false;
  for (const ch of compact) if (ch !== c) return false;
  return true;
}

/** `[id]: http://...` link reference definitions. */
function isReferenceDefinition(line: string): boolean {
  return /^\[[^\]\n]{1,200}\]:\s*\S/.test(line);
}

/** `> > quoted` -> `quoted` (the line is already trimmed). */
function stripQuoteMarkers(line: string): string {
  if (!line.startsWith('>')) return line;
  let i = 0;
  while (i < line.length && (line[i] === '>' || line[i] === ' ' || line[i] === '\t')) i += 1;
  return line.slice(i);
}
