import { describe, expect, it } from 'vitest';
import { urlKey } from '../../src/incidents/url-key.js';

describe('urlKey', () => {
  it('gives one key to the ways one page is written', () => {
    const key = 'm.signalvnoise.com/postmortem-on-the-read-only-outage-of-basecamp';
    expect(
      [
        'https://m.signalvnoise.com/postmortem-on-the-read-only-outage-of-basecamp/',
        'http://M.SignalVNoise.com/postmortem-on-the-read-only-outage-of-basecamp#comments',
        'https://m.signalvnoise.com:443/postmortem-on-the-read-only-outage-of-basecamp?utm_source=rss&utm_medium=feed',
        'https://m.signalvnoise.com/postmortem-on-the-read-only-outage-of-basecamp/), [see also](https://m.signalvnoise.com/update/',
        '<https://m.signalvnoise.com/postmortem-on-the-read-only-outage-of-basecamp>.',
      ].map(urlKey),
    ).toEqual(Array(5).fill(key));
    expect(urlKey('https://www.example.com/a/index.html')).toBe('example.com/a');
  });

  it('keeps what tells pages apart: path case, other parameters, ports', () => {
    expect(urlKey('https://example.com/Post?id=2&b=1')).toBe('example.com/Post?b=1&id=2');
    expect(urlKey('https://example.com:8080/post')).toBe('example.com:8080/post');
    expect(urlKey('ftp://example.com/post')).toBeNull();
    expect(urlKey('not a url')).toBeNull();
    expect(urlKey(null)).toBeNull();
  });
});
