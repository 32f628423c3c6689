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

  it('treats a time as a phrase of its numbers, and an empty query as match-all', () => {
    const time = parse('at 10:25 PST');
    expect(time.clauses.map((c) => [c.term, c.phrase ?? null])).toEqual([['10', 0], ['25', 0], ['pst', null]]);
    expect(time.phrases).toEqual([{ text: '10:25', keys: ['10', '25'], presence: 'optional', quoted: false }]);
    expect(parse('   ')).toEqual({ clauses: [], phrases: [], plain: true, empty: true });
    expect(parse('the of and')).toEqual({ clauses: [], phrases: [], plain: true, empty: false });
  });

  it('reads a colon that names no field, or stands before nothing, as punctuation (pasted titles and errors)', () => {
    const words = (q: string) => parse(q).clauses.map((c) => [c.term, c.fields ?? null]);
    expect(words('Amazon Outage: Decoding the giant')).toEqual([['amazon', null], ['outag', null], ['decod', null], ['giant', null]]);
    expect(words('error: 503')).toEqual([['error', null], ['503', null]]);
    expect(words('Title: The outage')).toEqual([['titl', null], ['outag', null]]);
    expect(words('foo:bar :b')).toEqual([['foo', null], ['bar', null], ['b', null]]);
    expect(parse('error: 503').plain).toBe(true);
    expect(parse('foo:bar').phrases.map((p) => p.keys)).toEqual([['foo', 'bar']]);
    expect(words('title:dns')).toEqual([['dns', ['title']]]);
    expect(words('keywords:BGP description:typo')).toEqual([['bgp', ['summary']], ['typo', ['summary']]]);
  });

  it('reads "quoted phrases" (straight or curly quotes) as required phrases keeping their stop words, with an optional sign and field', () => {
    const q = parse('"root cause of the outage" dns');
    expect(q.plain).toBe(true);
    expect(q.phrases).toEqual([{ text: 'root cause of the outage', keys: ['root', 'caus', 'of', 'the', 'outag'], presence: 'required', quoted: true }]);
    expect(q.clauses.map((c) => [c.term, c.presence, c.phrase ?? null])).toEqual([
      ['root', 'required', 0],
      ['caus', 'required', 0],
      ['outag', 'required', 0],
      ['dns', 'optional', null],
    ]);
    const curly = parse('\u201cS3 outage\u201d');
    expect(curly.phrases.map((p) => p.keys)).toEqual([['s3', 'outag']]);
    const signed = parse('-title:"status page" +"load balancer"');
    expect(signed.plain).toBe(false);
    expect(signed.phrases.map(({ keys, presence, fields }) => ({ keys, presence, fields }))).toEqual([
      { keys: ['statu', 'page'], presence: 'prohibited', fields: ['title'] },
      { keys: ['load', 'balanc'], presence: 'required', fields: undefined },
    ]);
    // A single quoted word is a word; an unmatched quote is a space.
    expect(parse('"outage"').phrases).toEqual([]);
    expect(parse('report "hello world').clauses.map((c) => [c.term, c.presence])).toEqual([['report', 'optional'], ['hello', 'optional'], ['world', 'optional']]);
  });

  it('reads words joined by punctuation in one token as a phrase (us-east-1, incident.io, a URL), other punctuation as a separator', () => {
    const phrases = (q: string) => parse(q).phrases.map((p) => [p.text, p.keys.join(' '), p.quoted]);
    expect(phrases('us-east-1 outage')).toEqual([['us-east-1', 'us east 1', false]]);
    expect(phrases('incident.io')).toEqual([['incident.io', 'incid io', false]]);
    expect(phrases('https://status.aws.amazon.com/')).toEqual([['https://status.aws.amazon.com/', 'http statu aws amazon com', false]]);
    expect(phrases('<script>alert(1)</script>')).toEqual([]);
    expect(phrases('Amazon,Google')).toEqual([]);
    expect(parse('us-east-1').plain).toBe(true);
  });

  it('reads a leading "-" as NOT only before a word at a token start, marking the typed word as a possible flag', () => {
    const read = (q: string) => parse(q).clauses.map((c) => [c.term, c.presence, c.hyphen ?? null]);
    expect(read('rm -rf /')).toEqual([['rm', 'optional', null], ['rf', 'prohibited', 'rf']]);
    expect(read('outage -DNS')).toEqual([['outag', 'optional', null], ['dns', 'prohibited', 'DNS']]);
    expect(read('a - b --force')).toEqual([['b', 'optional', null], ['forc', 'optional', null]]);
    expect(read('-provider:amazon')).toEqual([['amazon', 'prohibited', null]]);
    // A `-word` may be a flag (the engine decides), so it leaves the query plain; `-field:` does not.
    expect(parse('rm -rf').plain).toBe(true);
    expect(parse('-provider:amazon').plain).toBe(false);
    expect(parse('-us-east-1').phrases.map((p) => p.presence)).toEqual(['prohibited']);
    expect(parse('-us-east-1').plain).toBe(false);
  });

  it('records where each typed word sits in the query', () => {
    const q = parse('Cloudfare "netwrok partiton" +s3');
    expect(q.clauses.map((c) => [c.word, c.span])).toEqual([
      ['cloudfare', { start: 0, end: 9 }],
      ['netwrok', { start: 11, end: 18 }],
      ['partiton', { start: 19, end: 27 }],
      ['s3', { start: 30, end: 32 }],
    ]);
  });

  it.each([
    ['outage +', ['outag'], true],
    ['title:text:deep', ['text', 'deep'], false],
    ['s3~', ['s3'], true],
    ['s3~x', ['s3', 'x'], true],
    ['storage~3', ['storag'], true],
    ['gslb^', ['gslb'], true],
    ['gslb^1000', ['gslb'], true],
    ['~1', ['1'], true],
    ['x *a*b*c*', ['x', 'b', 'c'], true], // "a" is a stop word
    ['s*', ['s'], true],
    ['ab*c*d*', ['ab', 'c', 'd'], true],
    ['rm -rf /tmp/*', ['rm', 'rf', 'tmp'], true],
    ['*.example.com', ['exampl', 'com'], true],
    ['cd ~/.ssh', ['cd', 'ssh'], true],
  ])('reads %j, whose operators are malformed or out of range, as the words %j', (query, terms, plain) => {
    const q = parse(query);
    expect(q.clauses.map((c) => c.term)).toEqual(terms);
    expect(q.plain).toBe(plain);
  });

  it('keeps the first of two modifiers of a kind, and a fuzzy wildcard as a wildcard', () => {
    expect(parse('gslb~1~2').clauses.map((c) => [c.term, c.editDistance])).toEqual([['gslb', 1]]);
    expect(parse('regul*~1').clauses.map((c) => [c.term, c.editDistance])).toEqual([['regul*', 0]]);
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
