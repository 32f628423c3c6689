import { describe, expect, it } from 'vitest';
import { detectFormat, extensionOf, looksLikeHtmlDocument, startsWithFrontMatter } from '../../src/ingest/detect-format.js';

describe('detectFormat', () => {
  it('maps extensions case-insensitively', () => {
    expect(detectFormat('a/b.md', 'x')).toBe('markdown');
    expect(detectFormat('a/b.MARKDOWN', 'x')).toBe('markdown');
    expect(detectFormat('b.txt', 'x')).toBe('text');
    expect(detectFormat('b.text', 'x')).toBe('text');
    expect(detectFormat('b.HTM', 'x')).toBe('html');
    expect(detectFormat('b.html', 'x')).toBe('html');
  });

  it('returns null for unknown or missing extensions', () => {
    expect(detectFormat('notes.pdf', 'x')).toBeNull();
    expect(detectFormat('README', 'x')).toBeNull();
    expect(detectFormat('.md', 'x')).toBeNull();
  });

  it('reads a .txt with front matter as Markdown and a .txt holding a page as HTML', () => {
    expect(detectFormat('000.txt', '---\ntitle: x\n---\nbody')).toBe('markdown');
    expect(detectFormat('000.txt', '---  \ntitle: x\n---\nbody')).toBe('markdown');
    expect(detectFormat('000.txt', '----\nnot front matter')).toBe('text');
    expect(detectFormat('page.txt', '\n <!DOCTYPE html><html>')).toBe('html');
    expect(detectFormat('page.md', '<html><body>x')).toBe('markdown');
  });

  it('has helpers for the extension and content checks', () => {
    expect(extensionOf('dir.v2/file')).toBe('');
    expect(extensionOf('dir/file.tar.GZ')).toBe('gz');
    expect(startsWithFrontMatter('---')).toBe(true);
    expect(startsWithFrontMatter('--- title')).toBe(false);
    expect(looksLikeHtmlDocument('<HTML lang="en">')).toBe(true);
    expect(looksLikeHtmlDocument('<p>fragment</p>')).toBe(false);
  });
});
