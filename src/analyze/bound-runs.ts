/**
 * Bounded runs: wink-nlp's tokenizer splits a text at whitespace and then runs its regular
 * expressions over each whitespace-free run, some of them (the abbreviation check among them)
 * quadratic in the run's length — 112,000 characters of `x.x.x…` take a minute. No word, number,
 * URL or identifier a post-mortem quotes is longer than {@link MAX_RUN}, so before wink reads a
 * text every longer run gets a space every {@link MAX_RUN} characters. The text keeps its length
 * (each replaced character becomes one space), so every token offset stays an offset into the original
 * text; the analysis lays tokens out on the original, where the replaced characters are simply
 * not covered by any token.
 */

/** Longest run of non-blank characters handed to wink-nlp. */
export const MAX_RUN = 256;

/** True for the characters every tokenizer splits at (ASCII blanks). */
function isBlank(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11;
}

/** True for the second half of a surrogate pair. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True for the first half of a surrogate pair. */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Returns `text` with a space put in every `maxRun` characters of any longer run of non-blank
 * characters (same length; `text` itself when no run is that long). Linear in the text.
 */
export function boundRuns(text: string, maxRun: number = MAX_RUN): string {
  if (!Number.isInteger(maxRun) || maxRun < 1) throw new RangeError(`boundRuns: maxRun must be a positive integer, got ${String(maxRun)}`);
  let chars: string[] | null = null;
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (isBlank(code)) {
      run = 0;
      continue;
    }
    run += 1;
    if (run <= maxRun) continue;
    chars ??= text.split('');
    chars[i] = ' ';
    // A pair is replaced whole (two spaces), so no lone surrogate is left behind.
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      i += 1;
      chars[i] = ' ';
    }
    run = 0;
  }
  return chars === null ? text : chars.join('');
}
