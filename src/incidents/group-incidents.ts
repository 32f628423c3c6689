/**
 * Groups analysed documents into incidents: every report of one outage in one incident, different
 * outages apart, with the reason recorded (`Incident.grouping`).
 *
 * Each report's operator, mentioned providers and customers are read first
 * (`src/providers/read-provider-roles.ts`). Two reports are linked when:
 *
 * - `same-url`: their URLs are one page (`url-key.ts`), whatever else they say;
 * - within `windowDays` of each other and of one operator (a report naming only a parent
 *   organisation, "Amazon", belongs to each operator of the family), `shared-service`: they name a
 *   common service; `similar-text`: their title, summary and key phrases are similar enough (more
 *   when both name services and none is shared, unless they are of the same day and not both the
 *   operator's own posts; a shared tag set counts when services are missing);
 *   `same-day`: the same day, no service on one side, some words in common, not both the
 *   operator's own posts (an operator writes one report per outage; outlets write several);
 * - `third-party`: a report implicating another provider (named in its title, owning a service it
 *   names, or named twice: Netflix's report of AWS's EBS event) links to that provider's reports
 *   by a shared service or similar text within the window;
 * - `override`: the overrides file merges them (`incident-overrides.ts`).
 *
 * Text rules never link two reports whose stated durations differ more than `durationRatio` times
 * (and by more than an hour). Incidents are the connected components of the links (single linkage),
 * so the result does not depend on input order; the overrides' `split` keeps documents apart. A
 * report without a date or an operator joins others only by URL or override.
 *
 * Many-to-many: a report also covers the incidents whose provider and day one of its sentences
 * about an outage names (`covered-incidents.ts`) or that an override links; the incident lists it
 * in `documentIds` and `links` (role `covers`, with the sentence), the document in `incidents`.
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { AnalyzedDocument, KnowledgeDocument } from '../model/document.js';
import type { GroupingRule, Incident, IncidentLink } from '../model/incident.js';
import { providerRegistry, type ProviderRegistry } from '../providers/provider-registry.js';
import type { ProviderRecord } from '../providers/provider-table.js';
import { readProviderRoles, type ProviderRoles } from '../providers/read-provider-roles.js';
import { coveredIncidents } from './covered-incidents.js';
import { DocumentReferences } from './document-references.js';
import { GroupingSets } from './grouping-sets.js';
import type { IncidentOverrides } from './incident-overrides.js';
import { mergeOutlines } from './merge-outline.js';
import { CERTAINTY_RANK, mergeTags } from './merge-tags.js';
import { foldName, providerKey } from './provider-key.js';
import { daysBetween, reportDate, reportServices, serviceKey, type ReportDate } from './report-facts.js';
import { shortHash, slugify } from './slug.js';
import { urlKey } from './url-key.js';
import { legacyDocumentId } from '../dedupe/document-id.js';
import { cosine, similarityTerms, TfIdfModel, type TermVector } from './text-similarity.js';
import { compareStrings } from '../model/compare-strings.js';

/** Options of `groupIncidents`. */
export interface GroupIncidentsOptions {
  /** Most days between two reports' dates for them to describe one outage. */
  windowDays: number;
  /** Text cosine needed when one of the reports names no service. */
  unknownServiceSimilarity: number;
  /** Tag overlap (Jaccard of labels) that also links reports lacking a service, with half that cosine. */
  unknownServiceTagOverlap: number;
  /** Text cosine needed when both name services and none is shared. */
  differentServiceSimilarity: number;
  /**
   * Most later reports of the same provider within the window each report is compared with by
   * text (the reports naming a service it names are always linked, in linear time): bounds the
   * grouping of a provider with thousands of reports in one window, where the comparisons were
   * quadratic (5,000 reports: 29 s).
   */
  maxTextComparisons: number;
  /** Two stated durations further apart than this ratio (and an hour) tell different outages. */
  durationRatio: number;
  /** Text cosine that still links two reports of one operator on the same day (`same-day`: different outlets, different words). */
  sameDaySimilarity: number;
  /** A provider table file extending the shipped one ('' : `providers.yaml|yml|json` in the corpus folder, when there). */
  providers: string;
  /** An incident overrides file ('' : `incidents.yaml|yml|json` in the corpus folder, when there). */
  overrides: string;
}

/** Defaults of `GroupIncidentsOptions`. */
export const DEFAULT_GROUP_OPTIONS: Readonly<GroupIncidentsOptions> = {
  windowDays: 2,
  unknownServiceSimilarity: 0.2,
  unknownServiceTagOverlap: 0.5,
  differentServiceSimilarity: 0.4,
  maxTextComparisons: 300,
  durationRatio: 4,
  sameDaySimilarity: 0.05,
  providers: '',
  overrides: '',
};

/** What the files named by the options hold (read by the incidents stage, `grouping-inputs.ts`). */
export interface GroupingInputs {
  /** The user's provider records (extending the shipped table). */
  providerTable?: readonly ProviderRecord[];
  /** The user's overrides, or null. */
  overrides?: IncidentOverrides | null;
  /** Where to report overrides that name no document (warnings). */
  diagnostics?: Diagnostic[];
}

/** The result of grouping: incidents (sorted by id) and the documents naming their incident (sorted by id). */
export interface GroupedIncidents {
  incidents: Incident[];
  documents: KnowledgeDocument[];
}

interface Report {
  doc: AnalyzedDocument;
  date: ReportDate | null;
  roles: ProviderRoles;
  /** Operators it is a report of (its operator; for a parent organisation, each operator of the family too). */
  memberOf: string[];
  /** Providers it implicates besides its operator. */
  guestOf: string[];
  serviceKeys: string[];
  labels: Set<string>;
  vector: TermVector;
  minutes: number | null;
  /** Published on its operator's own domain. */
  official: boolean;
}

/** Groups documents describing the same outage into incidents (deterministic, order-independent). */
export function groupIncidents(docs: readonly AnalyzedDocument[], options: Partial<GroupIncidentsOptions> = {}, inputs: GroupingInputs = {}): GroupedIncidents {
  const opts = { ...DEFAULT_GROUP_OPTIONS, ...options };
  const registry = providerRegistry(inputs.providerTable ?? []);
  const sorted = [...docs].sort((a, b) => compareStrings(a.id, b.id));
  const termLists = sorted.map((doc) =>
    similarityTerms({ title: doc.title, summary: doc.summary.text || (doc.description ?? ''), keyphrases: doc.keyphrases }),
  );
  const model = new TfIdfModel(termLists);
  const firstRoles = sorted.map((doc) => readProviderRoles(doc, registry));
  // A report naming no operator is read again knowing the corpus's other operators ("Saltmarsh
  // Mail's sign-in outage" beside Saltmarsh Mail's own post), which no table lists.
  const corpusRegistry = withCorpusOperators(registry, firstRoles, inputs.providerTable ?? []);
  const reports: Report[] = sorted.map((doc, i) => {
    const roles = firstRoles[i]!.operator === null && corpusRegistry !== registry ? readProviderRoles(doc, corpusRegistry) : firstRoles[i]!;
    return readReport(doc, roles, registry, model.vector(termLists[i] ?? []));
  });
  const sets = new GroupingSets(sorted.map((d) => d.id));
  const references = new DocumentReferences(sorted);
  const position = new Map(sorted.map((d, i) => [d.id, i]));
  const overrides = inputs.overrides ?? null;
  const resolveAll = (refs: readonly string[], where: string): number[] =>
    refs.flatMap((ref) => {
      const id = references.resolve(ref);
      if (id === null) warn(inputs.diagnostics, overrides?.file ?? 'incidents', `${where}: ${JSON.stringify(ref)} names no document (by id, path, file name or URL)`);
      return id === null ? [] : [position.get(id)!];
    });

  overrides?.split.forEach((entry, e) => sets.keepApart(e, resolveAll(entry.documents, `split entry ${e + 1}`)));
  overrides?.merge.forEach((entry, e) => {
    const members = resolveAll(entry.documents, `merge entry ${e + 1}`);
    const detail = entry.reason ?? `${overrides.file} merge entry ${e + 1}`;
    for (let k = 1; k < members.length; k++) sets.union(members[0]!, members[k]!, 'override', detail, true);
  });
  linkSameUrls(reports, sets);
  for (const [operator, bucket] of operatorBuckets(reports)) linkBucket(operator, bucket, reports, sets, opts);

  const groups = new Map<number, number[]>();
  reports.forEach((_, i) => {
    const root = sets.find(i);
    const list = groups.get(root) ?? [];
    list.push(i);
    groups.set(root, list);
  });
  const drafts = [...groups.values()].map((members) => draftIncident(members.map((m) => reports[m]!), registry));
  // The links that joined each group, in the order they were made.
  const draftByRoot = new Map([...groups.keys()].map((root, k) => [root, drafts[k]!]));
  for (const { a, link } of sets.links) draftByRoot.get(sets.find(a))?.incident.grouping?.push(link);
  assignIds(drafts);

  const incidentOf = new Map<string, Incident>();
  for (const draft of drafts) for (const id of draft.incident.reports) incidentOf.set(id, draft.incident);
  const covered = linkCoveredIncidents(reports, drafts.map((d) => d.incident), incidentOf, registry, opts.windowDays);
  overrides?.link.forEach((entry, e) => {
    const [member] = resolveAll([entry.document], `link entry ${e + 1}`);
    if (member === undefined) return;
    const doc = reports[member]!.doc;
    const target = drafts.find((d) => d.incident.id === entry.incident)?.incident ?? incidentOf.get(references.resolve(entry.incident) ?? '');
    if (target === undefined) {
      warn(inputs.diagnostics, overrides.file, `link entry ${e + 1}: ${JSON.stringify(entry.incident)} names no incident (an incident id, or a document of it)`);
      return;
    }
    if (target === incidentOf.get(doc.id)) return;
    const links = covered.get(doc.id) ?? new Map<string, IncidentLink>();
    links.set(target.id, { document: doc.id, role: 'covers', evidence: null, reason: entry.reason ?? `${overrides.file} link entry ${e + 1}` });
    covered.set(doc.id, links);
  });
  for (const [docId, links] of [...covered].sort((a, b) => compareStrings(a[0], b[0]))) {
    for (const [incidentId, link] of links) {
      const incident = drafts.find((d) => d.incident.id === incidentId)!.incident;
      incident.documentIds!.push(docId);
      incident.links!.push(link);
    }
  }

  return {
    incidents: drafts.map((d) => d.incident).sort((a, b) => compareStrings(a.id, b.id)),
    documents: reports.map((report) => {
      const own = incidentOf.get(report.doc.id)!;
      const also = [...(covered.get(report.doc.id)?.keys() ?? [])].sort(compareStrings);
      return {
        ...report.doc,
        incident: own.id,
        incidents: [own.id, ...also],
        operator: report.roles.operator,
        mentionedProviders: report.roles.mentionedProviders,
        affectedCustomers: report.roles.affectedCustomers,
      };
    }),
  };
}

/** Reads what grouping compares of one report. */
function readReport(doc: AnalyzedDocument, roles: ProviderRoles, registry: ProviderRegistry, vector: TermVector): Report {
  const operator = roles.operator;
  const memberOf = operator === null ? [] : [operator, ...registry.children(operator).map((r) => r.name)];
  const familyKeys = [...new Set([...memberOf, ...(operator === null ? [] : registry.ancestors(operator))].map(providerKey))];
  const owner = registry.byUrl(doc.url);
  return {
    doc,
    date: reportDate(doc),
    roles,
    memberOf,
    guestOf: roles.upstream.filter((p) => !memberOf.includes(p)),
    serviceKeys: [...new Set(reportServices(doc).map((s) => serviceKey(s, familyKeys)).filter((s) => s !== ''))],
    labels: new Set([...doc.layers, ...doc.causes].map((t) => t.label).filter((l) => l !== 'unknown')),
    vector,
    minutes: doc.facts.duration?.value.minutes ?? doc.outline?.durationMinutes ?? null,
    official: owner !== null && operator !== null && (owner.name === operator || registry.ancestors(operator).includes(owner.name) || registry.ancestors(owner.name).includes(operator)),
  };
}

/** The registry with the operators the corpus's reports name that no table lists (names of two words or more, or of 5 characters or more). */
function withCorpusOperators(registry: ProviderRegistry, roles: readonly ProviderRoles[], userTable: readonly ProviderRecord[]): ProviderRegistry {
  const extra = [...new Set(roles.map((r) => r.operator).filter((name): name is string => name !== null && registry.resolve(name) === null))]
    .filter((name) => /\s/u.test(name.trim()) || name.trim().length >= 5)
    .sort(compareStrings)
    .map((name): ProviderRecord => ({ name, aliases: [], domains: [] }));
  return extra.length === 0 ? registry : providerRegistry([...userTable, ...extra]);
}

/** Reports of one page (same URL key) are one incident, whatever their dates and providers. */
function linkSameUrls(reports: readonly Report[], sets: GroupingSets): void {
  const first = new Map<string, number>();
  reports.forEach((report, i) => {
    const key = urlKey(report.doc.url);
    if (key === null) return;
    const k = first.get(key);
    if (k === undefined) first.set(key, i);
    else sets.union(k, i, 'same-url', `same URL ${key}`);
  });
}

/** A bucket of reports of one operator: its members and the reports implicating it (guests), dated ones only. */
interface Bucket {
  members: Set<number>;
  all: Set<number>;
}

/** Dated reports by operator: members (reports of it) and guests (reports implicating it). */
function operatorBuckets(reports: readonly Report[]): [string, Bucket][] {
  const buckets = new Map<string, Bucket>();
  const add = (key: string, i: number, member: boolean): void => {
    const bucket = buckets.get(key) ?? { members: new Set<number>(), all: new Set<number>() };
    if (member) bucket.members.add(i);
    bucket.all.add(i);
    buckets.set(key, bucket);
  };
  reports.forEach((report, i) => {
    if (report.date === null) return;
    for (const key of report.memberOf) add(key, i, true);
    for (const key of report.guestOf) add(key, i, false);
  });
  return [...buckets].sort((a, b) => compareStrings(a[0], b[0]));
}

/** Links the reports of one operator's bucket (see the module comment). */
function linkBucket(operator: string, bucket: Bucket, reports: readonly Report[], sets: GroupingSets, opts: GroupIncidentsOptions): void {
  const members = [...bucket.all].sort((a, b) => compareStrings(reports[a]!.date!.date, reports[b]!.date!.date) || a - b);
  const isMember = (i: number): boolean => bucket.members.has(i);
  // Reports naming a shared service within the window are one outage: linking each to the latest
  // earlier report naming the service (a member, when it is a guest) gives the same groups as
  // comparing every pair.
  const lastNaming = new Map<string, number>();
  const lastMemberNaming = new Map<string, number>();
  for (const i of members) {
    const ri = reports[i]!;
    for (const service of ri.serviceKeys) {
      const k = isMember(i) ? lastNaming.get(service) : lastMemberNaming.get(service);
      if (k !== undefined) {
        const days = daysBetween(reports[k]!.date!.date, ri.date!.date);
        if (days <= opts.windowDays) {
          const both = isMember(i) && isMember(k);
          const detail = `both name ${service} of ${operator}, ${days} day${days === 1 ? '' : 's'} apart${both ? '' : ` (${third(reports, isMember(i) ? k : i)})`}`;
          sets.union(k, i, both ? 'shared-service' : 'third-party', detail);
        }
      }
      lastNaming.set(service, i);
      if (isMember(i)) lastMemberNaming.set(service, i);
    }
  }
  // The other rules compare the texts, with at most `maxTextComparisons` later reports each.
  for (let x = 0; x < members.length; x++) {
    const i = members[x]!;
    const ri = reports[i]!;
    for (let y = x + 1; y < members.length && y <= x + opts.maxTextComparisons; y++) {
      const j = members[y]!;
      const rj = reports[j]!;
      const days = daysBetween(ri.date!.date, rj.date!.date);
      if (days > opts.windowDays) break;
      if (!isMember(i) && !isMember(j)) continue;
      if (sets.find(i) === sets.find(j)) continue;
      const reason = sameOutage(ri, rj, days, isMember(i) && isMember(j), opts);
      if (reason === null) continue;
      const both = isMember(i) && isMember(j);
      sets.union(i, j, both ? reason.rule : 'third-party', both ? reason.detail : `${reason.detail} (${third(reports, isMember(i) ? j : i)})`);
    }
  }
}

/** "Netflix's report names Amazon Web Services". */
function third(reports: readonly Report[], guest: number): string {
  const report = reports[guest]!;
  return `${report.roles.operator ?? 'a third party'}'s report implicates ${report.guestOf.join(', ')}`;
}

/** Why two reports within the date window describe the same outage, or null. */
function sameOutage(a: Report, b: Report, days: number, sameOperator: boolean, opts: GroupIncidentsOptions): { rule: GroupingRule; detail: string } | null {
  const similarity = cosine(a.vector, b.vector);
  const apart = `${days} day${days === 1 ? '' : 's'} apart`;
  const text = { rule: 'similar-text' as const, detail: `text similarity ${similarity.toFixed(2)}, ${apart}` };
  if (durationsDisagree(a.minutes, b.minutes, opts.durationRatio) && similarity < opts.differentServiceSimilarity) return null;
  if (a.serviceKeys.length === 0 || b.serviceKeys.length === 0) {
    if (similarity >= opts.unknownServiceSimilarity) return text;
    const overlap = jaccard(a.labels, b.labels);
    if (overlap >= opts.unknownServiceTagOverlap && similarity >= opts.unknownServiceSimilarity / 2) {
      return { rule: 'similar-text', detail: `shared tags (overlap ${overlap.toFixed(2)}) and text similarity ${similarity.toFixed(2)}, ${apart}` };
    }
    if (sameOperator && days === 0 && similarity >= opts.sameDaySimilarity && !(a.official && b.official) && !durationsDisagree(a.minutes, b.minutes, opts.durationRatio)) {
      return {
        rule: 'same-day',
        detail: `same operator (${a.roles.operator ?? b.roles.operator}), same day, text similarity ${similarity.toFixed(2)}, ${a.official || b.official ? 'one' : 'neither'} the operator's own report`,
      };
    }
    return null;
  }
  if (a.serviceKeys.some((s) => b.serviceKeys.includes(s))) return { rule: 'shared-service', detail: `both name ${a.serviceKeys.find((s) => b.serviceKeys.includes(s))}, ${apart}` };
  if (similarity >= opts.differentServiceSimilarity) return text;
  // Outlets name different parts of one outage ("XA/21", "the Eastern Interconnection"): on the
  // same day, unless both are the operator's own posts, the lower threshold holds.
  if (days === 0 && !(a.official && b.official) && similarity >= opts.unknownServiceSimilarity) return text;
  return null;
}

/** True when both durations are stated and differ more than `ratio` times and by more than an hour. */
function durationsDisagree(a: number | null, b: number | null, ratio: number): boolean {
  if (a === null || b === null || a <= 0 || b <= 0) return false;
  return Math.max(a, b) / Math.min(a, b) > ratio && Math.abs(a - b) > 60;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The incidents each report also covers (roundups), by document id then incident id. */
function linkCoveredIncidents(
  reports: readonly Report[],
  incidents: readonly Incident[],
  incidentOf: ReadonlyMap<string, Incident>,
  registry: ProviderRegistry,
  windowDays: number,
): Map<string, Map<string, IncidentLink>> {
  const byOperator = new Map<string, Incident[]>();
  for (const incident of incidents) {
    if (incident.operator === null || incident.operator === undefined) continue;
    const list = byOperator.get(incident.operator) ?? [];
    list.push(incident);
    byOperator.set(incident.operator, list);
  }
  for (const list of byOperator.values()) list.sort((a, b) => compareStrings(a.id, b.id));
  const out = new Map<string, Map<string, IncidentLink>>();
  for (const report of reports) {
    const own = incidentOf.get(report.doc.id)!;
    const links = coveredIncidents(report.doc, own, report.roles.operator, report.date?.date ?? null, byOperator, registry, windowDays);
    if (links.size > 0) out.set(report.doc.id, links);
  }
  return out;
}

function warn(diagnostics: Diagnostic[] | undefined, file: string, reason: string): void {
  diagnostics?.push({ file, stage: 'incidents', code: 'warning', reason: `incident overrides: ${reason}`, fatal: false });
}

interface Draft {
  incident: Incident;
  /** The id before disambiguation. */
  base: string;
}

/** Builds an incident (without its final id) from its reports. */
function draftIncident(members: readonly Report[], registry: ProviderRegistry): Draft {
  // The incident's operator's own reports first (Netflix's report of an AWS event after AWS's).
  const operator = incidentOperator([...members].sort(comparePrimary));
  const ranked = [...members].sort((a, b) => Number(b.roles.operator === operator) - Number(a.roles.operator === operator) || comparePrimary(a, b));
  const primary = ranked[0]!;
  const docs = ranked.map((r) => r.doc);
  const date = incidentDate(ranked);
  const operators = rankNames(ranked.map((r) => (r.roles.operator === null ? [] : [r.roles.operator])));
  const providers = operator === null ? operators : [operator, ...operators.filter((p) => p !== operator)];
  const involved = new Set(providers.flatMap((p) => [p, ...registry.ancestors(p)]));
  const services = rankNames(docs.map(reportServices));
  const title = docs.map((d) => d.title?.trim() ?? '').find((t) => t !== '') ?? firstWords(summaryOf(primary.doc), 12) ?? 'Untitled report';
  const incident: Incident = {
    id: '',
    title,
    date,
    providers,
    operator,
    mentionedProviders: rankNames(ranked.map((r) => r.roles.mentionedProviders)).filter((p) => !involved.has(p)),
    affectedCustomers: rankNames(ranked.map((r) => r.roles.affectedCustomers)).filter((p) => !involved.has(p)),
    services,
    layers: mergeTags(docs, (d) => d.layers),
    causes: mergeTags(docs, (d) => d.causes),
    reports: docs.map((d) => d.id),
    documentIds: docs.map((d) => d.id),
    links: docs.map((d, k): IncidentLink => ({ document: d.id, role: k === 0 ? 'primary' : 'report', evidence: null, reason: k === 0 ? 'its main report' : 'a report of it' })),
    grouping: [],
    summary: summaryOf(primary.doc),
  };
  const outline = mergeOutlines(docs);
  if (outline !== null) incident.outline = outline;
  return { incident, base: baseSlug(incident, primary.doc.id) };
}

/** The incident's operator: the one its reports implicate most (as operator or upstream), the primary report's on a tie. */
function incidentOperator(ranked: readonly Report[]): string | null {
  const score = new Map<string, number>();
  ranked.forEach((r) => {
    if (r.roles.operator !== null) score.set(r.roles.operator, (score.get(r.roles.operator) ?? 0) + 1);
  });
  for (const r of ranked) for (const name of r.guestOf) if (score.has(name)) score.set(name, score.get(name)! + 1);
  let best: string | null = null;
  for (const r of ranked) {
    const name = r.roles.operator;
    if (name !== null && (best === null || score.get(name)! > score.get(best)!)) best = name;
  }
  return best;
}

/** Primary report first: the one stating its tags most firmly (mean certainty rank), then one with an analysed date, then the operator's own, then the longest, then by id. */
function comparePrimary(a: Report, b: Report): number {
  const firmness = (r: Report): number => {
    const tags = [...r.doc.layers, ...r.doc.causes];
    return tags.length === 0 ? 0 : tags.reduce((n, t) => n + CERTAINTY_RANK[t.certainty], 0) / tags.length;
  };
  const dated = (r: Report): number => (r.date === null ? 0 : r.date.source === 'published' ? 1 : 2);
  return firmness(b) - firmness(a) || dated(b) - dated(a) || Number(b.official) - Number(a.official) || b.doc.tokenCount - a.doc.tokenCount || compareStrings(a.doc.id, b.doc.id);
}

/** The incident date: the most common analysed date of its reports (publication dates only when none), earliest on a tie. */
function incidentDate(reports: readonly Report[]): string | null {
  const dates = reports.map((r) => r.date).filter((d): d is ReportDate => d !== null);
  const strong = dates.filter((d) => d.source !== 'published');
  const pool = strong.length > 0 ? strong : dates;
  const counts = new Map<string, number>();
  for (const d of pool) counts.set(d.date, (counts.get(d.date) ?? 0) + 1);
  let best: string | null = null;
  for (const [date, count] of counts) {
    const bestCount = best === null ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== null && date < best)) best = date;
  }
  return best;
}

/** Names across reports, most frequent first (first seen on a tie), deduplicated case-insensitively. */
function rankNames(lists: readonly (readonly string[])[]): string[] {
  const entries = new Map<string, { name: string; count: number; order: number }>();
  let order = 0;
  for (const list of lists) {
    for (const name of list) {
      const key = foldName(name);
      const entry = entries.get(key);
      if (entry === undefined) entries.set(key, { name, count: 1, order: order++ });
      else entry.count++;
    }
  }
  return [...entries.values()].sort((a, b) => b.count - a.count || a.order - b.order).map((e) => e.name);
}

function summaryOf(doc: AnalyzedDocument): string {
  const summary = doc.summary.text.trim() || doc.description?.trim() || '';
  if (summary !== '') return summary;
  return firstWords(doc.text, 50) ?? '';
}

function firstWords(text: string, count: number): string | null {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return null;
  return words.slice(0, count).join(' ') + (words.length > count ? '…' : '');
}

/** `YYYY-MM-DD-provider-service`; undated: `provider-title-words`; no provider: `[date-]title-words[-hash]`. */
function baseSlug(incident: Incident, primaryId: string): string {
  const provider = incident.providers[0];
  const providerSlug = provider === undefined ? '' : slugify(providerKey(provider), 3, 30);
  const titleSlug = slugify(incident.title, 6, 50);
  if (providerSlug === '') {
    const head = [incident.date ?? '', titleSlug].filter((p) => p !== '').join('-');
    return incident.date === null ? [head, reportHash(primaryId)].filter((p) => p !== '').join('-') : head;
  }
  if (incident.date === null) {
    if (titleSlug === '') return `${providerSlug}-${reportHash(primaryId)}`;
    return titleSlug === providerSlug || titleSlug.startsWith(`${providerSlug}-`) ? titleSlug : `${providerSlug}-${titleSlug}`;
  }
  const service = incident.services[0];
  const serviceSlug = service === undefined ? '' : slugify(serviceKey(service, [providerKey(provider!)]), 4, 30);
  return [incident.date, providerSlug, serviceSlug === providerSlug ? '' : serviceSlug].filter((p) => p !== '').join('-');
}

/** Gives each draft a unique id: the first (by primary report id) keeps the base slug, the others add a hash of their primary report. */
function assignIds(drafts: readonly Draft[]): void {
  const byBase = new Map<string, Draft[]>();
  for (const d of drafts) {
    const list = byBase.get(d.base) ?? [];
    list.push(d);
    byBase.set(d.base, list);
  }
  const taken = new Set<string>();
  for (const [base, list] of [...byBase].sort((a, b) => compareStrings(a[0], b[0]))) {
    list.sort((a, b) => compareStrings(a.incident.reports[0]!, b.incident.reports[0]!));
    list.forEach((draft, i) => {
      let id = i === 0 ? base : `${base}-${reportHash(draft.incident.reports[0]!)}`;
      for (let n = 2; taken.has(id); n++) id = `${base}-${reportHash(draft.incident.reports[0]!)}-${n}`;
      taken.add(id);
      draft.incident.id = id;
    });
  }
}

/** The hash an incident id adds for a report: over the report's legacy (48-bit) id, so incident URLs did not change when document ids were lengthened. */
function reportHash(documentId: string): string {
  return shortHash(legacyDocumentId(documentId));
}

