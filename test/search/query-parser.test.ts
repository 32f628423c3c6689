import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { parseQuery } from '../../src/search/query-parser.js';
import { DEFAULT_SEARCH_LIMITS } from '../../src/search/search-limits.js';

const parse = (q: string) => parseQuery(q, DEFAULT_SEARCH_LIMITS);

function errorOf(q: string): FaultlineError {
  try {
    parse(q);
  } catch (error) {
    if (error instanceof FaultlineError) return error;
    throw error;
  }
  throw new Error(`no error for ${q}`);
}

describe('parseQuery', () => {
  it('reads plain words as plain, analysed terms', () => {
    const q = parse('Internal communication of the S3 load-balancer');
    expect(q.plain).toBe(true);
    expect(q.empty).toBe(false);
    expect(q.clauses.map((c) => [c.term, c.presence, c.position])).toEqual([
      ['intern', 'optional', 1],
      ['commun', 'optional', 10],
      ['s3', 'optional', 31],
      ['load', 'optional', 34],
      ['balanc', 'optional', 34],
    ]);
  });

  it('reads lunr operators: presence, fields (with aliases), wildcards, fuzzy and boosts', () => {
    const q = parse('+title:outage -provider:amazon service:s3 regul* storage~1 gslb^3 layer:load-balancer');
    expect(q.plain).toBe(false);
    expect(q.clauses.map(({ term, presence, fields, editDistance, boost }) => ({ term, presence, fields, editDistance, boost }))).toEqual([
      { term: 'outag', presence: 'required', fields: ['title'], editDistance: 0, boost: 1 },
      { term: 'amazon', presence: 'prohibited', fields: ['provider'], editDistance: 0, boost: 1 },
      { term: 's3', presence: 'optional', fields: ['provider'], editDistance: 0, boost: 1 },
      { term: 'regul*', presence: 'optional', fields: undefined, editDistance: 0, boost: 1 },
      { term: 'storag', presence: 'optional', fields: undefined, editDistance: 1, boost: 1 },
      { term: 'gslb', presence: 'optional', fields: undefined, editDistance: 0, boost: 3 },
      { term: 'load', presence: 'optional', fields: ['layer'], editDistance: 0, boost: 1 },
      { term: 'balanc', presence: 'optional', fields: ['layer'], editDistance: 0, boost: 1 },
    ]);
  });

  it('treats a time as words, quotes as spaces, and an empty query as match-all', () => {
    expect(parse('at 10:25 PST').clauses.map((c) => c.term)).toEqual(['10', '25', 'pst']);
    expect(parse('"internal communication"').clauses.map((c) => c.term)).toEqual(['intern', 'commun']);
    expect(parse('   ')).toEqual({ clauses: [], plain: true, empty: true });
    expect(parse('the of and')).toEqual({ clauses: [], plain: true, empty: false });
  });

  it('reads a colon that names no field, or stands before nothing, as punctuation (pasted titles and errors)', () => {
    const words = (q: string) => parse(q).clauses.map((c) => [c.term, c.fields ?? null]);
    expect(words('Amazon Outage: Decoding the giant')).toEqual([['amazon', null], ['outag', null], ['decod', null], ['giant', null]]);
    expect(words('error: 503')).toEqual([['error', null], ['503', null]]);
    expect(words('Title: The outage')).toEqual([['titl', null], ['outag', null]]);
    expect(words('foo:bar :b')).toEqual([['foo', null], ['bar', null], ['b', null]]);
    expect(parse('error: 503').plain).toBe(true);
    expect(words('title:dns')).toEqual([['dns', ['title']]]);
  });

  it.each([
    ['outage +', 8, 'expected a term after "+"'],
    ['title:text:deep', 11, 'unexpected ":" (a term takes one field)'],
    ['s3~', 3, 'expected an edit distance (a whole number) after "~", got ""'],
    ['s3~x', 3, 'expected an edit distance (a whole number) after "~", got "x"'],
    ['storage~3', 8, 'edit distance 3 is above the maximum of 2'],
    ['gslb^', 5, 'expected a boost (a number) after "^", got ""'],
    ['gslb^1000', 5, 'boost 1000 must be above 0 and at most 100'],
    ['gslb~1~1', 7, '"~" given twice'],
    ['~1', 1, 'expected a term before "~"'],
    ['x *a*b*c*', 3, 'leading wildcards are not allowed ("*a*b*c*")'],
    ['s*', 1, '"s*" needs at least 2 characters before "*"'],
    ['ab*c*d*', 1, '"ab*c*d*" has 3 wildcards, at most 2 are allowed'],
    ['regul*~1', 1, 'a term cannot be both a wildcard and fuzzy ("~")'],
  ])('rejects %j at position %i', (query, position, message) => {
    const error = errorOf(query);
    expect(error.status).toBe(400);
    expect(error.parameter).toBe('query');
    expect(error.message).toBe(`search: query syntax error at position ${position}: ${message}`);
  });

  it('bounds query length and term count, naming the limit', () => {
    const long = errorOf('a'.repeat(513));
    expect(long.message).toBe('search: query is 513 characters long, at most 512 are allowed');
    expect(long.status).toBe(400);
    const many = errorOf(Array.from({ length: 40 }, (_, i) => `word${i}`).join(' '));
    expect(many.message).toMatch(/^search: query has more than 32 terms \(at position \d+\); remove some words$/);
    expect(parse(Array.from({ length: 32 }, (_, i) => `word${i}`).join(' ')).clauses).toHaveLength(32);
  });
});
