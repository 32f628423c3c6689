import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatSearchResults, markSnippet, registerSearchCommand, searchRequestFromOptions } from '../../src/cli/search-command.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import type { SearchResponse } from '../../src/model/search.js';
import { fixtureKnowledgeBase, writeFixtureDataFolder } from '../fixtures/kb/fixture-kb.js';

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
    expect(lines[3]).toBe('                  Amazon | layers: gslb, load-balancer, cdn (speculated) | causes: misconfiguration');
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
      await run('', '--provider', 'aws,cloudflare', '--cause', 'software-bug', '--from', '2008', '--to', '2020', '--sort', 'date', '--json'),
    ) as SearchResponse;
    expect(response.hits.map((h) => h.id)).toEqual(['cloudflare-2019-07-02-blog', 'cloudflare-2019-07-02-news', 'aws-s3-2008-07-20-status', 'seed-s3-2008-07-20']);
  });

  it('reports a query syntax error with its position', async () => {
    await expect(run('title:text:x')).rejects.toThrow('search: query syntax error at position 11: unexpected ":" (a term takes one field)');
  });
});

describe('searchRequestFromOptions', () => {
  it('validates options, naming the option and the value', () => {
    expect(() => searchRequestFromOptions('x', { data: 'd', from: '20x' })).toThrow('--from: expected a whole number from 1900 to 2200, got "20x"');
    expect(() => searchRequestFromOptions('x', { data: 'd', limit: '500' })).toThrow('--limit: expected a whole number from 1 to 100, got "500"');
    expect(() => searchRequestFromOptions('x', { data: 'd', sort: 'score' })).toThrow('--sort: expected relevance or date, got "score"');
    expect(() => searchRequestFromOptions('x', { data: 'd', layerRole: 'root' })).toThrow('--layer-role: expected origin, impacted or any, got "root"');
    expect(() => searchRequestFromOptions('x', { data: 'd', layerRole: 'root' })).toThrow(expect.objectContaining({ parameter: '--layer-role' }));
    expect(searchRequestFromOptions('x', { data: 'd', layer: ['dns'], layerRole: 'any' })).toEqual({ query: 'x', layers: ['dns'], layerRole: 'any' });
    expect(() => searchRequestFromOptions('x', { data: 'd', certainty: ['sure'] })).toThrow(FaultlineError);
    expect(() => searchRequestFromOptions('x', { data: 'd', from: '2020', to: '2010' })).toThrow('--from: 2020 is after --to 2010');
    expect(searchRequestFromOptions('q', { data: 'd', layer: ['cdn', 'dns'], page: '2', limit: '5' })).toEqual({
      query: 'q',
      layers: ['cdn', 'dns'],
      page: 2,
      pageSize: 5,
    });
  });
});

describe('text output', () => {
  it('marks highlights with ANSI bold or brackets', () => {
    const snippet = { text: 'the load balancer failed', highlights: [{ start: 4, end: 8 }, { start: 9, end: 17 }] };
    expect(markSnippet(snippet, 'brackets')).toBe('the [load] [balancer] failed');
    expect(markSnippet(snippet, 'ansi')).toBe('the \u001b[1mload\u001b[22m \u001b[1mbalancer\u001b[22m failed');
  });

  it('says when nothing matched', () => {
    const kb = fixtureKnowledgeBase();
    expect(formatSearchResults(kb.search({ query: 'zzzz' }), kb, 'brackets')).toMatch(/^0 results for "zzzz" \(page 1 of 1, [\d.]+ ms\)\n$/);
  });
});
