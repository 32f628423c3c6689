import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { normalizeText } from '../../src/normalize/normalize-text.js';
import { normalizeWithMap } from '../../src/normalize/normalize-with-map.js';

/** All map entries for a normalised text, 0..text.length inclusive. */
function fullMap(raw: string): { text: string; map: number[] } {
  const { text, toOriginal } = normalizeWithMap(raw);
  return { text, map: Array.from({ length: text.length + 1 }, (_, i) => toOriginal(i)) };
}

describe('normalizeWithMap', () => {
  it('maps unchanged characters to their raw offsets', () => {
    const raw = '  Amazon\u2019s\u00A0S3  went\u2014down.\r\n\r\n\r\nIt was &amp; is.  ';
    const { text, toOriginal } = normalizeWithMap(raw);
    expect(text).toBe("Amazon's S3 went - down.\n\nIt was & is.");
    for (const word of ['Amazon', 'S3', 'went', 'down.', 'It was', 'is.']) {
      const at = text.indexOf(word);
      expect(raw.slice(toOriginal(at), toOriginal(at) + word.length)).toBe(word);
    }
    // The straight quote comes from the curly one, the '&' from the whole reference.
    expect(raw[toOriginal(text.indexOf("'"))]).toBe('\u2019');
    expect(raw.slice(toOriginal(text.indexOf('&')), toOriginal(text.indexOf('&')) + 5)).toBe('&amp;');
    // The end maps to just past the last visible raw character.
    expect(toOriginal(text.length)).toBe(raw.lastIndexOf('.') + 1);
    expect(toOriginal(0)).toBe(2);
  });

  it('maps a span of normalised text back to the raw span', () => {
    const raw = 'The \uFB01rst outage\u2026 lasted  eight hours.';
    const { text, toOriginal } = normalizeWithMap(raw);
    const start = text.indexOf('eight');
    const end = start + 'eight hours'.length;
    expect(raw.slice(toOriginal(start), toOriginal(end))).toBe('eight hours');
  });

  it('throws a FaultlineError for an offset outside the text', () => {
    const { toOriginal } = normalizeWithMap('abc');
    expect(() => toOriginal(4)).toThrow(FaultlineError);
    expect(() => toOriginal(-1)).toThrow(/offset must be an integer in 0\.\.3, got -1/);
    expect(() => toOriginal(1.5)).toThrow(FaultlineError);
  });

  const tricky = fc.constantFrom(
    '&', ';', 'amp;', '&amp;', '#38;', 'lt;', 'e', '\u0301', '\u0316', '\u200B', '\uFF06', '\u2014', '\u2019',
    ' ', '  ', '\t', '\n', '\r\n', '\u2029', '\u00A0', '\u2026', '\uFB01', '\uFDFA', '\u1100', '\u1161', 'a',
    'word', '&#769;', '&#x2014;', '&nbsp;',
  );
  const anyText = fc.oneof(
    fc.array(tricky, { maxLength: 40 }).map((parts) => parts.join('')),
    fc.string({ unit: 'binary', maxLength: 200 }),
  );

  it('gives exactly normalizeText and a monotonic map within the raw text', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const { text, map } = fullMap(raw);
        expect(text).toBe(normalizeText(raw));
        for (let i = 0; i < map.length; i += 1) {
          expect(map[i]).toBeGreaterThanOrEqual(0);
          expect(map[i]).toBeLessThanOrEqual(raw.length);
          if (i > 0) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1]!);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('maps every visible character of plain ASCII text to the same raw character', () => {
    const plain = fc
      .array(fc.constantFrom('a', 'B', '7', '.', ' ', '  ', '\t', '\n', '\r\n', '\n\n\n'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(plain, (raw) => {
        const { text, map } = fullMap(raw);
        for (let i = 0; i < text.length; i += 1) {
          if (text[i] !== ' ' && text[i] !== '\n') expect(raw[map[i]!]).toBe(text[i]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
