/**
 * Decodes stray HTML character references (`&amp;`, `&#8217;`, `&rsquo;`) left in text, to a
 * fixed point in one linear pass, so that double-escaped text (`&amp;rsquo;`, `&#38;amp;`) is
 * fully decoded and a second pass finds nothing left to decode.
 *
 * Only complete references with their `;` are decoded (the HTML "strict" form): `&copy` without a
 * semicolon stays as written, so query strings such as `?a=1&copy=2` survive.
 *
 * The pass works like a stack machine: text is appended to the output up to and including each
 * `;`; then the tail of the output back to the nearest `&` is checked, and a reference is replaced
 * by its (prepared) decoding, which is fed in again the same way before the rest of the input. A
 * reduction never reaches back past an earlier `;`, so the output before every `;` is final when
 * that `;` is checked; hence the output holds no decodable reference.
 */
import { decodeHTMLStrict } from 'entities';
import type { MappedText } from './mapped-text.js';

/** The longest reference considered (the longest named entity is 33 characters). */
const MAX_REFERENCE_LENGTH = 40;
/** The grammar of a complete character reference. */
const REFERENCE = /^&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);$/;
/** Any complete reference (the quick test for text with nothing to decode). */
const ANY_REFERENCE = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;
const AMPERSAND = 0x26;

/** True for the characters a reference's name or number is made of (`#`, ASCII letters, digits). */
function isReferenceChar(code: number): boolean {
  return (
    code === 0x23 || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  );
}

/** A run of output text: a slice of the input (mapped char by char) or a decoded value (one origin). */
interface Piece {
  text: string;
  /** Index in the input text of the piece's first character, or -1 for a decoded value. */
  at: number;
  /** Raw offset every character of a decoded value maps to. */
  origin: number;
}

/** Text still to be appended: the input, or a decoded value fed back in. */
interface Stream {
  text: string;
  position: number;
  /** Index in the input text of `text[0]`, or -1 for a decoded value. */
  at: number;
  origin: number;
}

/** True when the text holds at least one reference that decodes. */
function hasDecodableReference(text: string): boolean {
  ANY_REFERENCE.lastIndex = 0;
  for (let match = ANY_REFERENCE.exec(text); match !== null; match = ANY_REFERENCE.exec(text)) {
    if (decodeHTMLStrict(match[0]) !== match[0]) return true;
  }
  return false;
}

/**
 * Decodes every character reference in `input` to a fixed point. `prepare` is applied to each
 * decoded value before it joins the text (the caller strips invisible characters and applies
 * NFKC there, so that a decoded value can itself complete a reference, as `&#38;amp;` does).
 * Decoded characters map to the offset of the reference's `&`. Returns `input` itself when there
 * is nothing to decode.
 */
export function decodeEntities(input: MappedText, prepare: (decoded: string) => string): MappedText {
  const { text, src } = input;
  if (!text.includes('&') || !hasDecodableReference(text)) return input;
  const pieces: Piece[] = [];
  const streams: Stream[] = [{ text, position: 0, at: 0, origin: 0 }];

  /** The raw offset of character `k` of a piece. */
  const originOf = (piece: Piece, k: number): number => (piece.at < 0 ? piece.origin : src === null ? 0 : src[piece.at + k]!);

  /**
   * The reference the output ends with (its last character being a `;`): the text back to the
   * nearest `&` when only reference characters lie between, within MAX_REFERENCE_LENGTH; or null.
   */
  const endingReference = (): string | null => {
    let p = pieces.length - 1;
    let k = pieces[p]!.text.length - 2;
    for (let length = 2; length <= MAX_REFERENCE_LENGTH; length += 1) {
      while (k < 0) {
        p -= 1;
        if (p < 0) return null;
        k = pieces[p]!.text.length - 1;
      }
      const code = pieces[p]!.text.charCodeAt(k);
      if (code === AMPERSAND) {
        let reference = pieces[p]!.text.slice(k);
        for (let q = p + 1; q < pieces.length; q += 1) reference += pieces[q]!.text;
        return reference;
      }
      if (!isReferenceChar(code)) return null;
      k -= 1;
    }
    return null;
  };

  /** Removes `count` characters from the end of the output; returns the origin of the first one removed. */
  const dropEnd = (count: number): number => {
    let left = count;
    let origin = 0;
    while (left > 0) {
      const piece = pieces[pieces.length - 1]!;
      if (piece.text.length <= left) {
        origin = originOf(piece, 0);
        left -= piece.text.length;
        pieces.pop();
      } else {
        const keep = piece.text.length - left;
        origin = originOf(piece, keep);
        pieces[pieces.length - 1] = { ...piece, text: piece.text.slice(0, keep) };
        left = 0;
      }
    }
    return origin;
  };

  /** Replaces a reference ending the output, feeding its decoded value back in. */
  const reduceTail = (): void => {
    const reference = endingReference();
    if (reference === null || !REFERENCE.test(reference)) return;
    const decoded = decodeHTMLStrict(reference);
    if (decoded === reference) return;
    const origin = dropEnd(reference.length);
    const prepared = prepare(decoded);
    if (prepared !== '') streams.push({ text: prepared, position: 0, at: -1, origin });
  };

  while (streams.length > 0) {
    const stream = streams[streams.length - 1]!;
    if (stream.position >= stream.text.length) {
      streams.pop();
      continue;
    }
    const semicolon = stream.text.indexOf(';', stream.position);
    const end = semicolon === -1 ? stream.text.length : semicolon + 1;
    pieces.push({
      text: stream.text.slice(stream.position, end),
      at: stream.at < 0 ? -1 : stream.at + stream.position,
      origin: stream.origin,
    });
    stream.position = end;
    if (semicolon !== -1) reduceTail();
  }

  const out = pieces.map((piece) => piece.text).join('');
  if (src === null) return { text: out, src: null };
  const map = new Int32Array(out.length + 1);
  let k = 0;
  for (const piece of pieces) {
    if (piece.at < 0) map.fill(piece.origin, k, k + piece.text.length);
    else map.set(src.subarray(piece.at, piece.at + piece.text.length), k);
    k += piece.text.length;
  }
  map[out.length] = src[text.length]!;
  return { text: out, src: map };
}
