import { describe, expect, it } from 'vitest';
import { stripMarkdownInline } from '../../src/ingest/markdown-inline.js';

describe('stripMarkdownInline', () => {
  it.each([
    ['a [status page](https://status.example.com "Status") link', 'a status page link'],
    ['see [the runbook][rb] now', 'see the runbook now'],
    ['before ![diagram](img/d.png) after', 'before  after'],
    ['**bold**, __strong__, *em*, _em_, ~~gone~~', 'bold, strong, em, em, gone'],
    ['[**bold link**](http://x)', 'bold link'],
    ["[x](javascript:alert('a')) after", 'x after'],
    ['[wiki](https://en.wikipedia.org/wiki/Foo_(bar)) page', 'wiki page'],
    ['`inline_code` and snake_case_name', 'inline_code and snake_case_name'],
    ['``code with ` tick``', 'code with ` tick'],
    ['2 * 3 = 6 and 5*3', '2 * 3 = 6 and 5*3'],
    ['escaped \\*stars\\* and \\[brackets\\]', 'escaped *stars* and [brackets]'],
    ['autolink <https://example.com/x> here', 'autolink https://example.com/x here'],
    ['a tag <br/> and <span class="x">span</span>', 'a tag  and span'],
    ['plain text without syntax', 'plain text without syntax'],
    ['unclosed [bracket and (paren', 'unclosed [bracket and (paren'],
    ['[a](b) [c](d) [e]', 'a c [e]'],
    ['[x][y and ] later', 'x later'],
    ['[x] [y later', '[x] [y later'],
  ])('%j -> %j', (input, expected) => {
    expect(stripMarkdownInline(input)).toBe(expected);
  });

  it('stays linear on adversarial lines', () => {
    const n = 200_000;
    expect(stripMarkdownInline('['.repeat(n))).toHaveLength(n);
    expect(stripMarkdownInline('[a] '.repeat(n / 4))).toHaveLength(n);
    expect(stripMarkdownInline('[a]'.repeat(n / 4))).toBe('a'.repeat(n / 8));
    expect(stripMarkdownInline('`'.repeat(n))).toHaveLength(n);
    expect(stripMarkdownInline('[a](' .repeat(n / 4))).toBe('[a]('.repeat(n / 4));
  });
});
