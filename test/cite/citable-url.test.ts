import { describe, expect, it } from 'vitest';
import { citableUrl } from '../../src/cite/citable-url.js';

describe('citableUrl', () => {
  it('keeps a clean http(s) URL as written', () => {
    expect(citableUrl('https://aws.amazon.com/message/41926/')).toBe('https://aws.amazon.com/message/41926/');
    expect(citableUrl('http://gigaom.com/2008/06/06/why-amazon-went-down/?a=1&b=2#c')).toBe('http://gigaom.com/2008/06/06/why-amazon-went-down/?a=1&b=2#c');
  });

  it('repairs a Markdown link seam: the first URL is kept', () => {
    expect(citableUrl('https://x.com/a](https://x.com/a')).toBe('https://x.com/a');
    expect(citableUrl('https://m.signalvnoise.com/postmortem/), [see also](https://m.signalvnoise.com/update/')).toBe('https://m.signalvnoise.com/postmortem/');
    expect(citableUrl('https://x.com/a)[next](https://y.com/')).toBe('https://x.com/a');
    expect(citableUrl('<https://x.com/a>')).toBe('https://x.com/a');
  });

  it('removes trailing punctuation and unbalanced brackets, keeping balanced parentheses', () => {
    expect(citableUrl('https://x.com/a)')).toBe('https://x.com/a');
    expect(citableUrl('https://x.com/a]')).toBe('https://x.com/a');
    expect(citableUrl('https://x.com/a.')).toBe('https://x.com/a');
    expect(citableUrl('https://x.com/a,')).toBe('https://x.com/a');
    expect(citableUrl('https://x.com/a).')).toBe('https://x.com/a');
    expect(citableUrl('https://en.wikipedia.org/wiki/Ada_(programming_language)')).toBe('https://en.wikipedia.org/wiki/Ada_(programming_language)');
    expect(citableUrl('https://en.wikipedia.org/wiki/Ada_(programming_language)).')).toBe('https://en.wikipedia.org/wiki/Ada_(programming_language)');
  });

  it('drops what is not an absolute http(s) URL to a named host', () => {
    for (const bad of ['javascript:alert(1)', 'ftp://x.com/a', 'mailto:a@x.com', '/relative/path', 'x.com/a', 'https://', 'https://nohost/', 'https://user:pw@x.com/', 'not a url', '', '   ']) {
      expect(citableUrl(bad), bad).toBeNull();
    }
    expect(citableUrl(null)).toBeNull();
    expect(citableUrl(undefined)).toBeNull();
  });
});
