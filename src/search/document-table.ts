/**
 * The compact per-document side table of the search engine: what filters, facets, sorting and
 * hits need (title, dates, providers, labels with certainty), built once when a knowledge base
 * is loaded, so a search never walks the full documents except for the snippets of its page.
 */
import { foldName, providerKey } from '../incidents/provider-key.js';
import { reportDate, reportProviders } from '../incidents/report-facts.js';
import type { Certainty, KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { LabelBadge } from '../model/search.js';

/** One document's row. */
export interface DocumentRow {
  id: string;
  incident: string;
  title: string;
  published: string | null;
  url: string | null;
  /** The incident's date (else the report's own), as `YYYYMMDD`, or -1 when unknown. */
  dateKey: number;
  /** Year of `dateKey`, or null. */
  year: number | null;
  /** Provider display names (the knowledge base's spelling of each folded name). */
  providers: string[];
  /** Folded provider names and their family keys, for filtering. */
  providerKeys: ReadonlySet<string>;
  layers: LabelBadge[];
  causes: LabelBadge[];
}

/** Filters of a search, normalised. */
export interface RowFilters {
  layers: ReadonlySet<string> | null;
  causes: ReadonlySet<string> | null;
  certainty: ReadonlySet<Certainty> | null;
  /** Folded provider names or family keys. */
  providers: ReadonlySet<string> | null;
  from: number | null;
  to: number | null;
}

/** Builds the rows of every document (incident dates win over report dates). */
export function buildDocumentTable(documents: Iterable<KnowledgeDocument>, incidents: ReadonlyMap<string, Incident>): Map<string, DocumentRow> {
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const spelling = new Map<string, string>();
  for (const doc of sorted) {
    for (const name of reportProviders(doc)) {
      const folded = foldName(name);
      if (folded !== '' && !spelling.has(folded)) spelling.set(folded, name);
    }
  }
  const rows = new Map<string, DocumentRow>();
  for (const doc of sorted) {
    const date = incidents.get(doc.incident)?.date ?? reportDate(doc)?.date ?? null;
    const dateKey = date === null ? -1 : Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10));
    const providers = [...new Set(reportProviders(doc).map((n) => spelling.get(foldName(n)) ?? n))];
    const providerKeys = new Set<string>();
    for (const name of providers) {
      providerKeys.add(foldName(name));
      providerKeys.add(providerKey(name));
    }
    rows.set(doc.id, {
      id: doc.id,
      incident: doc.incident,
      title: doc.title?.trim() || firstWords(doc.summary.text || doc.text),
      published: doc.published,
      url: doc.url,
      dateKey,
      year: dateKey < 0 ? null : Math.floor(dateKey / 10_000),
      providers,
      providerKeys,
      layers: doc.layers.map((t) => ({ label: t.label, certainty: t.certainty })),
      causes: doc.causes.map((t) => ({ label: t.label, certainty: t.certainty })),
    });
  }
  return rows;
}

/** Whether a row passes the filters. A certainty filter applies to the layer/cause filters when given, else to any tag. */
export function passesFilters(row: DocumentRow, f: RowFilters): boolean {
  const certain = (b: LabelBadge): boolean => f.certainty === null || f.certainty.has(b.certainty as Certainty);
  if (f.layers !== null && !row.layers.some((b) => f.layers?.has(b.label) === true && certain(b))) return false;
  if (f.causes !== null && !row.causes.some((b) => f.causes?.has(b.label) === true && certain(b))) return false;
  if (f.certainty !== null && f.layers === null && f.causes === null && ![...row.layers, ...row.causes].some(certain)) return false;
  if (f.providers !== null) {
    let any = false;
    for (const key of f.providers) if (row.providerKeys.has(key)) any = true;
    if (!any) return false;
  }
  if (f.from !== null && (row.year === null || row.year < f.from)) return false;
  if (f.to !== null && (row.year === null || row.year > f.to)) return false;
  return true;
}

/** The keys a provider filter value matches: its folded name and its family key. */
export function providerFilterKeys(value: string): string[] {
  return [...new Set([foldName(value), providerKey(value)])].filter((k) => k !== '');
}

function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).slice(0, 10).join(' ');
  return words === '' ? 'Untitled' : `${words}…`;
}
