import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { LUNR_STOP_WORDS, STOP_WORD_KEYS } from '../../src/index/lunr-stop-words.js';

describe('LUNR_STOP_WORDS', () => {
  it('is the list lunr builds its stop word filter from', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('lunr'), 'utf8');
    const list = /lunr\.stopWordFilter = lunr\.generateStopWordFilter\(\[([^\]]*)\]\)/u.exec(source)?.[1];
    expect(list).toBeDefined();
    expect([...list!.matchAll(/'([^']*)'/gu)].map((m) => m[1])).toEqual(LUNR_STOP_WORDS);
  });

  it('holds words lunr filters out, and their stemmed keys', () => {
    for (const word of LUNR_STOP_WORDS) expect(lunr.stopWordFilter(new lunr.Token(word, {}))).toBeUndefined();
    expect(String(lunr.stopWordFilter(new lunr.Token('outage', {})))).toBe('outage');
    expect(['want', 'like', 'why', 'onli', 'becaus'].every((key) => STOP_WORD_KEYS.has(key))).toBe(true);
    expect(STOP_WORD_KEYS.has('wants')).toBe(false);
  });
});
