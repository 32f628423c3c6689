import { describe, expect, it } from 'vitest';
import { parseAuthorNames, splitAuthors } from '../../src/cite/author-names.js';

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

  it('keeps a newsroom desk or bureau whole: "Ledger Wire banking desk" is no person called Desk', () => {
    expect(parseAuthorNames('Ledger Wire banking desk; Reuters London bureau')).toEqual([{ literal: 'Ledger Wire banking desk' }, { literal: 'Reuters London bureau' }]);
  });
});
