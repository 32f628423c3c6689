import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/normalize-text.js';

describe('normalizeText', () => {
  it.each([
    ['curly single quotes', 'It\u2019s Amazon\u2018s', "It's Amazon's"],
    ['curly double quotes', '\u201CHello\u201D and \u201Eglobal\u201F', '"Hello" and "global"'],
    ['spaced em dash', 'names \u2014 all', 'names - all'],
    ['unspaced em dash gets spaces', 'names\u2014all', 'names - all'],
    ['horizontal bar', 'a\u2015b', 'a - b'],
    ['em dash at line start', '\u2014 quote', '- quote'],
    ['en dash in a range', 'pages 10\u201312', 'pages 10-12'],
    ['minus and figure dash', '\u22125 and 555\u20121234', '-5 and 555-1234'],
    ['ellipsis via NFKC', 'wait\u2026', 'wait...'],
    ['ligature and full-width via NFKC', '\uFB01le \uFF21\uFF22', 'file AB'],
    ['no-break, narrow and thin spaces', 'a\u00A0b\u202Fc\u2009d', 'a b c d'],
    ['zero-width characters removed', 'z\u200Bw\u200Cn\u200Dj\uFEFFb', 'zwnjb'],
    ['soft hyphen removed', 'infra\u00ADstructure', 'infrastructure'],
    ['named entities', 'AT&amp;T &lt;b&gt; it&rsquo;s', "AT&T <b> it's"],
    ['numeric entities', 'it&#8217;s &#x201C;ok&#x201D;', 'it\'s "ok"'],
    ['double-escaped entities', 'it&amp;rsquo;s &amp;amp;amp; &#38;lt;', "it's & <"],
    ['entity without semicolon kept', '?a=1&copy=2 &amp', '?a=1&copy=2 &amp'],
    ['unknown entity kept', '&notanentity; &#;', '&notanentity; &#;'],
    ['entity decoding to no-break space', 'a&nbsp;&nbsp;b', 'a b'],
    ['entity decoding to zero-width space', 'a&#8203;b', 'ab'],
    ['CRLF and lone CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['trailing and leading spaces per line', '  a  \n  b  ', 'a\nb'],
    ['runs of spaces and tabs', 'a \t  b\t\tc', 'a b c'],
    ['three or more line breaks', 'a\n\n\n\nb\n \n \nc', 'a\n\nb\n\nc'],
    ['paragraph separator', 'a\u2029b\u2028c', 'a\n\nb\nc'],
    ['trimmed', ' \n\n a \n\n ', 'a'],
    ['control characters removed', 'a\u0000b\u0007c\u009Fd', 'abcd'],
    ['decoded combining mark composes', 'cafe&#769;', 'caf\u00E9'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('normalises the seed article sentence with its curly quotes and em dash', () => {
    const raw = 'Amazon\u2019s S3 cloud storage service went offline this morning for an extended period of time \u2014 the second big outage';
    expect(normalizeText(raw)).toBe(
      "Amazon's S3 cloud storage service went offline this morning for an extended period of time - the second big outage",
    );
  });

  it('cuts runs of combining marks (Zalgo text) to 32 after composing', () => {
    expect(normalizeText(`Z${'\u0301'.repeat(50)}algo`)).toBe(`\u0179${'\u0301'.repeat(32)}algo`);
    // 200,000 marks of alternating classes: reordering them uncut was quadratic (a minute).
    expect(normalizeText(`a${'\u0301\u0316'.repeat(100_000)}`)).toBe(`\u00E1${'\u0316'.repeat(32)}`);
  });

  it('decodes reference chains of any depth in one linear pass', () => {
    expect(normalizeText(`&${'amp;'.repeat(200_000)}lt;`)).toBe('<');
    expect(normalizeText(`&${'#38;'.repeat(200_000)}`)).toBe('&');
  });

  /** Characters and fragments that interact: references, marks, invisible and compatibility forms. */
  const tricky = fc.constantFrom(
    '&', ';', '#', 'amp', 'amp;', '&amp;', '#38;', '&#38;', 'lt;', 'x', '#x26;', '&#x', '26', 'e', 'E',
    '\u0301', '\u0316', '\u0338', '<', '=', '\u200B', '\u00AD', '\uFEFF', '\uFF06', '\uFE54', '\uFF1B',
    '\u2014', '\u2015', '\u2013', '\u2019', '\u201C', ' ', '  ', '\t', '\n', '\r', '\r\n', '\u2028',
    '\u2029', '\u00A0', '\u3000', '\u2026', '\uFB01', '\uFDFA', '\u1100', '\u1161', '\u11A8', '&#769;',
    '&#8203;', '&#x2014;', '&nbsp;', '&#13;', '&#59;', '\uD83D', '\uDE00', '\u0085', '\u000B',
    // Fragments whose parts interact (so that short arrays hit them often).
    '\u0301'.repeat(20), '\u0316\u0301'.repeat(9), '\u0344'.repeat(12), 'e\u200B\u0301', '&a\u00ADmp;', '&#x200B;\u0301', 'e&#x200B;', '\u0301&#769;', '\u2019\u0301', ' \u0301',
  );
  const trickyText = fc.array(tricky, { maxLength: 40 }).map((parts) => parts.join(''));
  const anyText = fc.oneof(trickyText, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }));

  it('is idempotent for arbitrary strings', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves no curly quote, long dash, invisible character, CR or run of spaces in its output', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = normalizeText(text);
        expect(out).not.toMatch(/[\u2018\u2019\u201C\u201D\u2013\u2014\u200B\u00AD\uFEFF\r\t\u00A0]| {2}|\n{3}|^\s|\s$/);
        expect(out.normalize('NFKC')).toBe(out);
      }),
      { numRuns: 2000 },
    );
  });
});
