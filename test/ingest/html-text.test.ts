import { load } from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { htmlText, inlineText } from '../../src/ingest/html-text.js';

const text = (html: string): string => htmlText(load(html).root()[0]!);

describe('htmlText', () => {
  it('turns blocks into paragraphs, list items into lines and <br> into a line break', () => {
    expect(text('<div><p>One   two\n three</p><p>Four<br>five</p><ul><li>a</li><li>b <b>bold</b></li></ul>tail</div>')).toBe(
      'One two three\n\nFour\nfive\n\na\nb bold\n\ntail',
    );
  });

  it('keeps nested list items as lines of the same paragraph', () => {
    expect(text('<ul><li>a<ul><li>a1</li><li>a2</li></ul></li><li>b</li></ul>')).toBe('a\na1\na2\nb');
  });

  it('decodes entities and never reads scripts, styles, hidden elements or comments', () => {
    expect(
      text('<p>A &amp; B &lt;ok&gt; &#8217; &nbsp;x</p><script>alert(1)</script><style>p{}</style><!-- note --><p hidden>h</p><p style="display: none">n</p><noscript>ns</noscript>'),
    ).toBe('A & B <ok> ’ \u00a0x');
  });

  it('keeps line breaks inside <pre> and separates table cells', () => {
    expect(text('<pre>line 1\n  line 2</pre><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')).toBe('line 1\nline 2\n\na b\nc');
  });

  it('walks 20,000 nested elements without overflowing the stack', () => {
    const depth = 20_000;
    expect(text(`${'<div><span>'.repeat(depth)}deep${'</span></div>'.repeat(depth)}`)).toBe('deep');
  });
});

describe('inlineText', () => {
  it('puts an element’s text on one line', () => {
    expect(inlineText(load('<h1>Storage\n <em>outage</em><br>today</h1>')('h1')[0]!)).toBe('Storage outage today');
  });
});
