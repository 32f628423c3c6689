import { describe, expect, it } from 'vitest';
import { ProviderRegistry, providerRegistry, shippedProviderRegistry } from '../../src/providers/provider-registry.js';

const registry = shippedProviderRegistry();

describe('the canonical provider table', () => {
  it('resolves every alias, in any case and spacing, to one canonical name', () => {
    expect(['AWS', 'Amazon Web Services', 'amazon web services', 'Amazon WS'].map((n) => registry.canonical(n))).toEqual(Array(4).fill('Amazon Web Services'));
    expect(['TravisCI', 'Travis CI', 'travis-ci'].map((n) => registry.canonical(n))).toEqual(['Travis CI', 'Travis CI', 'Travis CI']);
    expect(['Github', 'GitHub', 'Datadog', 'DataDog', 'Launchdarkly', 'Stack Overflow'].map((n) => registry.canonical(n))).toEqual([
      'GitHub', 'GitHub', 'Datadog', 'Datadog', 'LaunchDarkly', 'Stack Exchange',
    ]);
    expect(registry.canonical('  Yeller ')).toBe('Yeller');
    expect(registry.resolve('Yeller')).toBeNull();
  });

  it('keeps the parent apart from its operators: Amazon, Amazon.com (retail), Amazon Web Services; Google and Google Cloud', () => {
    expect(registry.canonical('Amazon')).toBe('Amazon');
    expect(registry.canonical('Amazon.com')).toBe('Amazon.com');
    expect(registry.ancestors('Amazon Web Services')).toEqual(['Amazon']);
    expect(registry.ancestors('Amazon.com')).toEqual(['Amazon']);
    expect(registry.children('Amazon').map((r) => r.name)).toEqual(['Amazon Web Services', 'Amazon.com']);
    expect([registry.canonical('Google'), registry.canonical('GCP'), registry.root('Google Cloud')]).toEqual(['Google', 'Google Cloud', 'Google']);
  });

  it("finds a URL's owner by the longest matching domain, with path prefixes", () => {
    expect(registry.byUrl('https://aws.amazon.com/message/65649/')?.name).toBe('Amazon Web Services');
    expect(registry.byUrl('https://www.amazon.com/gp/help')?.name).toBe('Amazon.com');
    expect(registry.byUrl('https://status.cloud.google.com/incident/x')?.name).toBe('Google Cloud');
    expect(registry.byUrl('https://medium.com/paypal-tech/post')?.name).toBe('PayPal');
    expect(registry.byUrl('https://medium.com/other/post')).toBeNull();
    expect(registry.byUrl('https://notamazon.com/')).toBeNull();
    expect(registry.byUrl('javascript:alert(1)')).toBeNull();
  });

  it('counts the providers a text names: word-bounded, short capitals as written, common words not at a sentence start, denials not counted', () => {
    const text =
      'Amazon.coms U.S. retail site went down. Neither Amazon Web Services nor international sites were affected. ' +
      'Traffic to https://www.amazon.com was arriving. Teams were paged. We use Microsoft tools and aws-sdk; GitHub was fine, github too.';
    expect(registry.mentions(text)).toEqual([
      { name: 'Amazon.com', count: 2, first: 0 },
      { name: 'Microsoft', count: 1, first: text.indexOf('Microsoft') },
      { name: 'GitHub', count: 1, first: text.indexOf('GitHub') },
    ]);
    expect(registry.mentions('AWS was unaffected. Stripe was not impacted by the Stripe outage.').map((m) => [m.name, m.count])).toEqual([['Stripe', 1]]);
    const nordic = providerRegistry([{ name: 'Ørsted Grid', aliases: [], domains: [] }]);
    expect(nordic.mentions('The Ørsted Grid outage; not Sørsted Grid.')).toEqual([{ name: 'Ørsted Grid', count: 1, first: 4 }]);
  });

  it("puts a user's records first: they win a shared name and add parents", () => {
    const user = providerRegistry([
      { name: 'Larkspur Cloud', aliases: ['Larkspur', 'LSC'], domains: ['larkspur.example'], parent: 'Larkspur Group' },
      { name: 'Larkspur Group', aliases: [], domains: [] },
      { name: 'Amazon Retail', aliases: ['Amazon.com'], domains: [] },
    ]);
    expect(user.canonical('LSC')).toBe('Larkspur Cloud');
    expect(user.ancestors('Larkspur')).toEqual(['Larkspur Group']);
    expect(user.byUrl('https://status.larkspur.example/')?.name).toBe('Larkspur Cloud');
    expect(user.canonical('Amazon.com')).toBe('Amazon Retail');
    expect(providerRegistry([])).toBe(shippedProviderRegistry());
    expect(new ProviderRegistry([{ name: 'A', aliases: [], domains: [], parent: 'B' }, { name: 'B', aliases: [], domains: [], parent: 'A' }]).ancestors('A')).toEqual(['B']);
  });
});
