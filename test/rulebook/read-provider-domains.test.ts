import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../../src/analyze/analyze-text.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { parseProviderDomains, readProviderDomains, rulebookWithProviders } from '../../src/rulebook/read-provider-domains.js';
import { defaultRulebook } from '../../src/rulebook/rulebook.js';
import { readReport } from '../../src/tag/tag-document.js';

describe('provider domains files', () => {
  it('reads records, lower-casing domains and defaulting aliases', () => {
    expect(parseProviderDomains('[{"provider":" Larkspur ","domains":["Status.Larkspur.example"]}]', 'p.json')).toEqual([
      { provider: 'Larkspur', aliases: [], domains: ['status.larkspur.example'] },
    ]);
  });

  it.each([
    ['{}', /provider domains file p\.json: expected a JSON array/u],
    ['[1]', /record 0 must be an object/u],
    ['[{"domains":["a.example"]}]', /record 0: "provider" must be a non-empty string/u],
    ['[{"provider":"A","domains":[]}]', /record 0 \(A\): "domains" must be a non-empty array/u],
    ['[{"provider":"A","domains":["not a host"]}]', /record 0 \(A\): "not a host" is not a host name/u],
    ['[{"provider":"A","aliases":[3],"domains":["a.example"]}]', /record 0 \(A\): "aliases" must be an array of names/u],
    ['[oops', /p\.json: invalid JSON/u],
  ])('refuses %s naming the file, the record and the field', (content, message) => {
    expect(() => parseProviderDomains(content, 'p.json')).toThrow(FaultlineError);
    expect(() => parseProviderDomains(content, 'p.json')).toThrow(message);
  });

  it('names an unreadable file', async () => {
    await expect(readProviderDomains('/nonexistent/providers.json')).rejects.toThrow(/provider domains file \/nonexistent\/providers\.json cannot be read/u);
  });

  it("makes a report on the user's provider domain the provider's own", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-providers-'));
    const file = join(dir, 'providers.json');
    writeFileSync(file, JSON.stringify([{ provider: 'Larkspur', aliases: ['Larkspur Identity'], domains: ['larkspur.example'] }]));
    const extra = await readProviderDomains(file);
    const text = 'Larkspur sign-in was unavailable for an hour.\n\nA configuration change removed the DNS records of the sign-in service.';
    const { sentences, pos } = analyzeComment(text);
    const input = { text, sentences, pos, url: 'https://blog.larkspur.example/incident' };
    expect(readReport(input, { rulebook: defaultRulebook() }).voice.document.official).toBe(false);
    const reading = readReport(input, { rulebook: rulebookWithProviders(extra) });
    expect(reading.voice.document).toMatchObject({ official: true, officialRule: 'voice.operator-domain' });
    expect(reading.tags.causes[0]?.certainty).toBe('confirmed');
    expect(rulebookWithProviders(extra)).toBe(rulebookWithProviders(extra));
  });
});
