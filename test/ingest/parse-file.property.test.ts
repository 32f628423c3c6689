/**
 * Property tests: whatever the bytes, parseFile returns a document or a fatal diagnostic and
 * never throws; a document is JSON-serialisable and has text. numRuns stays modest so the suite
 * is fast; the large inputs (1 MB line, 5,000 nested divs, 2,000 comments) run once each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/ingest/parse-file.js';
import type { StageResult } from '../../src/model/diagnostic.js';
import type { ParsedDocument } from '../../src/model/document.js';
import { sourceFile } from './load-source-file.js';

const EXTENSIONS = ['md', 'markdown', 'txt', 'text', 'html', 'htm'] as const;

/** The contract every result must meet. */
function checkResult(result: StageResult<ParsedDocument>, path: string): void {
  for (const d of result.diagnostics) {
    expect(d.file).toBe(path);
    expect(d.stage).toBe('parse');
    expect(d.reason.length).toBeGreaterThan(0);
  }
  if (result.value === null) {
    expect(result.diagnostics.some((d) => d.fatal)).toBe(true);
  } else {
    expect(result.diagnostics.every((d) => !d.fatal)).toBe(true);
    expect(result.value.path).toBe(path);
    expect(result.value.text.trim().length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
    for (const c of result.value.comments) expect(c.text.trim().length).toBeGreaterThan(0);
  }
}

function parseChecked(path: string, content: Uint8Array | string): StageResult<ParsedDocument> {
  const result = parseFile(sourceFile(path, content));
  checkResult(result, path);
  return result;
}

describe('parseFile never throws', () => {
  it('on arbitrary bytes with any extension', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXTENSIONS, 'pdf', ''), fc.uint8Array({ maxLength: 2000 }), (ext, bytes) => {
        parseChecked(ext === '' ? 'file' : `file.${ext}`, bytes);
      }),
      { numRuns: 150 },
    );
  });

  it('on arbitrary Unicode text (any code point, lone surrogates included)', () => {
    // Code points drawn directly: fast-check's own 'binary' string unit is slow to generate.
    const codePoint = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0, max: 0x10ffff }));
    const text = fc.array(codePoint, { maxLength: 2000 }).map((points) => String.fromCodePoint(...points));
    fc.assert(
      fc.property(fc.constantFrom(...EXTENSIONS), text, (ext, text) => {
        parseChecked(`file.${ext}`, text);
      }),
      { numRuns: 150 },
    );
  });

  it('on text built from the syntax the parsers look for', () => {
    const piece = fc.constantFrom(
      '---', '\n', '\n\n', '\n\n\n', 'title: x', 'date: 2008-06-06', 'tags: [a, b', '  - item', ': :', '# ', '**', '_', '`', '```',
      '[', ']', '(', ')', '![', '<div>', '</div>', '<article class="comment">', '<li class="comment">', '<p>', '<script>', '</script>',
      '<!--', '-->', '&amp;', '&#x0;', 'Ana Lima', 'Comments', 'says:', 'June 6, 2008', '• ', '1. ', 'Update:', 'Scroll to Top', '\r\n', '\u00a0', '\ufeff', 'é',
    );
    fc.assert(
      fc.property(fc.constantFrom(...EXTENSIONS), fc.array(piece, { maxLength: 200 }), (ext, pieces) => {
        parseChecked(`file.${ext}`, pieces.join(''));
      }),
      { numRuns: 200 },
    );
  });

  it('on truncated front matter', () => {
    const full = '---\ntitle: "Why Amazon Went Down"\ndate: 2008-06-06 22:32:17 +0000\ntags:\n  - aws\n  - s3\nnested: {a: [1, 2, {b: c}]}\n---\n\nBody paragraph.\n';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: full.length }), fc.constantFrom('md', 'txt'), (cut, ext) => {
        const result = parseChecked(`f.${ext}`, full.slice(0, cut));
        if (cut >= full.indexOf('Body paragraph.') + 1) expect(result.value?.title).toBe('Why Amazon Went Down');
      }),
      { numRuns: 100 },
    );
  });

  it('on deeply nested and unclosed HTML', () => {
    const nested = parseChecked('deep.html', `${'<div>'.repeat(5000)}<p>Deep text.</p>${'</div>'.repeat(5000)}`);
    expect(nested.value?.text).toBe('Deep text.');
    const unclosed = parseChecked('unclosed.html', `<html><body>${'<div><b><p><li><table><tr><td>'.repeat(1000)}Unclosed text`);
    expect(unclosed.value?.text).toBe('Unclosed text');
    const comments = parseChecked('nested-comments.html', `<article><p>Body.</p></article>${'<div class="comment"><p>A reply.</p>'.repeat(3000)}`);
    expect(comments.value?.comments).toHaveLength(3000);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<div>', '</div>', '<p>', '<ul><li>', '<pre>', '<article class="comment">', 'text ', '<br>', '<script>', '<table><td>'), { maxLength: 500 }), (parts) => {
        parseChecked('random.html', parts.join(''));
      }),
      { numRuns: 100 },
    );
  });

  it('on a 1 MB single line in every format', () => {
    const line = 'The service failed again [and again](http://x) **today** '.repeat(18_000).slice(0, 1_000_000);
    for (const ext of EXTENSIONS) {
      const result = parseChecked(`big.${ext}`, line);
      expect(result.value?.text.length).toBeGreaterThan(700_000);
    }
    const brackets = parseChecked('brackets.md', '['.repeat(1_000_000));
    expect(brackets.value?.text).toHaveLength(1_000_000);
    const spaces = parseChecked('spaces.md', `# ${' '.repeat(1_000_000)}x`);
    expect(spaces.value).toMatchObject({ title: null, text: 'x' });
  });

  it('on a plain-text page with 2,000 comments', () => {
    const comments = Array.from({ length: 2000 }, (_, i) => `Reader Number${String.fromCharCode(65 + (i % 26))}\n\nI think comment ${i} is right.`);
    const result = parseChecked('thread.txt', `Thread title\n\nThe article body.\n\n\n${comments.join('\n\n')}`);
    expect(result.value?.text).toBe('The article body.');
    expect(result.value?.comments).toHaveLength(2000);
    expect(result.value?.comments[1999]).toEqual({ author: 'Reader NumberX', text: 'I think comment 1999 is right.', published: null, url: null });
  });

  it('on an HTML page with 2,000 WordPress comments', () => {
    const items = Array.from(
      { length: 2000 },
      (_, i) => `<li class="comment"><div class="comment-author vcard"><cite class="fn">User ${i}</cite> says:</div><div class="comment-content"><p>Comment ${i}.</p></div></li>`,
    );
    const result = parseChecked('thread.html', `<article><p>Body.</p></article><ol class="commentlist">${items.join('')}</ol>`);
    expect(result.value?.comments).toHaveLength(2000);
    expect(result.value?.comments[1234]).toEqual({ author: 'User 1234', text: 'Comment 1234.', published: null, url: null });
  });
});
