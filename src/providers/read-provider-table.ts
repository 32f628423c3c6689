/**
 * Reads a user's provider table: a `providers.yaml` / `providers.yml` / `providers.json` file in
 * the corpus folder, or the file given by the `providers` pipeline option. Its records extend the
 * shipped table (`provider-table.ts`) and win over it on a shared name or alias:
 *
 *     providers:
 *       - name: Larkspur Cloud          # canonical name (required)
 *         aliases: [Larkspur, LSC]      # other spellings
 *         domains: [larkspur.example]   # its web domains: reports there are its own
 *         parent: Larkspur Group        # another record, in this file or the shipped table
 *
 * (a bare list of records is accepted too). A bad file is a caller mistake: a FaultlineError names
 * the file, the entry (its position and name) and the value.
 */
import { readFileSync } from 'node:fs';
import { FaultlineError } from '../model/diagnostic.js';
import { parseDataFile } from './parse-data-file.js';
import { providerNameKey } from './provider-registry.js';
import { PROVIDER_TABLE, type ProviderRecord } from './provider-table.js';

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?:\/[\w./-]*)?$/u;
const KEYS = new Set(['name', 'aliases', 'domains', 'parent']);

function bad(file: string, what: string): never {
  throw new FaultlineError(`provider table ${file}: ${what}`, { parameter: 'providers' });
}

/** A list of non-empty strings, or the error naming the entry and the value. */
function names(file: string, where: string, key: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) bad(file, `${where}: "${key}" must be a list of names, got ${JSON.stringify(value)}`);
  return value.map((item: unknown) => {
    if (typeof item !== 'string' || item.trim() === '') bad(file, `${where}: "${key}" must hold non-empty names, got ${JSON.stringify(item)}`);
    return item.trim();
  });
}

/** Checks the records of a provider table (`file` names it in errors). */
export function checkProviderTable(value: unknown, file: string): ProviderRecord[] {
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null && 'providers' in value ? value.providers : undefined;
  if (!Array.isArray(list)) bad(file, 'expected a list of providers (or `providers:` and the list), each {name, aliases, domains, parent}');
  const records: ProviderRecord[] = [];
  const seen = new Map<string, string>();
  list.forEach((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) bad(file, `entry ${i + 1} must be a record {name, aliases, domains, parent}, got ${JSON.stringify(item)}`);
    const entry = item as Record<string, unknown>;
    if (typeof entry.name !== 'string' || entry.name.trim() === '') bad(file, `entry ${i + 1}: "name" must be a non-empty string, got ${JSON.stringify(entry.name)}`);
    const name = entry.name.trim();
    const where = `entry ${i + 1} (${name})`;
    for (const key of Object.keys(entry)) if (!KEYS.has(key)) bad(file, `${where}: unknown key "${key}" (expected name, aliases, domains, parent)`);
    const aliases = names(file, where, 'aliases', entry.aliases);
    const domains = names(file, where, 'domains', entry.domains).map((d) => d.toLowerCase());
    for (const domain of domains) if (!HOST.test(domain)) bad(file, `${where}: ${JSON.stringify(domain)} is not a host name (e.g. status.example.com)`);
    for (const alias of [name, ...aliases]) {
      const key = providerNameKey(alias);
      if (key === '') bad(file, `${where}: ${JSON.stringify(alias)} has no letter or digit`);
      const owner = seen.get(key);
      if (owner !== undefined && owner !== name) bad(file, `${where}: the name ${JSON.stringify(alias)} is already ${owner}'s`);
      seen.set(key, name);
    }
    const record: ProviderRecord = { name, aliases, domains };
    if (entry.parent !== undefined && entry.parent !== null) {
      if (typeof entry.parent !== 'string' || entry.parent.trim() === '') bad(file, `${where}: "parent" must be a provider's name, got ${JSON.stringify(entry.parent)}`);
      record.parent = entry.parent.trim();
    }
    records.push(record);
  });
  const known = new Set([...records, ...PROVIDER_TABLE].flatMap((r) => [r.name, ...r.aliases].map(providerNameKey)));
  records.forEach((record, i) => {
    if (record.parent === undefined) return;
    if (!known.has(providerNameKey(record.parent))) bad(file, `entry ${i + 1} (${record.name}): parent ${JSON.stringify(record.parent)} is neither in this file nor in the shipped table`);
    if (providerNameKey(record.parent) === providerNameKey(record.name)) bad(file, `entry ${i + 1} (${record.name}): a provider cannot be its own parent`);
  });
  return records;
}

/** Reads and checks a provider table file. */
export function readProviderTable(file: string): ProviderRecord[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new FaultlineError(`provider table ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`, { parameter: 'providers', cause: error });
  }
  return checkProviderTable(parseDataFile(content, file, 'provider table', 'providers'), file);
}
