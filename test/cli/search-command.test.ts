import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatSearchResults, hitDate, registerSearchCommand, searchRequestFromOptions } from '../../src/cli/search-command.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import type { SearchHit, SearchResponse } from '../../src/model/search.js';
import { writeFixtureDataFolder } from '../fixtures/kb/fixture-kb.js';

let data: string;
beforeAll(async () => {
  data = await mkdtemp(path.join(tmpdir(), 'faultline-search-cli-'));
  await writeFixtureDataFolder(data);
});
afterAll(async () => {
  await rm(data, { recursive: true, force: true });
});

/** Runs `faultline search ...args` and returns what it printed. */
async function run(...args: string[]): Promise<string> {
  const program = new Command('faultline').exitOverride();
  registerSearchCommand(program);
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['node', 'faultline', 'search', ...args, '--data', data]);
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('faultline search', () => {
  it('prints a readable list with the matched words in brackets when not on a terminal', async () => {
    const out = await run('gslb', '--limit', '1');
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^2 results for "gslb" \(page 1 of 2, [\d.]+ ms\)$/);
    expect(lines[2]).toBe('  1   9.01  2008-06-06 Why Amazon Went Down, and Why It Matters');
    // The June 6 seed's operator is Amazon.com's retail site; the meta line wraps at 100 columns.
    expect(lines[3]).toBe('                  Amazon.com | layers: gslb, load-balancer, cdn (speculated) | causes:');
    expect(lines[4]).toBe('                  misconfiguration (speculated)');
    expect(out).toContain('Global server load balancing ([GSLB]) is the first line of defense');
    expect(out).toContain('incident 2008-06-06-amazon  document seed-amazon-2008-06-06');
  });

  it('narrows with --layer and prints JSON with --json', async () => {
    const response = JSON.parse(await run('outage', '--layer', 'cdn', '--json', '--limit', '100')) as SearchResponse;
    expect(response.hits.map((h) => h.id).sort()).toEqual(['cloudflare-2019-07-02-blog', 'cloudflare-2019-07-02-news', 'fastly-2021-06-08']);
    expect(response.facets.layer).toEqual({ cdn: 3 });
  });

  it('reads impacted layers with --layer-role impacted or any, and prints them apart', async () => {
    const ids = async (...args: string[]) => (JSON.parse(await run('', '--layer', 'database', '--json', '--limit', '100', ...args)) as SearchResponse).hits.map((h) => h.id).sort();
    // GitHub's database is impacted (the network broke); the e-commerce speculation names it as a possible origin.
    expect(await ids()).toEqual(['seed-amazon-ecommerce-disruption']);
    expect(await ids('--layer-role', 'origin')).toEqual(['seed-amazon-ecommerce-disruption']);
    expect(await ids('--layer-role', 'impacted')).toEqual(['github-2018-10-21']);
    expect(await ids('--layer-role', 'any')).toEqual(['github-2018-10-21', 'seed-amazon-ecommerce-disruption']);
    const impacted = JSON.parse(await run('', '--layer-role', 'impacted', '--json')) as SearchResponse;
    expect(Object.entries(impacted.facets.layer)).toEqual([['compute', 2], ['storage', 2], ['database', 1], ['dns', 1], ['network', 1]]);
    const out = await run('partition', '--limit', '1');
    expect(out.split('\n').slice(3, 5)).toEqual([
      '                  GitHub | layers: network (confirmed) | causes: hardware (confirmed) | also',
      '                  affected: database (confirmed)',
    ]);
  });

  it('passes filters, sorting and paging through', async () => {
    const response = JSON.parse(
      await run('', '--provider', 'aws', '--provider', 'cloudflare', '--cause', 'software-bug', '--from', '2008', '--to', '2020', '--sort', 'date', '--json'),
    ) as SearchResponse;
    expect(response.hits.map((h) => h.id)).toEqual(['cloudflare-2019-07-02-blog', 'cloudflare-2019-07-02-news', 'aws-s3-2008-07-20-status', 'seed-s3-2008-07-20']);
  });

  it('prints "did you mean" under the count when the search suggests a query, and no such line otherwise', async () => {
    const out = await run('cloudfare');
    expect(out).toMatch(/^0 results for "cloudfare" \(page 1 of 1, [\d.]+ ms\)\nDid you mean "cloudflare"\?\n$/);
    const plain = (await run('cloudflare', '--limit', '1')).split('\n');
    expect(plain[0]).toMatch(/^2 results for "cloudflare" \(page 1 of 2, [\d.]+ ms\)$/);
    expect(plain[1]).toBe('');
    expect(plain.some((line) => line.startsWith('Did you mean'))).toBe(false);
  });

  it('lists the report undated when neither an incident date nor a publication date is known', async () => {
    const out = await run('failover', '--limit', '1');
    expect(out.split('\n')[2]).toBe('  1  11.85  undated    Designing failover between data centres');
  });

  it('reports a query over the term limit with its position', async () => {
    await expect(run(Array.from({ length: 40 }, (_, i) => `w${i}`).join('-'))).rejects.toThrow('search: query has more than 32 terms (at position 1); remove some words');
  });
});

describe('searchRequestFromOptions', () => {
  it('validates options by their declarations, naming the option and the value', () => {
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ from: '20x' }, '--from', 'search: --from: must be a whole number from 1900 to 2200, got "20x"'],
      [{ from: '1500' }, '--from', 'search: --from: must be a whole number from 1900 to 2200, got "1500"'],
      [{ limit: '500' }, '--limit', 'search: --limit: must be a whole number from 1 to 100, got "500"'],
      [{ page: '1001' }, '--page', 'search: --page: must be a whole number from 1 to 1000, got "1001"'],
      [{ page: '101', limit: '100' }, '--page', 'search: --page: 101 with --limit 100 reaches past the first 10000 results; refine the query instead'],
      [{ sort: 'score' }, '--sort', 'search: --sort: must be one of relevance, date, got "score"'],
      [{ layerRole: 'root' }, '--layer-role', 'search: --layer-role: must be one of origin, impacted, any, got "root"'],
      [{ certainty: ['sure'] }, '--certainty', 'search: --certainty: must be one of confirmed, reported, speculated, got "sure"'],
      [{ provider: ['p'.repeat(101)] }, '--provider', 'search: --provider: must be at most 100 characters, got 101'],
      [{ from: '2020', to: '2010' }, '--from', 'search: --from: must not be after --to (2020 > 2010)'],
    ];
    for (const [opts, parameter, message] of refusals) {
      const call = () => searchRequestFromOptions('x', { data: 'd', ...opts });
      expect(call).toThrow(FaultlineError);
      expect(call).toThrow(message);
      expect(call).toThrow(expect.objectContaining({ parameter, status: 400 }));
    }
    expect(() => searchRequestFromOptions('q'.repeat(513), { data: 'd' })).toThrow('search: QUERY: must be at most 512 characters, got 513');
  });

  it('reads lists as repeated options: labels may be comma-separated, provider names never', () => {
    expect(searchRequestFromOptions('x', { data: 'd', layer: ['dns'], layerRole: 'any' })).toEqual({ query: 'x', layers: ['dns'], layerRole: 'any', page: 1, pageSize: 10 });
    expect(searchRequestFromOptions(' q ', { data: 'd', layer: ['CDN,dns', 'cdn'], provider: ['Acme, Inc.'], page: '2', limit: '5' })).toEqual({
      query: 'q',
      layers: ['cdn', 'dns'],
      providers: ['Acme, Inc.'],
      page: 2,
      pageSize: 5,
    });
  });

  it('registers one option per declared search parameter (the query is the argument)', () => {
    const program = new Command('faultline');
    registerSearchCommand(program);
    const command = program.commands.find((c) => c.name() === 'search')!;
    expect(command.options.map((o) => o.long)).toEqual(['--data', '--store', '--layer', '--layer-role', '--cause', '--certainty', '--provider', '--trigger', '--detection', '--mitigation', '--from', '--to', '--undated', '--sort', '--page', '--limit', '--json']);
    expect(command.options.find((o) => o.long === '--limit')!.description).toBe('Hits per page. (1 to 100) Default: 10.');
  });
});

/** A hit modelled on the Cloudflare July 17 2020 report: the outage on the 17th, the post published on the 18th. */
const cloudflareJuly17: SearchHit = {
  id: 'cloudflare-2020-07-17-blog',
  incident: '2020-07-17-cloudflare',
  title: 'Cloudflare outage on July 17, 2020',
  published: '2020-07-18T02:00:00Z',
  incidentDate: '2020-07-17',
  url: 'https://blog.cloudflare.com/cloudflare-outage-on-july-17-2020/',
  providers: ['Cloudflare'],
  description: null,
  keywords: [],
  layers: [],
  impactedLayers: [],
  causes: [],
  score: 3.5,
  snippet: { text: '', highlights: [] },
};

/** A hit whose text dates nothing: only the publication date is known. */
const publishedOnly: SearchHit = { ...cloudflareJuly17, id: 'status-roundup', incident: 'status-roundup-1a2b3c', title: 'Status roundup', incidentDate: null, published: '2020-07-18', score: 2 };

/** A hit with no date at all. */
const undated: SearchHit = { ...publishedOnly, id: 'forum-thread', incident: 'forum-thread-4d5e6f', title: 'Forum thread', published: null, score: 1 };

/** The response listing the three hits, with a suggestion. */
const datedResponse: SearchResponse = {
  query: 'cloudfare outage',
  total: 3,
  page: 1,
  pageSize: 10,
  hits: [cloudflareJuly17, publishedOnly, undated],
  facets: { layer: {}, cause: {}, certainty: {}, provider: {}, year: {}, trigger: {}, detection: {}, mitigation: {} },
  took: 1.5,
  suggestion: { query: 'cloudflare outage', terms: [{ word: 'cloudfare', suggestion: 'cloudflare', documents: 3 }] },
};

describe('formatSearchResults', () => {
  it('lists each hit under its incident date, "published DATE" when only that is known, and prints the suggestion', () => {
    expect(formatSearchResults(datedResponse, 'brackets').split('\n')).toEqual([
      '3 results for "cloudfare outage" (page 1 of 1, 1.5 ms)',
      'Did you mean "cloudflare outage"?',
      '',
      '  1   3.50  2020-07-17 Cloudflare outage on July 17, 2020',
      '                  Cloudflare',
      '                  incident 2020-07-17-cloudflare  document cloudflare-2020-07-17-blog',
      '',
      '  2   2.00  published 2020-07-18 Status roundup',
      '                  Cloudflare',
      '                  incident status-roundup-1a2b3c  document status-roundup',
      '',
      '  3   1.00  undated    Forum thread',
      '                  Cloudflare',
      '                  incident forum-thread-4d5e6f  document forum-thread',
      '',
    ]);
  });
});

describe('hitDate', () => {
  it('prefers the incident date, then the publication date labelled as such', () => {
    expect(hitDate(cloudflareJuly17)).toBe('2020-07-17');
    expect(hitDate(publishedOnly)).toBe('published 2020-07-18');
    expect(hitDate({ incidentDate: null, published: '2020-07-18T02:00:00Z' })).toBe('published 2020-07-18');
    expect(hitDate(undated)).toBe('undated');
  });
});
