/**
 * Provider keys: one lower-case key per provider family, so that "Amazon", "Amazon Web Services",
 * "AWS" and "Amazon.com" compare equal when filtering searches and relating incidents. A name the
 * provider table knows is first spelled canonically ("TravisCI" is "Travis CI").
 */
import { shippedProviderRegistry } from '../providers/provider-registry.js';

/** Names (lower case) that stand for a provider family under another name. */
const ALIASES: Readonly<Record<string, string>> = {
  aws: 'amazon',
  'amazon web services': 'amazon',
  gcp: 'google',
  'google cloud platform': 'google',
  azure: 'microsoft',
  'microsoft azure': 'microsoft',
  'windows azure': 'microsoft',
  meta: 'facebook',
  'meta platforms': 'facebook',
  msft: 'microsoft',
};

/** ASCII-folds and lower-cases a name, keeping letters, digits and single spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The family key of a provider name: an alias target, else its first word ("Google Cloud" -> "google"). */
export function providerKey(name: string): string {
  const folded = foldName(shippedProviderRegistry().canonical(name)).replace(/^the /, '');
  const alias = ALIASES[folded];
  if (alias !== undefined) return alias;
  const first = folded.split(' ')[0] ?? '';
  return ALIASES[first] ?? first;
}
