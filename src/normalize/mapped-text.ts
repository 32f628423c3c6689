import { FaultlineError } from '../model/diagnostic.js';

/**
 * A text together with, optionally, where each of its characters came from in the raw input.
 *
 * `src` has `text.length + 1` entries: `src[i]` is the raw offset where the source of character
 * `i` starts, and `src[text.length]` is the raw offset just past the last character that
 * contributed to the text. When `src` is null no map is kept (the fast path of `normalizeText`).
 */
export interface MappedText {
  /** The current text. */
  text: string;
  /** Raw offset of each character's source plus an end sentinel, or null when not tracked. */
  src: Int32Array | null;
}

/** Computes the replacement for one regex match from the match, its (unnamed) capture groups, where it starts and the whole text. */
export type Replacer = (match: string, groups: readonly (string | undefined)[], offset: number, text: string) => string;

/** Starts tracking a raw text: every character maps to itself. */
export function mappedFrom(text: string, track: boolean): MappedText {
  if (!track) return { text, src: null };
  const src = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i += 1) src[i] = i;
  return { text, src };
}

/** An Int32Array that grows as values are appended. */
class OffsetBuffer {
  values: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.values = new Int32Array(Math.max(16, capacity));
  }

  /** Makes room for `extra` more values. */
  reserve(extra: number): void {
    if (this.length + extra <= this.values.length) return;
    const bigger = new Int32Array(Math.max(this.values.length * 2, this.length + extra));
    bigger.set(this.values.subarray(0, this.length));
    this.values = bigger;
  }

  /** Appends a run of values. */
  append(run: Int32Array): void {
    this.reserve(run.length);
    this.values.set(run, this.length);
    this.length += run.length;
  }

  /** Appends one value `count` times. */
  repeat(value: number, count: number): void {
    this.reserve(count);
    this.values.fill(value, this.length, this.length + count);
    this.length += count;
  }

  /** The values appended so far. */
  result(): Int32Array {
    return this.values.slice(0, this.length);
  }
}

/**
 * `String.prototype.replace` with a global regex, keeping the offset map: characters outside a
 * match keep their source; a replacement of the same length as its match maps character by
 * character; any other replacement keeps the source of the characters it shares with the match
 * at either end and maps the rest to where the differing part of the match starts. A match
 * removed at the very end moves the end sentinel to where the removed text started. The pattern
 * must be global and must not use named groups.
 */
export function replaceMapped(input: MappedText, pattern: RegExp, replacer: Replacer): MappedText {
  if (!pattern.global) {
    throw new FaultlineError(`normalize: replaceMapped needs a global pattern, got ${String(pattern)}`, { parameter: 'pattern' });
  }
  // Most stages match nothing in most texts; a test is cheaper than a replace.
  pattern.lastIndex = 0;
  const any = pattern.test(input.text);
  pattern.lastIndex = 0;
  if (!any) return input;
  if (input.src === null) {
    const text = input.text.replace(pattern, (...args: unknown[]) => {
      const groups = args.slice(1, -2) as (string | undefined)[];
      return replacer(args[0] as string, groups, args[args.length - 2] as number, input.text);
    });
    return { text, src: null };
  }
  const { text, src } = input;
  const parts: string[] = [];
  const out = new OffsetBuffer(text.length + 1);
  let last = 0;
  let endSentinel = src[text.length]!;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    const matched = match[0];
    if (matched.length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    const replacement = replacer(matched, match.slice(1), start, text);
    out.append(src.subarray(last, start));
    parts.push(text.slice(last, start), replacement);
    if (replacement.length === matched.length) {
      out.append(src.subarray(start, start + matched.length));
    } else {
      // Characters the replacement shares with the match at either end keep their own source.
      const shortest = Math.min(matched.length, replacement.length);
      let prefix = 0;
      while (prefix < shortest && matched[prefix] === replacement[prefix]) prefix += 1;
      let suffix = 0;
      while (
        suffix < shortest - prefix &&
        matched[matched.length - 1 - suffix] === replacement[replacement.length - 1 - suffix]
      ) {
        suffix += 1;
      }
      out.append(src.subarray(start, start + prefix));
      out.repeat(src[start + prefix]!, replacement.length - prefix - suffix);
      const tail = start + matched.length - suffix;
      out.append(src.subarray(tail, tail + suffix));
    }
    last = start + matched.length;
    if (last === text.length && replacement.length === 0) endSentinel = src[start]!;
  }
  if (last === 0 && parts.length === 0) return input;
  out.append(src.subarray(last, text.length));
  parts.push(text.slice(last));
  out.repeat(endSentinel, 1);
  return { text: parts.join(''), src: out.result() };
}
