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
