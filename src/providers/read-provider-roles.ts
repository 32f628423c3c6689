/**
 * Who is who in a report, by canonical name (`provider-registry.ts`):
 *
 * - the **operator**, whose system failed: the front matter's `company` (its first name; a list is
 *   split only outside parentheses), else the organisation owning the URL's domain when the text
 *   names it, else the provider the analysis ranked first, else a known provider the title names
 *   or the text names twice, else a capitalised name of the title the text repeats ("Emberly
 *   Energy customer portal down for a day"). A parent organisation named alone
 *   ("Amazon") becomes the one operator of its family the report points to: the URL's domain
 *   (`aws.amazon.com`), the services it names (S3 is Amazon Web Services'), or the family member
 *   the title and text name most ("Amazon.com's U.S. retail site");
 * - the **mentioned providers**: the other organisations the text names (GitHub in a trivago
 *   report), most mentioned first, never the operator or its parents, never a customer;
 * - the **affected customers**: the companies the text names as affected ("sites such as Reddit"),
 *   never the operator's own products ("Google Cloud Run") or a figure.
 *
 * `upstream` lists the mentioned providers the report implicates in the outage: named in the title,
 * owning a service the report names (Netflix's report of AWS's EBS event), or named at least twice;
 * incident grouping compares a report with those providers' reports too.
 */
import { lookupLexicon } from '../analyze/lexicon.js';
import type { AnalyzedDocument } from '../model/document.js';
import type { ProviderMention, ProviderRegistry } from './provider-registry.js';
import { splitNames } from './split-names.js';

/** The provider roles of one report. */
export interface ProviderRoles {
  /** Canonical name of the organisation whose system failed, or null when the report does not say. */
  operator: string | null;
  /** Other organisations the text names (canonical), most mentioned first. */
  mentionedProviders: string[];
  /** Companies the text names as affected customers (canonical). */
  affectedCustomers: string[];
  /** Mentioned providers the report implicates in the outage (title, their services, two mentions or more). */
  upstream: string[];
}

/** What the roles are read from (a subset of an analysed document). */
export type ProviderRoleInput = Pick<AnalyzedDocument, 'company' | 'url' | 'title' | 'text' | 'entities' | 'facts'>;

/** Most mentioned providers kept. */
const MAX_MENTIONED = 12;

/** Reads the provider roles of a report. */
export function readProviderRoles(doc: ProviderRoleInput, registry: ProviderRegistry): ProviderRoles {
  const title = doc.title ?? '';
  const counts = new Map<string, number>();
  const mentions = registry.mentions(`${title}\n${doc.text}`);
  for (const m of mentions) counts.set(m.name, m.count);
  // Names the lexicon knows and the table does not ("Nirvanix") count from the entities.
  for (const entity of doc.entities) {
    if (entity.type !== 'PROVIDER' || entity.value === undefined || registry.resolve(entity.value) !== null) continue;
    counts.set(entity.value, (counts.get(entity.value) ?? 0) + 1);
  }
  const inTitle = new Set(registry.mentions(title).map((m) => m.name));
  const serviceOwners = doc.facts.services
    .map((s) => lookupLexicon(s.value)?.provider)
    .filter((owner): owner is string => owner !== undefined)
    .map((owner) => registry.canonical(owner));

  const operator = narrowToOperator(chooseOperator(doc, registry, mentions), registry, { counts, inTitle, serviceOwners, url: doc.url });
  const family = new Set(operator === null ? [] : [operator, ...registry.ancestors(operator)]);
  const familyNames = [...family].flatMap((name) => [name, ...(registry.record(name)?.aliases ?? [])]).map((n) => n.toLowerCase());
  const affectedCustomers = unique(doc.facts.customers.map((c) => registry.canonical(c.value))).filter(
    // The operator's own products ("Google Cloud Run") and clock times ("42 PDT") are not customers.
    (c) => !family.has(c) && !/^\d/u.test(c) && !familyNames.some((f) => c.toLowerCase().startsWith(`${f} `)),
  );
  const customers = new Set(affectedCustomers);
  const mentionedProviders = [...counts]
    .filter(([name]) => !family.has(name) && !customers.has(name))
    .sort((a, b) => b[1] - a[1])
    .map(([name]) => name)
    .slice(0, MAX_MENTIONED);
  const upstream = mentionedProviders.filter(
    (name) => (inTitle.has(name) || serviceOwners.includes(name) || (counts.get(name) ?? 0) >= 2) && !registry.ancestors(name).includes(operator ?? ''),
  );
  return { operator, mentionedProviders, affectedCustomers, upstream };
}

/** The operator before narrowing: the metadata company, the URL's owner when named, the analysis's first provider. */
function chooseOperator(doc: ProviderRoleInput, registry: ProviderRegistry, mentions: readonly ProviderMention[]): string | null {
  const company = splitNames(doc.company)[0];
  if (company !== undefined) return registry.canonical(company);
  const owner = registry.byUrl(doc.url);
  if (owner !== null) {
    const names = [owner.name, ...owner.aliases, ...registry.ancestors(owner.name)];
    if (mentions.some((m) => m.name === owner.name || names.includes(m.name))) return owner.name;
  }
  const first = doc.facts.providers.find((f) => f.from === 'text')?.value;
  if (first !== undefined) return registry.canonical(first);
  // A provider of the user's table the lexicon does not know: the one the title names, else one named twice or more.
  const named = registry.mentions(doc.title ?? '')[0] ?? mentions.find((m) => m.count >= 2);
  return named?.name ?? titleOrganisation(doc.title ?? '', doc.text);
}

/** Capitalised title words that are not names ("Summary of the ...", "Why ...", "Incident report"). */
const TITLE_WORDS = new Set([
  'a', 'an', 'the', 'why', 'how', 'what', 'when', 'summary', 'incident', 'incidents', 'report', 'postmortem', 'post-mortem', 'outage',
  'outages', 'update', 'status', 'history', 'analysis', 'root', 'cause', 'review', 'service', 'disruption', 'event', 'issue', 'issues',
  'our', 'we', 'on', 'in', 'of', 'for', 'and', 'to', 'at', 'after', 'during', 'lessons', 'learned', 'statement', 'notice', 'resolved',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
]);

/**
 * An organisation no table knows, named by the title: a run of capitalised words ("Emberly
 * Energy", "Bellbird Notes") that is not a generic heading word or a date, written again in the
 * text; a single word needs four letters or more, no digit ("ADL1" is a data centre) and two
 * mentions in the text.
 */
function titleOrganisation(title: string, text: string): string | null {
  let best: { name: string; count: number } | null = null;
  for (const run of title.match(/(?:[\p{Lu}][\p{L}\p{N}&.'’-]*)(?:\s+[\p{Lu}][\p{L}\p{N}&.'’-]*)*/gu) ?? []) {
    const words = run.replace(/['’]s$/u, '').split(/\s+/u);
    while (words.length > 0 && TITLE_WORDS.has(words[0]!.toLowerCase())) words.shift();
    while (words.length > 0 && TITLE_WORDS.has(words.at(-1)!.toLowerCase())) words.pop();
    const name = words.join(' ');
    if (name === '' || (words.length === 1 && (name.length < 4 || /\d/u.test(name) || name === name.toUpperCase()))) continue;
    const count = text.split(name).length - 1;
    if (count >= (words.length === 1 ? 2 : 1) && (best === null || count > best.count)) best = { name, count };
  }
  return best?.name ?? null;
}

interface Evidence {
  counts: ReadonlyMap<string, number>;
  inTitle: ReadonlySet<string>;
  serviceOwners: readonly string[];
  url: string | null;
}

/** A parent organisation named alone becomes the family member the report points to, when one stands out. */
function narrowToOperator(name: string | null, registry: ProviderRegistry, evidence: Evidence): string | null {
  if (name === null) return null;
  const children = registry.children(name);
  if (children.length === 0) return name;
  const host = registry.byUrl(evidence.url);
  const scores = children
    .map((child) => {
      let score = 0;
      if (host?.name === child.name) score += 10;
      score += 3 * evidence.serviceOwners.filter((o) => o === child.name).length;
      if (evidence.inTitle.has(child.name)) score += 2;
      score += Math.min(3, evidence.counts.get(child.name) ?? 0);
      return { name: child.name, score };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  // One member must stand out: at least twice the runner-up's evidence (Facebook's outage also took Instagram and WhatsApp down).
  if (best === undefined || best.score < 2 || best.score < 2 * (second?.score ?? 0)) return name;
  return best.name;
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.filter((n) => n !== ''))];
}
