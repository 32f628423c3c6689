import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../../src/analyze/analyze-text.js';
import { readReport } from '../../src/tag/tag-document.js';
import { PROVIDER_DOMAINS, providerDomainsOf, userProviderDomains } from '../../src/rulebook/provider-domains.js';
import { rulebookWithProviders } from '../../src/rulebook/read-provider-domains.js';
import { defaultRulebook } from '../../src/rulebook/rulebook.js';
import { PROVIDER_TABLE } from '../../src/providers/provider-table.js';

describe("the tagger's provider -> domains table", () => {
  it('is derived from the canonical provider table, in its order, with the parent name and domains of a branded operator', () => {
    expect(PROVIDER_DOMAINS).toEqual(providerDomainsOf(PROVIDER_TABLE));
    expect(PROVIDER_DOMAINS.find((r) => r.provider === 'Amazon Web Services')).toEqual({
      provider: 'Amazon Web Services',
      aliases: ['Amazon Web Services', 'AWS', 'Amazon WS', 'Amazon Web Service', 'Amazon'],
      domains: ['aws.amazon.com', 'amazonaws.com', 'aws.dev', 'status.aws.amazon.com', 'aboutamazon.com'],
    });
    // GitHub's parent is Microsoft, but its reports do not go by Microsoft's name.
    expect(PROVIDER_DOMAINS.find((r) => r.provider === 'GitHub')?.aliases).toEqual(['GitHub']);
    expect(PROVIDER_DOMAINS.find((r) => r.provider === 'Travis CI')?.aliases).toEqual(['Travis CI', 'TravisCI']);
    // Organisations without domains resolve names only.
    expect(PROVIDER_DOMAINS.some((r) => r.provider === 'FirstEnergy')).toBe(false);
    expect(PROVIDER_DOMAINS.map((r) => r.provider).slice(0, 3)).toEqual(['Amazon Web Services', 'Google Cloud', 'Microsoft Azure']);
  });

  it("makes a report on a domain of a user's provider table the provider's own", () => {
    const extra = userProviderDomains([{ name: 'Larkspur Identity', aliases: [], domains: ['larkspur.example'], parent: 'Larkspur' }, { name: 'Larkspur', aliases: [], domains: [] }]);
    expect(extra).toEqual([{ provider: 'Larkspur Identity', aliases: ['Larkspur Identity', 'Larkspur'], domains: ['larkspur.example'] }]);
    const text = 'Larkspur sign-in was unavailable for an hour.\n\nA configuration change removed the DNS records of the sign-in service.';
    const { sentences, pos } = analyzeComment(text);
    const input = { text, sentences, pos, url: 'https://blog.larkspur.example/incident' };
    expect(readReport(input, { rulebook: defaultRulebook() }).voice.document.official).toBe(false);
    expect(readReport(input, { rulebook: rulebookWithProviders(extra) }).voice.document).toMatchObject({ official: true, officialRule: 'voice.operator-domain' });
  });
});
