import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText, canonicalTextUnicode, canonicalTokens } from '../../src/dedupe/canonical-text.js';

describe('canonicalText', () => {
  it('lower-cases, drops apostrophes and collapses punctuation and whitespace', () => {
    expect(canonicalText("Amazon's S3 -- went\n\n  DOWN (again)!")).toBe('amazons s3 went down again');
  });

  it('makes a copy that lost its apostrophes and one that kept them equal', () => {
    expect(canonicalText("Amazon's site didn't load")).toBe(canonicalText('Amazons site didnt load'));
  });

  it('keeps letters, digits and combining marks of any script', () => {
    expect(canonicalText('Café Zürich: 東京 2008')).toBe('café zürich 東京 2008');
  });

  it('gives an empty form and no tokens for text without words', () => {
    expect(canonicalText(' ... -- !? ')).toBe('');
    expect(canonicalTokens(' ... ')).toEqual([]);
    expect(canonicalTokens('S3, EC2 & EBS')).toEqual(['s3', 'ec2', 'ebs']);
  });
});

describe('canonicalText fast path', () => {
  it('gives exactly the regular-expression definition for ASCII text', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'aZ09 \'\t\n.,-_!?'.split(''), 'Word', "it's", '  '), maxLength: 80 });
    fc.assert(
      fc.property(fc.oneof(ascii, fc.string({ unit: 'binary-ascii', maxLength: 80 })), (text) => {
        expect(canonicalText(text)).toBe(canonicalTextUnicode(text));
      }),
      { numRuns: 2000 },
    );
  });
});
