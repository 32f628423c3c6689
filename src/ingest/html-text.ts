/**
 * The visible text of an HTML subtree as paragraphs of lines: block elements (p, div, h1-h6,
 * blockquote, section, table ...) become paragraphs, list items and table rows become lines of
 * their paragraph, `<br>` a line break; whitespace is collapsed except in `<pre>`. Scripts,
 * styles, templates, form controls, embedded objects, hidden elements and HTML comments are never
 * read. The walk is iterative, so deeply nested (or unclosed) markup cannot overflow the stack.
 */
import { isDocument, isTag, isText, type AnyNode, type Element } from 'domhandler';

/** Elements whose content is never text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'canvas', 'audio', 'video', 'picture', 'map', 'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta',
  'link', 'base', 'img', 'source', 'track', 'param', 'dialog',
]);

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote',
  'pre', 'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'figure', 'figcaption', 'hr', 'address', 'form', 'fieldset',
  'details', 'summary', 'center', 'body', 'html', 'caption', 'hgroup', 'menu', 'legend',
]);

/** Elements that are one line of their paragraph. */
const LINES = new Set(['li', 'dt', 'dd', 'tr']);

/** Table cells: separated by a space within their row. */
const CELLS = new Set(['td', 'th']);

const LINE = 1;
const PARA = 2;
type Token = string | typeof LINE | typeof PARA;

/** True when the node is an element (a tag, or a script/style element). */
export function isElement(node: AnyNode): node is Element {
  return isTag(node);
}

/** True when an element is hidden by the page itself (`hidden`, `aria-hidden`, `display:none`). */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style.slice(0, 500));
}

/** Nodes to leave out of a text (a `Set` qualifies; so does a union of sets). */
export interface NodeFilter {
  has(node: AnyNode): boolean;
}

/**
 * Paragraphs (each a list of lines) of the text under `root`, skipping any node in `exclude`
 * (and its subtree).
 */
export function htmlParagraphs(root: AnyNode, exclude: NodeFilter = new Set()): string[][] {
  const tokens: Token[] = [];
  // Work stack: a node to enter, or a closing marker for an element already entered.
  const stack: (AnyNode | { close: Element })[] = [root];
  let preDepth = 0;
  let listDepth = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('close' in item) {
      const name = item.close.name;
      if (name === 'pre') preDepth -= 1;
      if (name === 'ul' || name === 'ol' || name === 'dl' || name === 'menu') listDepth -= 1;
      tokens.push(boundary(name, listDepth));
      continue;
    }
    const node = item;
    if (exclude.has(node) && node !== root) continue;
    if (isText(node)) {
      const data = node.data;
      // HTML collapses ASCII whitespace only; a no-break space is kept (normalisation handles it).
      tokens.push(preDepth > 0 ? data : data.replace(/[ \t\n\r\f]+/g, ' '));
      continue;
    }
    if (isDocument(node)) {
      pushChildren(stack, node.children);
      continue;
    }
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-comparison -- a tag only (not script/style); ElementType is domelementtype's, not a direct dependency
    if (node.type !== 'tag') continue; // comments, directives, CDATA, script, style
    const name = node.name.toLowerCase();
    if (SKIPPED.has(name) || isHidden(node)) continue;
    if (name === 'br') {
      tokens.push(LINE);
      continue;
    }
    if (CELLS.has(name)) {
      tokens.push(' ');
      pushChildren(stack, node.children);
      continue;
    }
    const edge = boundaryOf(name, listDepth);
    if (name === 'pre') preDepth += 1;
    if (name === 'ul' || name === 'ol' || name === 'dl' || name === 'menu') listDepth += 1;
    if (edge !== null) {
      tokens.push(edge);
      stack.push({ close: node });
    }
    pushChildren(stack, node.children);
  }
  return assemble(tokens);
}

/** The visible text under `root`: paragraphs joined by a blank line, lines by a newline. */
export function htmlText(root: AnyNode, exclude: NodeFilter = new Set()): string {
  return htmlParagraphs(root, exclude)
    .map((p) => p.join('\n'))
    .join('\n\n');
}

/** Text of an element on one line (for names, dates, titles). */
export function inlineText(root: AnyNode): string {
  return htmlParagraphs(root)
    .map((p) => p.join(' '))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function pushChildren(stack: (AnyNode | { close: Element })[], children: readonly AnyNode[]): void {
  for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
}

function boundaryOf(name: string, listDepth: number): Token | null {
  if (LINES.has(name)) return LINE;
  if (BLOCKS.has(name)) return boundary(name, listDepth);
  return null;
}

function boundary(name: string, listDepth: number): Token {
  if (LINES.has(name)) return LINE;
  // A list nested in a list item continues the item's paragraph, one line per item.
  if ((name === 'ul' || name === 'ol' || name === 'dl' || name === 'menu') && listDepth > 0) return LINE;
  return PARA;
}

/** Tokens -> paragraphs of trimmed, non-empty lines. */
function assemble(tokens: readonly Token[]): string[][] {
  const paragraphs: string[][] = [];
  let lines: string[] = [];
  let buffer = '';
  const endLine = (): void => {
    for (const part of buffer.split('\n')) {
      const line = part.trim().replace(/ {2,}/g, ' ');
      if (line !== '') lines.push(line);
    }
    buffer = '';
  };
  for (const token of tokens) {
    if (typeof token === 'string') {
      buffer += token;
    } else {
      endLine();
      if (token === PARA && lines.length > 0) {
        paragraphs.push(lines);
        lines = [];
      }
    }
  }
  endLine();
  if (lines.length > 0) paragraphs.push(lines);
  return paragraphs;
}
