/**
 * What ties an incident to its reports and to other outages, as the incident page shows it: the
 * provider roles (operator, companies mentioned, customers affected), the grouping reasons
 * (`Incident.grouping`), the other incidents its reports also cover (a roundup), and the reports
 * of other incidents that cover this one, with the sentence that ties them (`Incident.links`).
 */
import type { TextSpan } from '../model/document.js';
import type { GroupingRule, Incident } from '../model/incident.js';
import type { KnowledgeDocument } from '../model/index.js';
import type { SearchBackend } from '../search/search-backend.js';

/** The records the connections are read from: a whole knowledge base in memory, or those `connectionRecords` read from a backend. */
export interface ConnectionRecords {
  documents: ReadonlyMap<string, KnowledgeDocument>;
  incidents: ReadonlyMap<string, Incident>;
}

/** A report as the page names it. */
export interface ReportRef {
  id: string;
  title: string | null;
}

/** An incident as the page links it. */
export interface IncidentRef {
  id: string;
  title: string;
  date: string | null;
}

/** The organisations an incident involves, by role (canonical names). */
export interface ProviderRoles {
  /** Whose system failed: the incident's operator, else the operator most of its reports name; null when none. */
  operator: string | null;
  /** Other organisations its reports name. */
  mentioned: string[];
  /** Companies its reports name as affected customers. */
  affected: string[];
}

/** One grouping link with its two reports named. */
export interface GroupingReason {
  rule: GroupingRule;
  detail: string;
  documents: [ReportRef, ReportRef];
}

/** A report of this incident that also covers other outages. */
export interface AlsoCovers {
  report: ReportRef;
  /** The other incidents, each with the reason its link records. */
  incidents: { incident: IncidentRef; reason: string | null }[];
}

/** A report of another incident that covers this one too. */
export interface CoveredBy {
  report: ReportRef;
  /** The report's own incident (null when the knowledge base lacks it). */
  incident: IncidentRef | null;
  /** The sentence that ties it to this incident, when recorded. */
  evidence: TextSpan | null;
  reason: string;
}

/** Everything the incident page shows about how the incident is put together and linked. */
export interface IncidentConnections {
  roles: ProviderRoles;
  grouping: GroupingReason[];
  alsoCovers: AlsoCovers[];
  coveredBy: CoveredBy[];
}

function reportRef(kb: ConnectionRecords, id: string): ReportRef {
  return { id, title: kb.documents.get(id)?.title ?? null };
}

function incidentRef(kb: ConnectionRecords, id: string): IncidentRef | null {
  const incident = kb.incidents.get(id);
  return incident === undefined ? null : { id: incident.id, title: incident.title, date: incident.date };
}

/** Names in first-seen order, each once. */
function unique(names: readonly string[]): string[] {
  return [...new Set(names.filter((n) => n.trim() !== ''))];
}

/** The operator named by most reports (the earliest report wins a tie); null when none names one. */
function mostNamedOperator(reports: readonly KnowledgeDocument[]): string | null {
  const counts = new Map<string, number>();
  for (const doc of reports) if (typeof doc.operator === 'string' && doc.operator !== '') counts.set(doc.operator, (counts.get(doc.operator) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = name;
  return best;
}

/**
 * The provider roles of an incident: the incident's own fields when the data folder has them,
 * else gathered from its reports; customers fall back to the reports' customer facts (data
 * folders written before the roles were kept).
 */
export function providerRoles(incident: Incident, reports: readonly KnowledgeDocument[]): ProviderRoles {
  const operator = incident.operator !== undefined ? incident.operator : mostNamedOperator(reports);
  const mentioned = incident.mentionedProviders ?? unique(reports.flatMap((r) => r.mentionedProviders ?? []));
  const roleCustomers = incident.affectedCustomers ?? unique(reports.flatMap((r) => r.affectedCustomers ?? []));
  const hasRoles = incident.affectedCustomers !== undefined || reports.some((r) => r.affectedCustomers !== undefined);
  const affected = hasRoles ? roleCustomers : unique(reports.flatMap((r) => r.facts.customers.map((f) => f.value)));
  return { operator, mentioned: unique(mentioned), affected: unique(affected) };
}

/** The connections of `incident` whose reports (primary first) are `reports`. */
export function incidentConnections(kb: ConnectionRecords, incident: Incident, reports: readonly KnowledgeDocument[]): IncidentConnections {
  const grouping = (incident.grouping ?? []).map((link) => ({
    rule: link.rule,
    detail: link.detail,
    documents: [reportRef(kb, link.documents[0]), reportRef(kb, link.documents[1])] as [ReportRef, ReportRef],
  }));
  const alsoCovers: AlsoCovers[] = [];
  for (const doc of reports) {
    const others = (doc.incidents ?? []).filter((id) => id !== incident.id);
    const incidents = others.flatMap((id) => {
      const ref = incidentRef(kb, id);
      if (ref === null) return [];
      const link = kb.incidents.get(id)?.links?.find((l) => l.document === doc.id);
      return [{ incident: ref, reason: link?.reason ?? null }];
    });
    if (incidents.length > 0) alsoCovers.push({ report: { id: doc.id, title: doc.title }, incidents });
  }
  const coveredBy = (incident.links ?? [])
    .filter((link) => link.role === 'covers')
    .map((link) => {
      const doc = kb.documents.get(link.document);
      return { report: reportRef(kb, link.document), incident: doc === undefined ? null : incidentRef(kb, doc.incident), evidence: link.evidence, reason: link.reason };
    });
  return { roles: providerRoles(incident, reports), grouping, alsoCovers, coveredBy };
}

/** The records `incidentConnections` reads for `incident`, read from `backend` by id (the grouped and covering reports, and the incidents they and `reports` belong to). */
export async function connectionRecords(backend: SearchBackend, incident: Incident, reports: readonly KnowledgeDocument[]): Promise<ConnectionRecords> {
  const documentIds = [...(incident.grouping ?? []).flatMap((link) => link.documents), ...(incident.links ?? []).filter((link) => link.role === 'covers').map((link) => link.document)];
  const documents = await backend.documents(documentIds);
  const incidentIds = [...reports.flatMap((doc) => doc.incidents ?? []), ...documents.map((doc) => doc.incident)].filter((id) => id !== incident.id);
  const incidents = await backend.incidents(incidentIds);
  return {
    documents: new Map([...reports, ...documents].map((doc) => [doc.id, doc])),
    incidents: new Map([incident, ...incidents].map((i) => [i.id, i])),
  };
}
