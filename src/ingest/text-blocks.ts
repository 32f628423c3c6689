/**
 * Blocks: the paragraph structure shared by the plain-text and Markdown parsers and the comment
 * thread splitter. A block is a run of non-blank lines; blank lines separate blocks, and how
 * many blank lines came before a block is kept (a wider gap is a signal for the comment splitter).
 *
 * Rendering a block: list items (`•`, `-`, `*`, `1.`, `a)` ...) stay one per line; other lines of a
 * paragraph are hard-wrapped prose and are joined with a space; code blocks keep their lines.
 */

/** What a block is, as far as the parsers can tell. */
export type BlockKind = 'paragraph' | 'heading' | 'code';

/** A run of non-blank lines. */
export interface TextBlock {
  /** The block's lines, without surrounding whitespace (code keeps its indentation). */
  lines: string[];
  /** Blank lines between this block and the previous one (0 for the first block). */
  gapBefore: number;
  /** Paragraph, heading (Markdown `#` / setext) or code (fenced or indented). */
  kind: BlockKind;
  /** 1-based line number of the block's first line in the decoded file. */
  line: number;
}

/** A line that is a list item: a bullet, `1.`/`1)` or `a)`, followed by a space. */
const LIST_ITEM = /^(?:[•●▪◦‣·∙*+\-–—]|\d{1,3}[.)]|[A-Za-z][)])\s/;

/** True when `line` (trimmed) starts with a list marker. */
export function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** Splits text into paragraph blocks at blank lines; `firstLine` is the line number of `text`'s first line. */
export function splitBlocks(text: string, firstLine = 1): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lines = text.split('\n');
  let gap = 0;
  let current: TextBlock | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    if (line === '') {
      if (current !== null) {
        blocks.push(current);
        current = null;
      }
      if (blocks.length > 0) gap += 1;
      continue;
    }
    if (current === null) {
      current = { lines: [], gapBefore: gap, kind: 'paragraph', line: firstLine + i };
      gap = 0;
    }
    current.lines.push(line);
  }
  if (current !== null) blocks.push(current);
  return blocks;
}

/** The text of one block: list items one per line, wrapped prose joined with spaces. */
export function renderBlock(block: TextBlock): string {
  if (block.kind === 'code') return block.lines.map((l) => l.trimEnd()).join('\n').trim();
  if (block.kind === 'heading') return block.lines.map((l) => l.trim()).filter(Boolean).join(' ');
  const out: string[] = [];
  let prose = '';
  for (const raw of block.lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (isListItem(line)) {
      if (prose !== '') out.push(prose);
      prose = '';
      out.push(line);
    } else if (prose !== '') {
      prose += ` ${line}`;
    } else if (out.length > 0 && isListItem(out[out.length - 1]!) && !startsUpper(line)) {
      // A wrapped continuation of the previous list item.
      out[out.length - 1] = `${out[out.length - 1]!} ${line}`;
    } else {
      prose = line;
    }
  }
  if (prose !== '') out.push(prose);
  return out.join('\n');
}

/** Joins blocks into a body: one block a paragraph, paragraphs separated by a blank line. */
export function renderBlocks(blocks: readonly TextBlock[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    const text = renderBlock(block);
    if (text !== '') parts.push(text);
  }
  return parts.join('\n\n');
}

function startsUpper(line: string): boolean {
  const c = line.charAt(0);
  return c !== c.toLowerCase();
}
