/**
 * Reads a user's provider → domains file (`faultline ingest --provider-domains FILE`): a JSON array
 * of `{provider, aliases?, domains}` records that extend the shipped table, so that a company's own
 * blog or status page on a domain Faultline does not know is read as its official report. A bad
 * file is a caller mistake: a FaultlineError names the file, the record and the field.
 */
import { readFile } from 'node:fs/promises';
import { FaultlineError } from '../model/diagnostic.js';
import type { ProviderDomains } from './rule.js';
import { RULEBOOK_DATA, compileRulebook, type Rulebook } from './rulebook.js';

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?:\/[\w./-]*)?$/u;

/** Throws the error of one bad record. */
function bad(file: string, what: string): never {
  throw new FaultlineError(`provider domains file ${file}: ${what}`, { parameter: 'provider-domains' });
}

/** Parses the records of a provider-domains file (`file` names it in errors). */
export function parseProviderDomains(content: string, file: string): ProviderDomains[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    bad(file, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(value)) bad(file, 'expected a JSON array of {provider, aliases, domains} records');
  return value.map((item: unknown, i): ProviderDomains => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) bad(file, `record ${i} must be an object`);
    const record = item as Record<string, unknown>;
    if (typeof record.provider !== 'string' || record.provider.trim() === '') bad(file, `record ${i}: "provider" must be a non-empty string`);
    const aliases = record.aliases ?? [];
    if (!Array.isArray(aliases) || !aliases.every((a): a is string => typeof a === 'string' && a.trim() !== '')) {
      bad(file, `record ${i} (${record.provider}): "aliases" must be an array of names`);
    }
    const domains = record.domains;
    if (!Array.isArray(domains) || domains.length === 0) bad(file, `record ${i} (${record.provider}): "domains" must be a non-empty array of host names`);
    for (const domain of domains) {
      if (typeof domain !== 'string' || !HOST.test(domain.toLowerCase())) {
        bad(file, `record ${i} (${record.provider}): ${JSON.stringify(domain)} is not a host name (e.g. status.example.com)`);
      }
    }
    return { provider: record.provider.trim(), aliases: aliases.map((a) => a.trim()), domains: (domains as string[]).map((d) => d.toLowerCase()) };
  });
}

/** Reads and parses a provider-domains file. */
export async function readProviderDomains(file: string): Promise<ProviderDomains[]> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new FaultlineError(`provider domains file ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`, {
      parameter: 'provider-domains',
      cause: error,
    });
  }
  return parseProviderDomains(content, file);
}

const compiled = new Map<string, Rulebook>();

/** The shipped rulebook with extra provider domains (compiled once per distinct list). */
export function rulebookWithProviders(extra: readonly ProviderDomains[]): Rulebook {
  const key = JSON.stringify(extra);
  let rulebook = compiled.get(key);
  if (rulebook === undefined) {
    rulebook = compileRulebook({ ...RULEBOOK_DATA, providers: [...extra, ...RULEBOOK_DATA.providers] });
    compiled.set(key, rulebook);
  }
  return rulebook;
}
