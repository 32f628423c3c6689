import { describe, expect, it } from 'vitest';
import { parseAuthorNames, splitAuthors } from '../../src/cite/author-names.js';
import { citationKey } from '../../src/cite/citation-key.js';
import { siteName, urlHost } from '../../src/cite/site-name.js';

describe('author names', () => {
  it('splits author lists on and, &, semicolons and comma-separated full names', () => {
    expect(splitAuthors('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitAuthors('Doe, Jane; Roe, John')).toEqual(['Doe, Jane', 'Roe, John']);
    expect(splitAuthors('Jane Doe, John Roe & Ann Lee')).toEqual(['Jane Doe', 'John Roe', 'Ann Lee']);
    expect(splitAuthors('  ')).toEqual([]);
    expect(splitAuthors(null)).toEqual([]);
  });

  it('parses people into family/given and keeps organisations and single words whole', () => {
    expect(parseAuthorNames('Ludwig van Beethoven; Doe, Jane; The Ops Team; admin')).toEqual([
      { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' },
      { given: 'Jane', family: 'Doe' },
      { literal: 'The Ops Team' },
      { literal: 'admin' },
    ]);
  });
});

describe('citation keys and site names', () => {
  it('builds ASCII keys from author, year and id', () => {
    expect(citationKey({ id: 'abc-123', title: 'T', author: [{ family: 'Müller-Lüdenscheidt' }], issued: { 'date-parts': [[2020]] } })).toBe(
      'MullerLudenscheidt2020_abc_123',
    );
    expect(citationKey({ id: 'x', title: 'Über alles', publisher: 'example.com' })).toBe('examplend_x');
    expect(citationKey({ id: 'x', title: '¿¡' })).toBe('faultlinend_x');
  });

  it('names the site from metadata, else the URL host without www', () => {
    expect(siteName({ meta: { og: 1, site_name: ' The Register ' }, url: 'https://www.theregister.com/x' })).toBe('The Register');
    expect(siteName({ meta: {}, url: 'https://WWW.Example.COM/a' })).toBe('example.com');
    expect(siteName({ meta: {}, url: 'javascript:alert(1)' })).toBeNull();
    expect(urlHost('not a url')).toBeNull();
  });
});
