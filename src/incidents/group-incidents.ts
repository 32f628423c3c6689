/**
 * Groups analysed documents into incidents: reports of one outage become one incident.
 *
 * Two reports are linked when they share a provider family, their dates lie within
 * `windowDays`, and either they name a common service, or (when a service is missing) their
 * title+summary+key-phrase tf-idf cosine or tag overlap is high enough, or (when their services
 * differ) their text is very similar. Incidents are the connected components of these links
 * (single linkage), so the result does not depend on input order. A report without a date or a
 * provider is never linked: it stays its own incident.
 */
import type { AnalyzedDocument, KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import { mergeOutlines } from './merge-outline.js';
import { CERTAINTY_RANK, mergeTags } from './merge-tags.js';
import { foldName, providerKey } from './provider-key.js';
import {
  daysBetween,
  reportDate,
  reportProviderKeys,
  reportProviders,
  reportServices,
  serviceKey,
  type ReportDate,
} from './report-facts.js';
import { shortHash, slugify } from './slug.js';
import { legacyDocumentId } from '../dedupe/document-id.js';
import { UnionFind } from '../dedupe/union-find.js';
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
}

/** Defaults of `GroupIncidentsOptions`. */
export const DEFAULT_GROUP_OPTIONS: Readonly<GroupIncidentsOptions> = {
  windowDays: 2,
  unknownServiceSimilarity: 0.2,
  unknownServiceTagOverlap: 0.5,
  differentServiceSimilarity: 0.4,
  maxTextComparisons: 300,
};

/** The result of grouping: incidents (sorted by id) and the documents naming their incident (sorted by id). */
export interface GroupedIncidents {
  incidents: Incident[];
  documents: KnowledgeDocument[];
}

interface Report {
  doc: AnalyzedDocument;
  date: ReportDate | null;
  providerKeys: string[];
  serviceKeys: string[];
  labels: Set<string>;
  vector: TermVector;
}

/** Groups documents describing the same outage into incidents (deterministic, order-independent). */
export function groupIncidents(docs: readonly AnalyzedDocument[], options: Partial<GroupIncidentsOptions> = {}): GroupedIncidents {
  const opts = { ...DEFAULT_GROUP_OPTIONS, ...options };
  const sorted = [...docs].sort((a, b) => compareStrings(a.id, b.id));
  const termLists = sorted.map((doc) =>
    similarityTerms({ title: doc.title, summary: doc.summary.text || (doc.description ?? ''), keyphrases: doc.keyphrases }),
  );
  const model = new TfIdfModel(termLists);
  const reports: Report[] = sorted.map((doc, i) => {
    const providerKeys = reportProviderKeys(doc);
    return {
      doc,
      date: reportDate(doc),
      providerKeys,
      serviceKeys: reportServices(doc).map((s) => serviceKey(s, providerKeys)).filter((s) => s !== ''),
      labels: new Set([...doc.layers, ...doc.causes].map((t) => t.label).filter((l) => l !== 'unknown')),
      vector: model.vector(termLists[i] ?? []),
    };
  });

  // Groups are keyed by their representative only; they are listed in order of their first report.
  const sets = new UnionFind(reports.length);

  for (const members of providerBuckets(reports).values()) {
    members.sort((a, b) => compareStrings(reports[a]?.date?.date ?? '', reports[b]?.date?.date ?? '') || a - b);
    // Reports naming a shared service within the window are one outage: linking each to the
    // latest earlier report naming the service gives the same groups as comparing every pair.
    const lastNaming = new Map<string, number>();
    for (const i of members) {
      const ri = reports[i]!;
      for (const service of ri.serviceKeys) {
        const k = lastNaming.get(service);
        if (k !== undefined && daysBetween(reports[k]!.date!.date, ri.date!.date) <= opts.windowDays) sets.union(k, i);
        lastNaming.set(service, i);
      }
    }
    // The other rules compare the texts, with at most `maxTextComparisons` later reports each.
    for (let x = 0; x < members.length; x++) {
      const i = members[x]!;
      const ri = reports[i]!;
      for (let y = x + 1; y < members.length && y <= x + opts.maxTextComparisons; y++) {
        const j = members[y]!;
        const rj = reports[j]!;
        if (daysBetween(ri.date!.date, rj.date!.date) > opts.windowDays) break;
        if (sets.find(i) !== sets.find(j) && sameOutage(ri, rj, opts)) sets.union(i, j);
      }
    }
  }

  const groups = new Map<number, Report[]>();
  reports.forEach((report, i) => {
    const root = sets.find(i);
    const list = groups.get(root) ?? [];
    list.push(report);
    groups.set(root, list);
  });

  const drafts = [...groups.values()].map((members) => draftIncident(members));
  assignIds(drafts);
  const incidentOf = new Map<string, string>();
  for (const draft of drafts) for (const id of draft.incident.reports) incidentOf.set(id, draft.incident.id);
  return {
    incidents: drafts.map((d) => d.incident).sort((a, b) => compareStrings(a.id, b.id)),
    documents: sorted.map((doc) => ({ ...doc, incident: incidentOf.get(doc.id)! })),
  };
}

/** Reports with a date and a provider, bucketed by provider family. */
function providerBuckets(reports: readonly Report[]): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  reports.forEach((report, i) => {
    if (report.date === null) return;
    for (const key of report.providerKeys) {
      const list = buckets.get(key) ?? [];
      list.push(i);
      buckets.set(key, list);
    }
  });
  return buckets;
}

/** Whether two reports of one provider within the date window describe the same outage. */
function sameOutage(a: Report, b: Report, opts: GroupIncidentsOptions): boolean {
  const similarity = cosine(a.vector, b.vector);
  if (a.serviceKeys.length === 0 || b.serviceKeys.length === 0) {
    if (similarity >= opts.unknownServiceSimilarity) return true;
    return jaccard(a.labels, b.labels) >= opts.unknownServiceTagOverlap && similarity >= opts.unknownServiceSimilarity / 2;
  }
  if (a.serviceKeys.some((s) => b.serviceKeys.includes(s))) return true;
  return similarity >= opts.differentServiceSimilarity;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Draft {
  incident: Incident;
  /** The id before disambiguation. */
  base: string;
}

/** Builds an incident (without its final id) from its reports. */
function draftIncident(members: readonly Report[]): Draft {
  const ranked = [...members].sort(comparePrimary);
  const primary = ranked[0]!;
  const docs = ranked.map((r) => r.doc);
  const date = incidentDate(ranked);
  const providers = rankNames(docs.map(reportProviders));
  const services = rankNames(docs.map(reportServices));
  const title = docs.map((d) => d.title?.trim() ?? '').find((t) => t !== '') ?? firstWords(summaryOf(primary.doc), 12) ?? 'Untitled report';
  const incident: Incident = {
    id: '',
    title,
    date,
    providers,
    services,
    layers: mergeTags(docs, (d) => d.layers),
    causes: mergeTags(docs, (d) => d.causes),
    reports: docs.map((d) => d.id),
    summary: summaryOf(primary.doc),
  };
  const outline = mergeOutlines(docs);
  if (outline !== null) incident.outline = outline;
  return { incident, base: baseSlug(incident, primary.doc.id) };
}

/** Primary report first: the one stating its tags most firmly (mean certainty rank), then one with an analysed date, then the longest, then by id. */
function comparePrimary(a: Report, b: Report): number {
  const firmness = (r: Report): number => {
    const tags = [...r.doc.layers, ...r.doc.causes];
    return tags.length === 0 ? 0 : tags.reduce((n, t) => n + CERTAINTY_RANK[t.certainty], 0) / tags.length;
  };
  const dated = (r: Report): number => (r.date === null ? 0 : r.date.source === 'published' ? 1 : 2);
  return firmness(b) - firmness(a) || dated(b) - dated(a) || b.doc.tokenCount - a.doc.tokenCount || compareStrings(a.doc.id, b.doc.id);
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

