import { describe, expect, it } from 'vitest';
import { writtenAsFlag } from '../../src/search/hyphen-words.js';

describe('writtenAsFlag', () => {
  it('finds "-word" after a space, bracket, quote or line start, followed by no letter or digit', () => {
    expect(writtenAsFlag('rf', ['an engineer ran rm -rf on the data directory'])).toBe(true);
    expect(writtenAsFlag('RF', ['ran `rm -rf /`'])).toBe(true);
    expect(writtenAsFlag('9', ['(kill -9) stopped it'])).toBe(true);
    expect(writtenAsFlag('rf', ['-rf at the start'])).toBe(true);
    expect(writtenAsFlag('f', ['ran "-f" by hand'])).toBe(true);
  });

  it('does not take a hyphenated word, a longer flag or a dash list for the flag', () => {
    expect(writtenAsFlag('rf', ['a non-rf signal', 'the -rfc option', 'a list:\n- rf'])).toBe(false);
    expect(writtenAsFlag('dns', ['the DNS outage', 'outage-dns'])).toBe(false);
    expect(writtenAsFlag('a.b', ['run -axb'])).toBe(false);
  });
});
