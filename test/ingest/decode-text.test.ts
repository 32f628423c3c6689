import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8Offset, normalizeLineEndings } from '../../src/ingest/decode-text.js';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes UTF-8 and strips a byte-order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x68, 0x69))).toEqual({ text: 'hi', problem: null });
    expect(decodeText(utf8('Amazon’s S3 — down'))).toEqual({ text: 'Amazon’s S3 — down', problem: null });
  });

  it('normalises CRLF and lone CR line endings', () => {
    expect(decodeText(utf8('a\r\nb\rc\n'))).toEqual({ text: 'a\nb\nc\n', problem: null });
    expect(normalizeLineEndings('x\r\n\r\ny')).toBe('x\n\ny');
  });

  it('reports an empty and a whitespace-only file', () => {
    expect(decodeText(bytes())).toEqual({ text: null, problem: { code: 'empty-file', reason: 'file is empty (0 bytes)' } });
    expect(decodeText(utf8(' \n\t\r\n'))).toEqual({ text: null, problem: { code: 'empty-file', reason: 'file contains only whitespace' } });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf))).toEqual({ text: null, problem: { code: 'empty-file', reason: 'file contains only whitespace' } });
  });

  it('reports binary content: a NUL byte, or many control bytes', () => {
    expect(decodeText(bytes(0x61, 0x0a, 0x62, 0x00, 0x63))).toEqual({
      text: null,
      problem: { code: 'binary-file', reason: 'binary content: NUL byte at byte offset 3', line: 2 },
    });
    expect(decodeText(bytes(1, 2, 3, 4, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66))).toEqual({
      text: null,
      problem: { code: 'binary-file', reason: 'binary content: 40% of the bytes are control characters', line: 1 },
    });
    // Tabs, form feeds and escapes are text.
    expect(decodeText(utf8('a\tb\fc\x1bd')).problem).toBeNull();
  });

  it('reports invalid UTF-8 with the byte offset and line of the first bad byte', () => {
    expect(decodeText(utf8('ok\nca').length === 5 ? bytes(0x6f, 0x6b, 0x0a, 0x63, 0x61, 0xe9, 0x21) : bytes())).toEqual({
      text: null,
      problem: { code: 'invalid-utf8', reason: 'invalid UTF-8 byte 0xe9 at byte offset 5', line: 2 },
    });
    // The offset counts the BOM.
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61, 0xc3))).toEqual({
      text: null,
      problem: { code: 'invalid-utf8', reason: 'invalid UTF-8 byte 0xc3 at byte offset 4', line: 1 },
    });
  });

  it('decodes UTF-16 text that starts with a byte-order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x68, 0x00, 0x69, 0x00))).toEqual({ text: 'hi', problem: null });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x68, 0x00, 0x69))).toEqual({ text: 'hi', problem: null });
  });
});

describe('firstInvalidUtf8Offset', () => {
  it('accepts well-formed sequences of every length', () => {
    expect(firstInvalidUtf8Offset(utf8('a é € 𝄞'))).toBe(-1);
  });

  it('finds stray continuation bytes, truncated sequences, overlong forms and surrogates', () => {
    expect(firstInvalidUtf8Offset(bytes(0x61, 0x80))).toBe(1);
    expect(firstInvalidUtf8Offset(bytes(0x61, 0xe2, 0x82))).toBe(1);
    expect(firstInvalidUtf8Offset(bytes(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8Offset(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(firstInvalidUtf8Offset(bytes(0x61, 0x62, 0xed, 0xa0, 0x80))).toBe(2);
    expect(firstInvalidUtf8Offset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8Offset(bytes(0xff))).toBe(0);
  });
});

describe('decodeText with a declared legacy character set', () => {
  const latin1 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'latin1'));

  it('decodes latin-1 and windows-1252 declared by a meta charset, an http-equiv or front matter', () => {
    expect(decodeText(latin1('<html><head><meta charset="iso-8859-1"></head><body>Caf\xe9 outage</body></html>')).text).toBe(
      '<html><head><meta charset="iso-8859-1"></head><body>Café outage</body></html>',
    );
    const cp1252 = new Uint8Array([...Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>It'), 0x92, ...Buffer.from('s down</p>')]);
    expect(decodeText(cp1252).text).toBe('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>It’s down</p>');
    expect(decodeText(latin1('---\ntitle: Panne\ncharset: latin1\n---\n\nLe r\xe9seau est tomb\xe9.\n')).text).toBe('---\ntitle: Panne\ncharset: latin1\n---\n\nLe réseau est tombé.\n');
  });

  it('decodes Shift-JIS declared by an XML declaration or meta charset', () => {
    const sjis = new Uint8Array([...Buffer.from('<?xml version="1.0" encoding="Shift_JIS"?><p>'), 0x8f, 0xe1, 0x8a, 0x51, ...Buffer.from('</p>')]);
    expect(decodeText(sjis).text).toBe('<?xml version="1.0" encoding="Shift_JIS"?><p>障害</p>');
  });

  it('keeps reading valid UTF-8 as UTF-8 whatever it declares, and names an unknown or violated declaration', () => {
    expect(decodeText(utf8('<meta charset="iso-8859-1"><p>Café</p>')).text).toBe('<meta charset="iso-8859-1"><p>Café</p>');
    expect(decodeText(latin1('<meta charset="klingon-8"><p>Caf\xe9</p>')).problem).toEqual({
      code: 'unsupported-charset',
      reason: 'file is not UTF-8 and declares the character set "klingon-8" (meta charset), which is not supported',
    });
    expect(decodeText(new Uint8Array([...Buffer.from('<meta charset="shift_jis">'), 0x81, 0x20])).problem).toEqual({
      code: 'invalid-utf8',
      reason: 'file is not UTF-8 and not valid shift_jis either (declared by meta charset)',
    });
    // Undeclared latin-1 is still refused, naming the byte.
    expect(decodeText(latin1('Caf\xe9')).problem?.code).toBe('invalid-utf8');
  });
});
