/**
 * Which parser reads a file: decided by the extension, then refined by the content.
 *
 * - `.md`, `.markdown` -> markdown
 * - `.html`, `.htm` -> html
 * - `.txt`, `.text` -> text, except that a text file opening with a `---` front-matter line is
 *   read as Markdown with front matter (exports often save those as `.txt`), and a text file
 *   whose content is an HTML document (`<!doctype html` or `<html`) is read as HTML.
 * - anything else -> null (the caller reports `unknown-extension`).
 */
import type { SourceFormat } from '../model/document.js';

const BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
};

/** The extensions Faultline reads, for messages (`.md, .markdown, ...`). */
export const KNOWN_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION).map((e) => `.${e}`);

/** Lower-case extension of a path without the dot (`''` when there is none). */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** True when the text opens with a front-matter delimiter line (`---`, optionally followed by spaces). */
export function startsWithFrontMatter(text: string): boolean {
  if (!text.startsWith('---')) return false;
  const end = text.indexOf('\n');
  const first = end === -1 ? text : text.slice(0, end);
  return first.trimEnd() === '---';
}

/** True when the text is an HTML document rather than prose (a doctype or `<html` first). */
export function looksLikeHtmlDocument(text: string): boolean {
  const head = text.slice(0, 512).trimStart().slice(0, 15).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** The format to parse `text` (the decoded file content) as, or null for an unknown extension. */
export function detectFormat(path: string, text: string): SourceFormat | null {
  const format = BY_EXTENSION[extensionOf(path)];
  if (format === undefined) return null;
  if (format === 'text') {
    if (startsWithFrontMatter(text)) return 'markdown';
    if (looksLikeHtmlDocument(text)) return 'html';
  }
  return format;
}
