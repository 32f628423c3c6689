/**
 * Which web domains belong to which provider: a report published on the operator's own domain
 * (its blog, its status page, its documentation) is the operator's own, official report. The
 * records are derived from the canonical provider table (`src/providers/provider-table.ts`, the one
 * source of provider names and domains): each record's names and domains, and for an operator that
 * carries its parent's name ("Amazon Web Services", "Google Cloud", "Microsoft Azure") the parent's
 * name and domains too, since its reports are written under the parent's name. Users extend the
 * table with `faultline ingest --provider-domains FILE` (a JSON array of the same records) or a
 * provider table file (`read-provider-table.ts`). Domains match themselves and their subdomains
 * (`aws.amazon.com` is `amazon.com`'s).
 */
import { providerNameKey } from '../providers/provider-registry.js';
import { PROVIDER_TABLE, type ProviderRecord } from '../providers/provider-table.js';
import type { ProviderDomains } from './rule.js';

/** Hosts of status pages: a subdomain there is the operator's own page (`acme.statuspage.io`). */
export const STATUS_PAGE_HOSTS: readonly string[] = ['statuspage.io', 'status.io', 'instatus.com', 'betteruptime.com', 'statuspal.io', 'sorryapp.com', 'hund.io', 'atlassian.net'];

/** The tagger's provider → domains records of provider table records (those with domains), in table order; parents are looked up in `parents`. */
export function providerDomainsOf(records: readonly ProviderRecord[], parents: readonly ProviderRecord[] = records): ProviderDomains[] {
  const byName = new Map<string, ProviderRecord>();
  for (const r of parents) if (!byName.has(r.name)) byName.set(r.name, r);
  const out: ProviderDomains[] = [];
  for (const record of records) {
    const parent = record.parent === undefined ? undefined : byName.get(record.parent);
    const branded = parent !== undefined && providerNameKey(record.name).startsWith(providerNameKey(parent.name));
    const domains = unique([...record.domains, ...(branded ? parent.domains : [])]);
    if (domains.length === 0) continue;
    const aliases = unique([record.name, ...record.aliases, ...(branded ? [parent.name] : [])]);
    out.push({ provider: record.name, aliases, domains });
  }
  return out;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The providers' domains (derived from the shipped provider table). */
export const PROVIDER_DOMAINS: readonly ProviderDomains[] = providerDomainsOf(PROVIDER_TABLE);

/** The tagger's records of a user's provider table (a branded parent may be a shipped record). */
export function userProviderDomains(records: readonly ProviderRecord[]): ProviderDomains[] {
  return records.length === 0 ? [] : providerDomainsOf(records, [...records, ...PROVIDER_TABLE]);
}
