import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/ingest/parse-file.js';
import { DEFAULT_PARSE_OPTIONS } from '../../src/ingest/parse-options.js';
import { FaultlineError, type SourceFile } from '../../src/model/index.js';
import { fixture, sourceFile } from './load-source-file.js';

describe('parseFile bad input', () => {
  it.each([
    ['bad/empty.txt', 'empty-file', 'file is empty (0 bytes)', undefined],
    ['bad/whitespace.md', 'empty-file', 'file contains only whitespace', undefined],
    ['bad/binary.txt', 'binary-file', 'binary content: NUL byte at byte offset 3', 1],
    ['bad/control-chars.txt', 'binary-file', 'binary content: 73% of the bytes are control characters', 1],
    ['bad/invalid-utf8.txt', 'invalid-utf8', 'invalid UTF-8 byte 0xe9 at byte offset 21', 2],
    ['bad/notes.pdf', 'unknown-extension', "unknown extension '.pdf' (expected one of .md, .markdown, .txt, .text, .html, .htm)", undefined],
    ['bad/README', 'unknown-extension', 'file has no extension (expected one of .md, .markdown, .txt, .text, .html, .htm)', undefined],
  ])('%s -> %s', (name, code, reason, line) => {
    const diagnostic = { file: name, stage: 'parse', code, reason, fatal: true, ...(line === undefined ? {} : { line }) };
    expect(parseFile(fixture(name))).toEqual({ value: null, diagnostics: [diagnostic] });
  });

  it('reports an unknown extension before looking at the bytes', () => {
    expect(parseFile(sourceFile('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).diagnostics[0]?.code).toBe('unknown-extension');
  });

  it('fills the file identity into the document', () => {
    const file = sourceFile('dir/a.txt', 'Title\n\nBody.');
    expect(parseFile(file).value).toMatchObject({ path: 'dir/a.txt', format: 'text', sha256: file.sha256, bytes: 12 });
  });
});

describe('parseFile options', () => {
  it('has documented defaults', () => {
    expect(DEFAULT_PARSE_OPTIONS).toEqual({ maxTitleLength: 200, minArticleLength: 1, splitComments: true });
  });

  it('applies maxTitleLength, minArticleLength and splitComments', () => {
    const text = sourceFile('a.txt', 'A somewhat long title line\n\nBody.\n\nAna Lima\n\nFirst.\n\nBo Chen\n\nSecond.');
    expect(parseFile(text).value).toMatchObject({ title: 'A somewhat long title line', text: 'Body.' });
    expect(parseFile(text, { maxTitleLength: 10 }).value?.title).toBeNull();
    expect(parseFile(text, { splitComments: false }).value).toMatchObject({ comments: [], text: 'Body.\n\nAna Lima\n\nFirst.\n\nBo Chen\n\nSecond.' });
    expect(parseFile(sourceFile('a.html', '<p>Tiny.</p>'), { minArticleLength: 20 }).diagnostics[0]?.code).toBe('no-article-text');
  });

  it('throws FaultlineError naming a bad option or a bad file record (caller misuse)', () => {
    const file = sourceFile('a.txt', 'x');
    expect(() => parseFile(file, { maxTitleLength: 0 })).toThrow(FaultlineError);
    expect(() => parseFile(file, { maxTitleLength: 0 })).toThrow('parseFile: option maxTitleLength must be a positive integer, got 0');
    expect(() => parseFile(file, { splitComments: 'yes' as unknown as boolean })).toThrow('option splitComments must be a boolean');
    expect(() => parseFile({ path: 'a.txt', bytes: 'x', sha256: '' } as unknown as SourceFile)).toThrow('parseFile: file.bytes must be a Uint8Array (a.txt)');
  });
});
