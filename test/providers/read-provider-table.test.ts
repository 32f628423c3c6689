import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { checkProviderTable, readProviderTable } from '../../src/providers/read-provider-table.js';

const YAML = `# a user's providers
providers:
  - name: Larkspur Cloud
    aliases: [Larkspur, LSC]
    domains: [Status.Larkspur.example]
    parent: Larkspur Group
  - name: Larkspur Group
  - name: Nimbus Retail
    parent: Amazon
`;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'faultline-providers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a user provider table', () => {
  it('reads YAML (a providers: list) and JSON (a bare list)', async () => {
    const yaml = path.join(dir, 'providers.yaml');
    await writeFile(yaml, YAML);
    expect(readProviderTable(yaml)).toEqual([
      { name: 'Larkspur Cloud', aliases: ['Larkspur', 'LSC'], domains: ['status.larkspur.example'], parent: 'Larkspur Group' },
      { name: 'Larkspur Group', aliases: [], domains: [] },
      { name: 'Nimbus Retail', aliases: [], domains: [], parent: 'Amazon' },
    ]);
    const json = path.join(dir, 'providers.json');
    await writeFile(json, JSON.stringify([{ name: 'Bolt Pay', aliases: ['Bolt'], domains: ['boltpay.example'] }]));
    expect(readProviderTable(json)).toEqual([{ name: 'Bolt Pay', aliases: ['Bolt'], domains: ['boltpay.example'] }]);
  });

  it.each([
    ['{}', 'providers.json: expected a list of providers'],
    ['[{"name": ""}]', 'providers.json: entry 1: "name" must be a non-empty string, got ""'],
    ['[{"name": "Acme", "domain": ["acme.example"]}]', 'providers.json: entry 1 (Acme): unknown key "domain" (expected name, aliases, domains, parent)'],
    ['[{"name": "Acme", "domains": ["not a host"]}]', 'providers.json: entry 1 (Acme): "not a host" is not a host name (e.g. status.example.com)'],
    ['[{"name": "Acme", "aliases": "Acme Inc"}]', 'providers.json: entry 1 (Acme): "aliases" must be a list of names, got "Acme Inc"'],
    ['[{"name": "Acme", "aliases": ["AC"]}, {"name": "Acorn", "aliases": ["A.C."]}]', `providers.json: entry 2 (Acorn): the name "A.C." is already Acme's`],
    ['[{"name": "Acme", "parent": "Nowhere Corp"}]', 'providers.json: entry 1 (Acme): parent "Nowhere Corp" is neither in this file nor in the shipped table'],
    ['[{"name": "Acme", "parent": "acme"}]', 'providers.json: entry 1 (Acme): a provider cannot be its own parent'],
  ])('refuses %s naming the file, the entry and the value', (content, message) => {
    expect(() => checkProviderTable(JSON.parse(content), 'providers.json')).toThrow(FaultlineError);
    expect(() => checkProviderTable(JSON.parse(content), 'providers.json')).toThrow(`provider table ${message}`);
  });

  it('names the file of a syntax error or a missing file', async () => {
    const broken = path.join(dir, 'broken.yaml');
    await writeFile(broken, 'providers:\n  - name: [unclosed\n');
    expect(() => readProviderTable(broken)).toThrow(new RegExp(`^provider table ${broken.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid YAML`));
    expect(() => readProviderTable(path.join(dir, 'missing.yaml'))).toThrow(/provider table .*missing\.yaml cannot be read/);
  });
});
