/**
 * Bytes -> text for the parse stage: strips a byte-order mark, refuses binary data and invalid
 * UTF-8 (naming the offset of the first bad byte), and reports empty files. A file that is not
 * UTF-8 but declares its character set (`<meta charset>`, an XML declaration, a front-matter
 * `charset:`; see declared-charset.ts) is decoded with it when `TextDecoder` knows it (latin-1,
 * windows-1252, Shift-JIS, EUC-KR, GB18030, KOI8-R, ...). Line endings are normalised to `\n`
 * (CRLF and lone CR), so every parser sees one convention.
 */
import type { DiagnosticCode } from '../model/diagnostic.js';
import { declaredCharset } from './declared-charset.js';

/** Why a file's bytes could not be used as text. */
export interface DecodeProblem {
  code: Extract<DiagnosticCode, 'empty-file' | 'binary-file' | 'invalid-utf8' | 'unsupported-charset'>;
  /** Human-readable explanation naming what is wrong. */
  reason: string;
  /** 1-based line of the problem, when it can be named. */
  line?: number;
}

/** The outcome of decoding: the text, or the problem that prevents using the file. */
export type DecodeResult = { text: string; problem: null } | { text: null; problem: DecodeProblem };

/**
 * Share of control bytes (other than tab, newline, carriage return, form feed, vertical tab and
 * escape) above which a file is considered binary. Text never has many; binary formats do.
 */
const CONTROL_RATIO_LIMIT = 0.1;

/** Decodes a file's bytes as UTF-8 text (or UTF-16 when it starts with a UTF-16 byte-order mark). */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return fail('empty-file', 'file is empty (0 bytes)');

  // UTF-16 with a byte-order mark is text, not binary, although it is full of NUL bytes.
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null) {
    let text: string;
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      return fail('invalid-utf8', `file starts with a ${utf16.toUpperCase()} byte-order mark but is not valid ${utf16.toUpperCase()}`);
    }
    return finish(text);
  }

  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  const binary = binaryReason(body);
  if (binary !== null) return fail('binary-file', binary.reason, binary.line);

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const declared = declaredCharset(body);
    if (declared !== null && !/^utf-?8$/i.test(declared.label)) return decodeDeclared(body, declared.label, declared.source);
    const offset = firstInvalidUtf8Offset(body);
    const at = offset === -1 ? 0 : offset;
    const fileOffset = at + (body === bytes ? 0 : 3);
    const byte = body[at] ?? 0;
    return fail(
      'invalid-utf8',
      `invalid UTF-8 byte 0x${byte.toString(16).padStart(2, '0')} at byte offset ${fileOffset}`,
      lineAt(body, at),
    );
  }
  return finish(text);
}

/** Replaces CRLF and lone CR line endings with `\n`. */
export function normalizeLineEndings(text: string): string {
  return !text.includes('\r') ? text : text.replace(/\r\n?/g, '\n');
}

/**
 * Offset of the first byte that is not part of a well-formed UTF-8 sequence (overlong forms,
 * surrogates and code points above U+10FFFF are ill-formed), or -1 when all bytes are valid.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // no overlong 3-byte forms
      if (b === 0xed) hi = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // no overlong 4-byte forms
      if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c < min || c > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Decodes `bytes` with the character set they declare (a label `TextDecoder` may not know). */
function decodeDeclared(bytes: Uint8Array, label: string, source: string): DecodeResult {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return fail('unsupported-charset', `file is not UTF-8 and declares the character set "${label}" (${source}), which is not supported`);
  }
  try {
    return finish(decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes));
  } catch {
    return fail('invalid-utf8', `file is not UTF-8 and not valid ${decoder.encoding} either (declared by ${source})`);
  }
}

/** windows-1252's characters for bytes 0x80-0x9F (the labels latin1 and iso-8859-1 mean windows-1252 too). */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes windows-1252 by its table: Node 20's `TextDecoder('windows-1252')` decodes 0x80-0x9F as
 * C1 controls (ISO-8859-1), losing curly quotes, dashes and the euro sign.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function finish(raw: string): DecodeResult {
  const text = normalizeLineEndings(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw);
  if (text.trim() === '') return fail('empty-file', 'file contains only whitespace');
  return { text, problem: null };
}

function fail(code: DecodeProblem['code'], reason: string, line?: number): DecodeResult {
  return { text: null, problem: line === undefined ? { code, reason } : { code, reason, line } };
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Names why the bytes look binary (a NUL byte, or too many control bytes), or null. */
function binaryReason(bytes: Uint8Array): { reason: string; line: number } | null {
  let control = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b === 0) return { reason: `binary content: NUL byte at byte offset ${i}`, line: lineAt(bytes, i) };
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) || b === 0x7f) {
      control += 1;
    }
  }
  if (bytes.length > 0 && control / bytes.length > CONTROL_RATIO_LIMIT) {
    const percent = Math.round((control / bytes.length) * 100);
    return { reason: `binary content: ${percent}% of the bytes are control characters`, line: 1 };
  }
  return null;
}

/** 1-based line number of byte `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}
