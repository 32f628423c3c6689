import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/server/safe-url.js';

describe('safeHttpUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeHttpUrl('http://gigaom.com/2008/06/06/x/')).toBe('http://gigaom.com/2008/06/06/x/');
    expect(safeHttpUrl(' https://example.com/a b ')).toBe('https://example.com/a%20b');
  });

  it('refuses javascript:, data:, vbscript:, relative and malformed URLs', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '/relative', '//evil.example', 'not a url', '']) {
      expect(safeHttpUrl(url)).toBeNull();
    }
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });

  it('refuses absurdly long URLs', () => {
    expect(safeHttpUrl(`https://example.com/${'a'.repeat(3000)}`)).toBeNull();
  });
});
