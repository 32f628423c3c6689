/**
 * Any printable text searches: the parser accepts every printable string within the length and
 * term limits without throwing, and `/api/search` answers it with 200 (supertest) over the
 * forgiving-query fixture. The strings mix printable ASCII, any printable Unicode grapheme, and
 * fragments of the query syntax (operators in and out of their limits, quotes, fields, flags).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../src/model/search.js';
import { parseQuery } from '../../src/search/query-parser.js';
import { DEFAULT_SEARCH_LIMITS } from '../../src/search/search-limits.js';
import { createApp } from '../../src/server/create-app.js';
import { forgivingKnowledgeBase } from '../fixtures/search/forgiving-reports.js';

const app = createApp({ kb: forgivingKnowledgeBase(), options: { rateLimit: false } });

/** Pieces of the query syntax, well-formed or not. */
const SYNTAX = ['rm', '-rf', '"', '\u201c', 'title:', 'keywords:', ':', '*', '**', '~', '^', '~9', '^1e308', '~1', '^2', 's*', 'ab*c*d*', 'us-east-1', '+', '-', '--', 'outage', 'error:', '503', '(', ')', '\\', '/', '__proto__:', 'constructor', '<b>', '&amp;', '%', '%ff'];

/** Printable strings of at most `maxLength` characters (ASCII, any grapheme, or syntax fragments). */
function printable(maxLength: number): fc.Arbitrary<string> {
  const fragments = fc
    .array(fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ unit: 'grapheme-ascii', maxLength: 4 })), { maxLength: 8 })
    .chain((parts) => fc.constantFrom(parts.join(' '), parts.join('')));
  return fc
    .oneof(fc.string({ unit: 'grapheme-ascii', maxLength }), fc.string({ unit: 'grapheme', maxLength: maxLength / 2 }), fragments)
    .filter((s) => s.length <= maxLength);
}

describe('any printable text searches', () => {
  it('is accepted by the parser without throwing (within the term limit: 60 characters hold at most 30 words)', () => {
    fc.assert(
      fc.property(printable(60), (query) => {
        const parsed = parseQuery(query, DEFAULT_SEARCH_LIMITS);
        expect(parsed.clauses.length).toBeLessThanOrEqual(DEFAULT_SEARCH_LIMITS.maxTerms);
      }),
      { numRuns: 500 },
    );
  });

  it('gets 200 from /api/search (within the 16-term limit: 32 characters hold at most 16 terms)', async () => {
    await fc.assert(
      fc.asyncProperty(printable(32), async (query) => {
        const res = await request(app).get('/api/search').query({ q: query });
        expect(res.status, `q=${JSON.stringify(query)}: ${res.text.slice(0, 200)}`).toBe(200);
        expect(typeof (res.body as SearchResponse).total).toBe('number');
      }),
      { numRuns: 150 },
    );
  });

  it('answers pasted titles, errors and commands with their documents', async () => {
    const ids = async (q: string): Promise<string[]> => {
      const res = await request(app).get('/api/search').query({ q });
      expect(res.status).toBe(200);
      return (res.body as SearchResponse).hits.map((h) => h.id).sort();
    };
    expect(await ids('Storefront error: 503 during the sale')).toEqual(['http-503']);
    expect(await ids('rm -rf /')).toEqual(['gitlab-rm-rf']);
    expect(await ids('"root cause"')).toEqual(['root-cause-phrase']);
    expect(await ids('x~99 *a*b*c* storage^1e308 + -')).toEqual(await ids('x b c storage'));
    expect(await ids('x b c storage')).toEqual(['rm-abbreviation', 's3-typo-summary']);
  });
});

describe('did you mean, in the API and on the search page', () => {
  it('is a field of /api/search, valid against the OpenAPI response schema', async () => {
    const res = await request(app).get('/api/search').query({ q: 'Cloudfare outage' });
    expect(res.status).toBe(200);
    expect((res.body as SearchResponse).suggestion).toEqual({
      query: 'Cloudflare outage',
      terms: [{ word: 'Cloudfare', suggestion: 'Cloudflare', documents: 3 }],
    });
    const none = await request(app).get('/api/search').query({ q: 'cloudflare' });
    expect((none.body as SearchResponse).suggestion).toBeNull();

    const document = (await request(app).get('/api/openapi.json')).body as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(document, 'openapi.json');
    const validate = ajv.getSchema('openapi.json#/components/schemas/SearchResponse')!;
    expect(validate(res.body), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(none.body), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...(res.body as object), suggestion: { query: 1 } })).toBe(false);
  });

  it('renders one "Did you mean" line linking to the suggested search', async () => {
    const res = await request(app).get('/').query({ q: 'Cloudfare outage' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('<p class="did-you-mean">Did you mean <a href="/?q=Cloudflare+outage">Cloudflare outage</a>?</p>');
    const none = await request(app).get('/').query({ q: 'cloudflare outage' });
    expect(none.text).not.toContain('Did you mean');
  });
});
