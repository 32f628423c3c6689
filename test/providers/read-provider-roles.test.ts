import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/model/document.js';
import { providerRegistry, shippedProviderRegistry } from '../../src/providers/provider-registry.js';
import { readProviderRoles, type ProviderRoleInput } from '../../src/providers/read-provider-roles.js';

const registry = shippedProviderRegistry();
const fact = (value: string, from: Fact['from'] = 'text'): Fact => ({ value, evidence: null, from });

/** A report with its metadata, text and the analysis's facts (only what the roles read). */
function report(fields: { company?: string; url?: string; title?: string; text: string; providers?: string[]; services?: string[]; customers?: string[] }): ProviderRoleInput {
  return {
    company: fields.company ?? null,
    url: fields.url ?? null,
    title: fields.title ?? null,
    text: fields.text,
    entities: [],
    facts: {
      providers: (fields.providers ?? []).map((p) => fact(p)),
      services: (fields.services ?? []).map((s) => fact(s)),
      customers: (fields.customers ?? []).map((c) => fact(c)),
      incidentDate: null,
      startTime: null,
      duration: null,
      impact: [],
    },
  };
}

describe('readProviderRoles', () => {
  it('a company merely mentioned is not the operator (a travel site whose deploys waited on GitHub)', () => {
    const roles = readProviderRoles(
      report({
        company: 'trivago',
        url: 'https://tech.trivago.com/2021/10/05/postmortem',
        text: 'Our search cluster ran out of disk. Deploys waited because GitHub was slow that morning, and GitHub Actions queued our fix.',
        providers: ['trivago', 'GitHub'],
      }),
      registry,
    );
    expect(roles).toEqual({ operator: 'trivago', mentionedProviders: ['GitHub'], affectedCustomers: [], upstream: ['GitHub'] });
  });

  it('"Amazon" alone is narrowed to the operator the report points to: the URL, the services, the names', () => {
    const simpledb = report({ company: 'Amazon', url: 'https://aws.amazon.com/message/65649/', text: 'SimpleDB storage nodes lost power.', services: ['SimpleDB'] });
    expect(readProviderRoles(simpledb, registry).operator).toBe('Amazon Web Services');
    const s3 = report({ title: 'S3 outage', text: "Amazon's S3 storage service went offline this morning.", providers: ['Amazon'], services: ['S3'] });
    expect(readProviderRoles(s3, registry).operator).toBe('Amazon Web Services');
    const retail = report({
      title: 'Why Amazon Went Down',
      text: 'Amazon.coms U.S. retail site became unavailable. Berman confirmed that neither Amazon Web Services nor international sites were affected. Traffic to https://www.amazon.com was arriving. Use AWS Availability Zones.',
      providers: ['Amazon', 'Amazon Web Services'],
    });
    expect(readProviderRoles(retail, registry)).toMatchObject({ operator: 'Amazon.com', mentionedProviders: ['Amazon Web Services'] });
    const vague = report({ title: 'Amazon outage', text: 'Amazon had problems today.', providers: ['Amazon'] });
    expect(readProviderRoles(vague, registry).operator).toBe('Amazon');
  });

  it('spells the operator canonically and never splits a name at a comma inside parentheses', () => {
    expect(readProviderRoles(report({ company: 'TravisCI', text: 'Builds were delayed.' }), registry).operator).toBe('Travis CI');
    expect(readProviderRoles(report({ company: 'Grid Operator (POSOCO, CERC)', text: 'The northern grid collapsed.' }), registry).operator).toBe('Grid Operator (POSOCO, CERC)');
    expect(readProviderRoles(report({ company: 'FirstEnergy / General Electric', text: 'An alarm system failed at FirstEnergy.' }), registry)).toMatchObject({
      operator: 'FirstEnergy',
      mentionedProviders: [],
    });
  });

  it("without a company: the URL's owner when the text names it, else the analysis's first provider; none when nobody is named", () => {
    expect(readProviderRoles(report({ url: 'https://www.githubstatus.com/incidents/x', text: 'GitHub Actions jobs were delayed.' }), registry).operator).toBe('GitHub');
    expect(readProviderRoles(report({ url: 'https://news.example/story', text: 'Fastly errors took sites down.', providers: ['Fastly'] }), registry).operator).toBe('Fastly');
    expect(readProviderRoles(report({ text: 'A data centre lost power.' }), registry)).toEqual({ operator: null, mentionedProviders: [], affectedCustomers: [], upstream: [] });
  });

  it('falls back to an organisation the title names and the text repeats, never a date or a site code', () => {
    const portal = report({ title: 'Emberly Energy customer portal down for a day', text: 'Customers of Emberly Energy could not log in. An Emberly Energy spokesperson blamed storage.' });
    expect(readProviderRoles(portal, registry).operator).toBe('Emberly Energy');
    const dated = report({ title: 'Incident summary: card payment API errors on 9 September 2025', text: 'On 9 September 2025 card payments failed. In September we fixed it.' });
    expect(readProviderRoles(dated, registry).operator).toBeNull();
    const site = report({ title: 'Cooling event at ADL1 data centre', text: 'ADL1 overheated. ADL1 was shut down.' });
    expect(readProviderRoles(site, registry).operator).toBeNull();
  });

  it("keeps affected customers apart from the operator and the mentioned providers, without the operator's own products", () => {
    const roles = readProviderRoles(
      report({
        company: 'Fastly',
        text: 'Sites such as Reddit and Twitch were offline. Reddit users complained. The outage was Fastly’s.',
        providers: ['Fastly'],
        customers: ['Reddit', 'Twitch', 'Fastly Compute', '42 PDT'],
      }),
      registry,
    );
    expect(roles).toEqual({ operator: 'Fastly', mentionedProviders: [], affectedCustomers: ['Reddit', 'Twitch'], upstream: [] });
  });

  it("reads a user's provider table: their names and parents", () => {
    const user = providerRegistry([{ name: 'Nimbus Cloud', aliases: ['Nimbus'], domains: ['nimbus.example'], parent: 'Nimbus Holdings' }, { name: 'Nimbus Holdings', aliases: [], domains: [] }]);
    const roles = readProviderRoles(report({ company: 'Streamly', text: 'Nimbus storage volumes stalled; Nimbus engineers restored them.' }), user);
    expect(roles).toEqual({ operator: 'Streamly', mentionedProviders: ['Nimbus Cloud'], affectedCustomers: [], upstream: ['Nimbus Cloud'] });
  });
});
