/**
 * Decodes stray HTML character references (`&amp;`, `&#8217;`, `&rsquo;`) left in text, to a
 * fixed point in one linear pass, so that double-escaped text (`&amp;rsquo;`, `&#38;amp;`) is
 * fully decoded and a second pass finds nothing left to decode.
 *
 * Only complete references with their `;` are decoded (the HTML "strict" form): `&copy` without a
 * semicolon stays as written, so query strings such as `?a=1&copy=2` survive.
 *
 * The pass works like a stack machine: characters are appended to an output buffer; whenever a
 * `;` is appended, the tail of the buffer back to the nearest `&` is checked, and a reference is
 * replaced by its (prepared) decoding, whose characters are appended again the same way. A
 * reduction never reaches back past an earlier `;`, so the prefix before every `;` is final when
 * that `;` is checked; hence the output holds no decodable reference.
 */
import { decodeHTMLStrict } from 'entities';
import type { MappedText } from './mapped-text.js';

/** The longest reference considered (the longest named entity is 33 characters). */
const MAX_REFERENCE_LENGTH = 40;
/** The grammar of a complete character reference. */
const REFERENCE = /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);$/;
const AMPERSAND = 0x26;
const SEMICOLON = 0x3b;

/** True for the characters a reference's name or number is made of (`#`, ASCII letters, digits). */
function isReferenceChar(code: number): boolean {
  return (
    code === 0x23 || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  );
}

/**
 * Decodes every character reference in `input` to a fixed point. `prepare` is applied to each
 * decoded value before it joins the text (the caller strips invisible characters and applies
 * NFKC there, so that a decoded value can itself complete a reference, as `&#38;amp;` does).
 * Decoded characters map to the offset of the reference's `&`.
 */
export function decodeEntities(input: MappedText, prepare: (decoded: string) => string): MappedText {
  const { text, src } = input;
  if (text.indexOf('&') === -1 || text.indexOf(';') === -1) return input;
  let buffer = new Uint16Array(text.length + 16);
  let origins = src === null ? null : new Int32Array(text.length + 16);
  let length = 0;
  let changed = false;
  /** Characters still to append, last first (decoded values are pushed in reverse). */
  const pendingCodes: number[] = [];
  const pendingOrigins: number[] = [];

  const grow = (): void => {
    const bigger = new Uint16Array(buffer.length * 2);
    bigger.set(buffer);
    buffer = bigger;
    if (origins !== null) {
      const biggerOrigins = new Int32Array(origins.length * 2);
      biggerOrigins.set(origins);
      origins = biggerOrigins;
    }
  };

  /** Replaces a reference ending at the buffer's last character, when there is one. */
  const reduceTail = (): void => {
    let i = length - 2;
    const lowest = Math.max(0, length - MAX_REFERENCE_LENGTH);
    while (i >= lowest && isReferenceChar(buffer[i]!)) i -= 1;
    if (i < lowest || buffer[i] !== AMPERSAND) return;
    const reference = String.fromCharCode(...buffer.subarray(i, length));
    if (!REFERENCE.test(reference)) return;
    const decoded = decodeHTMLStrict(reference);
    if (decoded === reference) return;
    changed = true;
    const origin = origins === null ? 0 : origins[i]!;
    length = i;
    const prepared = prepare(decoded);
    for (let k = prepared.length - 1; k >= 0; k -= 1) {
      pendingCodes.push(prepared.charCodeAt(k));
      pendingOrigins.push(origin);
    }
  };

  const append = (code: number, origin: number): void => {
    if (length === buffer.length) grow();
    buffer[length] = code;
    if (origins !== null) origins[length] = origin;
    length += 1;
    if (code === SEMICOLON) reduceTail();
  };

  for (let p = 0; p < text.length; p += 1) {
    append(text.charCodeAt(p), src === null ? 0 : src[p]!);
    while (pendingCodes.length > 0) append(pendingCodes.pop()!, pendingOrigins.pop()!);
  }
  if (!changed) return input;

  let out = '';
  const CHUNK = 8192;
  for (let k = 0; k < length; k += CHUNK) out += String.fromCharCode(...buffer.subarray(k, Math.min(length, k + CHUNK)));
  if (src === null || origins === null) return { text: out, src: null };
  const map = new Int32Array(length + 1);
  map.set(origins.subarray(0, length));
  map[length] = src[text.length]!;
  return { text: out, src: map };
}
