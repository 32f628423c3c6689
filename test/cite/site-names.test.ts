import { describe, expect, it } from 'vitest';
import { siteEntryForHost, siteName, siteNameOf, urlHost } from '../../src/cite/site-name.js';
import { SITE_NAMES } from '../../src/cite/site-names.js';

describe('the site-name table', () => {
  it('has unique ids and domains, lower-case and without www.', () => {
    const ids = SITE_NAMES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    const domains = SITE_NAMES.flatMap((entry) => entry.domains);
    expect(new Set(domains).size).toBe(domains.length);
    for (const domain of domains) expect(domain, domain).toMatch(/^(?!www\d*\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    for (const entry of SITE_NAMES) if (entry.key !== undefined) expect(entry.key, entry.id).toMatch(/^[a-z0-9]+$/);
  });

  it('resolves every example URL to its own entry', () => {
    for (const entry of SITE_NAMES) {
      expect(entry.examples.length, entry.id).toBeGreaterThan(0);
      for (const example of entry.examples) expect(siteEntryForHost(urlHost(example))?.id, example).toBe(entry.id);
    }
  });

  it('matches parent domains, the most specific listed domain winning', () => {
    expect(siteEntryForHost('www3.epa.gov')?.name).toBe('U.S. Environmental Protection Agency');
    expect(siteEntryForHost('blog.cloudflare.com')?.name).toBe('Cloudflare Blog');
    expect(siteEntryForHost('www.cloudflarestatus.com')?.name).toBe('Cloudflare');
    expect(siteEntryForHost('status.cloud.google.com')?.name).toBe('Google Cloud');
    expect(siteEntryForHost('docs.google.com')?.name).toBe('Google Docs');
    expect(siteEntryForHost('www.google.com')?.name).toBe('Google');
    expect(siteEntryForHost('status.aws.amazon.com')?.name).toBe('Amazon Web Services');
    expect(siteEntryForHost('www.amazon.com')?.name).toBe('Amazon');
    expect(siteEntryForHost('notepa.gov')).toBeNull();
    expect(siteEntryForHost('gov')).toBeNull();
    expect(siteEntryForHost(null)).toBeNull();
  });
});

describe('siteNameOf', () => {
  it('takes a name the corpus author wrote in the front matter first', () => {
    expect(siteNameOf({ meta: { site_name: ' The Register ' }, url: 'https://www.theregister.com/x' })).toEqual({ name: 'The Register', source: 'metadata', key: 'register' });
    expect(siteNameOf({ meta: { publisher: 'Ops Weekly' }, url: 'https://blog.cloudflare.com/x' })).toEqual({ name: 'Ops Weekly', source: 'metadata', key: 'ops' });
  });

  it('prefers the table to the page\'s og:site_name, and og:site_name to the host', () => {
    expect(siteNameOf({ meta: { siteName: 'The Cloudflare Blog' }, url: 'https://blog.cloudflare.com/x/' })).toEqual({ name: 'Cloudflare Blog', source: 'table', key: 'cloudflare' });
    expect(siteNameOf({ meta: { siteName: 'Northwind Status' }, url: 'https://status.northwind.example/x' })).toEqual({ name: 'Northwind Status', source: 'page', key: 'northwind' });
    expect(siteNameOf({ meta: {}, url: 'https://www.theregister.co.uk/2017/03/01/x/' })).toEqual({ name: 'The Register', source: 'table', key: 'theregister' });
  });

  it('never gives a bare host when the table knows the name, even when the metadata is a host', () => {
    expect(siteNameOf({ meta: {}, url: 'https://www3.epa.gov/region1/x.pdf' })).toEqual({ name: 'U.S. Environmental Protection Agency', source: 'table', key: 'epa' });
    expect(siteNameOf({ meta: { site_name: 'aws.amazon.com' }, url: 'https://aws.amazon.com/message/1/' })?.name).toBe('Amazon Web Services');
    expect(siteNameOf({ meta: { siteName: 'www3.epa.gov' }, url: null })).toEqual({ name: 'U.S. Environmental Protection Agency', source: 'table', key: 'epa' });
  });

  it('falls back to the host without www. and flags it as such', () => {
    expect(siteNameOf({ meta: {}, url: 'https://WWW.Example.COM/a' })).toEqual({ name: 'example.com', source: 'host', key: 'example' });
    expect(siteNameOf({ meta: {}, url: 'https://status.acme-widgets.co.uk/a' })).toEqual({ name: 'status.acme-widgets.co.uk', source: 'host', key: 'acmewidgets' });
    expect(siteNameOf({ meta: { siteName: 'https://www.example.org/' }, url: null })).toEqual({ name: 'example.org', source: 'host', key: 'example' });
  });

  it('reads the host of a repaired URL and nothing from a URL that is not http(s)', () => {
    expect(siteName({ meta: {}, url: 'https://www3.epa.gov/a](https://www3.epa.gov/a' })).toBe('U.S. Environmental Protection Agency');
    expect(siteName({ meta: {}, url: 'javascript:alert(1)' })).toBeNull();
    expect(siteName({ meta: { og: 1 }, url: null })).toBeNull();
    expect(urlHost('not a url')).toBeNull();
  });
});
