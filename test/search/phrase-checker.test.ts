import { describe, expect, it } from 'vitest';
import type { IndexedFields, IndexFieldName } from '../../src/index/index-fields.js';
import { PhraseChecker } from '../../src/search/phrase-checker.js';
import { phraseKeys } from '../../src/search/phrase-match.js';
import type { ParsedPhrase } from '../../src/search/query-parser.js';

const EMPTY: IndexedFields = { title: '', summary: '', provider: '', layer: '', cause: '', text: '', comments: '' };
/** Row 0 holds the phrase in its text, row 1 has its words apart, row 2 in its title. */
const ROWS: IndexedFields[] = [
  { ...EMPTY, title: 'Outage report', text: 'The load balancer failed.' },
  { ...EMPTY, title: 'Outage report', text: 'The load on the balancer grew.' },
  { ...EMPTY, title: 'A load balancer story', text: 'Nothing else.' },
];
const phrase = (text: string): ParsedPhrase => ({ text, keys: phraseKeys(text), presence: 'required', quoted: true });

/** A checker over ROWS that records the fields it was asked to read. */
function checker(budget: number): { check: PhraseChecker; read: string[] } {
  const read: string[] = [];
  const check = new PhraseChecker((position) => ROWS[position]!, budget, (position: number, field: IndexFieldName) => {
    read.push(`${position}:${field}`);
    return true;
  });
  return { check, read };
}

describe('PhraseChecker', () => {
  it('finds a phrase in the first field that holds it, reading the fields in order', () => {
    const { check, read } = checker(1_000_000);
    const p = phrase('load balancer');
    expect([0, 1, 2].map((row) => check.contains(row, p))).toEqual([true, false, true]);
    expect(read).toEqual(['0:title', '0:text', '1:title', '1:text', '2:title']);
  });

  it('replays a verdict on a later check of the same document instead of reading it again, with the same answer', () => {
    const { check, read } = checker(1_000_000);
    const p = phrase('load balancer');
    const first = [0, 1, 2].map((row) => check.contains(row, p));
    read.length = 0;
    expect([0, 1, 2].map((row) => check.contains(row, p))).toEqual(first);
    expect(read).toEqual([]);
  });

  it('charges a replayed verdict to the budget as a reading: past it, a document is kept unverified', () => {
    const p = phrase('load balancer');
    // Row 1's title and text: 13 + 30 characters; the budget holds one reading of them.
    const { check } = checker(43 + 10);
    expect(check.contains(1, p)).toBe(false);
    expect(check.contains(1, p)).toBe(true);
    // A fresh checker with the budget left after one reading answers alike.
    expect(checker(10).check.contains(1, p)).toBe(true);
  });

  it('does not read a field the index rules out', () => {
    const read: string[] = [];
    const check = new PhraseChecker((position) => ROWS[position]!, 1_000_000, (position, field) => {
      read.push(`${position}:${field}`);
      return field !== 'text';
    });
    expect(check.contains(0, phrase('load balancer'))).toBe(false);
    expect(read).toEqual(['0:title', '0:text']);
  });
});
