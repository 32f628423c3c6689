import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/model/diagnostic.js';
import type { SearchRequest } from '../../src/model/search.js';
import { knowledgeBaseFromRecords } from '../fixtures/knowledge-base-from-records.js';
import { fixtureKnowledgeBase, fixtureRecords } from '../fixtures/kb/fixture-kb.js';

const kb = fixtureKnowledgeBase();

/** The outcome of a request: its total, or the status and parameter of its error. */
function outcome(request: SearchRequest): { total: number } | { status: number; parameter: string | undefined } {
  try {
    return { total: kb.search(request).total };
  } catch (error) {
    if (error instanceof FaultlineError) return { status: error.status, parameter: error.parameter };
    throw error;
  }
}

describe('hostile queries are answered with a result or a 400 naming the parameter, never a crash', () => {
  it.each<[string, SearchRequest, ReturnType<typeof outcome>]>([
    ['a very long query', { query: 'outage '.repeat(2000) }, { status: 400, parameter: 'query' }],
    ['thousands of terms', { query: Array.from({ length: 5000 }, (_, i) => `t${i}`).join(' ') }, { status: 400, parameter: 'query' }],
    ['many terms under the length cap', { query: Array.from({ length: 100 }, () => 'ab').join(' ') }, { status: 400, parameter: 'query' }],
    ['an unknown field (read as words)', { query: 'constructor:x' }, { total: 0 }],
    ['a prototype-ish field (read as words)', { query: '__proto__:x' }, { total: 0 }],
    // Paging the edges refuse (400 there) is asserted by the engine as a programmer's misuse.
    ['a huge page number', { query: 'outage', page: Number.MAX_SAFE_INTEGER }, { status: 500, parameter: 'page' }],
    ['a fractional page', { query: 'outage', page: 1.5 }, { status: 500, parameter: 'page' }],
    ['a huge page size', { query: 'outage', pageSize: 1e9 }, { status: 500, parameter: 'pageSize' }],
    ['one enormous word', { query: 'x'.repeat(500) }, { total: 0 }],
    ['only punctuation', { query: '!!! ??? ...' }, { total: 0 }],
    ['only operators (punctuation)', { query: '+ -' }, { total: 0 }],
    ['only prohibited terms', { query: '-amazon -cloudflare' }, { total: 6 }],
  ])('%s', (_name, request, expected) => {
    expect(outcome(request)).toEqual(expected);
  });

  it.each([
    ['a lone surrogate', 'storage \ud800', 'storage'],
    ['control characters', 'storage\u0000\u0007', 'storage'],
    ['HTML in the query', '<script>alert(1)</script>', 'script alert 1 script'],
    ['a URL', 'https://status.aws.amazon.com/', 'https status aws amazon com'],
    // Operators outside their limits are ignored: the words are searched, cheaply.
    ['a pathological wildcard', '*a*b*c*', 'a b c'],
    ['a one-letter prefix wildcard', 's*', 's'],
    ['too many wildcards', 'ab*c*d*e*', 'ab c d e'],
    ['wildcards touching no word', '** * ***', '!!!'],
    ['a large edit distance', 'storage~9', 'storage'],
    ['a huge boost', 'storage^1e308', 'storage'],
    ['a wildcard that is also fuzzy', 'storag*~1', 'storag*'],
    ['deep field syntax (the first field, then its words)', 'title:text:summary:layer:x', 'title:text title:summary title:layer title:x'],
  ])('%s is searched as its words', (_name, query, words) => {
    // The suggestion rewrites the query as typed, so only the words it suggests are compared.
    const { took: _a, query: _q1, suggestion: s1, ...hostile } = kb.search({ query });
    const { took: _b, query: _q2, suggestion: s2, ...plain } = kb.search({ query: words });
    expect(hostile).toEqual(plain);
    expect(s1?.terms).toEqual(s2?.terms);
  });

  it('bounds wildcard and fuzzy expansions with a 400 naming the query', () => {
    const tight = knowledgeBaseFromRecords(fixtureRecords(), { limits: { maxExpansions: 3 } });
    expect(() => tight.search({ query: 'ab~2' })).toThrow(/search: query term "ab" matches more than 3 index terms; make it more specific/);
    expect(() => tight.search({ query: 'se*' })).toThrow(/search: query term "se\*" matches more than 3 index terms/);
    expect(tight.search({ query: 'gosip~1' }).total).toBe(1);
  });
});

describe('wildcard and fuzzy expansion within a work budget', () => {
  const longTerm = (shift: number): string => Array.from({ length: 40 }, (_, i) => String.fromCharCode(97 + ((i * 7 + shift) % 26))).join('');
  const fourLong = [0, 1, 2, 3].map((shift) => `${longTerm(shift)}~2`).join(' ');

  it('answers four 40-character ~2 terms under the default budget', () => {
    expect(outcome({ query: fourLong })).toEqual({ total: 0 });
  });

  it('refuses with a 400 naming the query once the expansions would visit more than the budget', () => {
    const { documents, incidents } = fixtureRecords();
    const tight = knowledgeBaseFromRecords({ documents, incidents }, { limits: { maxExpansionWork: 20 } });
    let caught: unknown;
    try {
      tight.search({ query: fourLong });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FaultlineError);
    expect((caught as FaultlineError).status).toBe(400);
    expect((caught as FaultlineError).parameter).toBe('query');
    expect((caught as FaultlineError).message).toBe(
      `search: query term "${longTerm(0)}" is too costly to expand (the wildcard and fuzzy terms of one query may visit at most 20 index terms); use fewer, shorter or less fuzzy terms`,
    );
    expect(tight.search({ query: 'outage' }).total).toBeGreaterThan(0);
  });
});
