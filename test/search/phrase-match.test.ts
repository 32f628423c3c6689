import { describe, expect, it } from 'vitest';
import { containsPhrase, phraseKeys, wordKey } from '../../src/search/phrase-match.js';

describe('phrase matching', () => {
  it('keys words as the index does, keeping stop words', () => {
    expect(phraseKeys('The root cause of the outages')).toEqual(['the', 'root', 'caus', 'of', 'the', 'outag']);
    expect(phraseKeys('us-east-1')).toEqual(['us', 'east', '1']);
    expect(wordKey("Amazon's")).toBe('amazon');
  });

  it('finds consecutive words with the keys, whatever stands between them', () => {
    const text = 'Errors rose in US-East-1. The root cause was a bad deploy; root and cause appear apart too.';
    expect(containsPhrase(text, phraseKeys('us east 1'))).toBe(true);
    expect(containsPhrase(text, phraseKeys('root causes'))).toBe(true);
    expect(containsPhrase(text, phraseKeys('cause root'))).toBe(false);
    expect(containsPhrase(text, phraseKeys('root of cause'))).toBe(false);
    expect(containsPhrase(text, phraseKeys('east 1 the root'))).toBe(true);
    expect(containsPhrase(text, phraseKeys('deploy root and cause appear apart too'))).toBe(true);
    expect(containsPhrase(text, phraseKeys('apart too far'))).toBe(false);
    expect(containsPhrase('', phraseKeys('root cause'))).toBe(false);
  });
});

describe('phrase matching anchored on its longest word', () => {
  it('compares the words before the anchor too, across any punctuation and at the text start', () => {
    const text = 'The outage began. Of the three regions, the outage of the east region was longest.';
    expect(containsPhrase(text, phraseKeys('the outage of the east'))).toBe(true);
    expect(containsPhrase(text, phraseKeys('regions the outage'))).toBe(true);
    expect(containsPhrase(text, phraseKeys('the outage began'))).toBe(true);
    expect(containsPhrase(text, phraseKeys('a the outage began'))).toBe(false);
    expect(containsPhrase(text, phraseKeys('of the outage'))).toBe(false);
    // The words before the anchor lie far behind it: the window widens.
    expect(containsPhrase(`alpha ${'-'.repeat(500)} beta gamma longestword`, phraseKeys('alpha beta gamma longestword'))).toBe(true);
    expect(containsPhrase(`alpha ${'-'.repeat(500)} beta gamma longestword`, phraseKeys('omega beta gamma longestword'))).toBe(false);
  });
});
