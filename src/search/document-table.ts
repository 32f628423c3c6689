/**
 * The compact per-document side table of the search engine: what filters, facets, sorting and
 * hits need (title, dates, providers, labels with certainty), built once when a knowledge base
 * is loaded, so a search never walks the full documents except for the snippets of its page.
 */
import { foldName, providerKey } from '../incidents/provider-key.js';
import { dateSortKey } from '../analyze/reconcile-incident-date.js';
import { rowIncidentDates } from './row-date.js';
import { searchRecordOf, type SearchRecord } from './search-record.js';
import type { Certainty, KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { LayerRoleFilter } from '../model/layer-role-filter.js';
import type { LabelBadge } from '../model/search.js';
import { CERTAINTY_LEVELS } from '../model/taxonomy.js';

/** One document's row. */
export interface DocumentRow {
  id: string;
  incident: string;
  title: string;
  published: string | null;
  /** The incident date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`): the incident's, else the report's own; never the publication date; null when unknown. */
  incidentDate: string | null;
  url: string | null;
  /** `incidentDate` as `YYYYMMDD` (missing month or day 00), or -1 when unknown. */
  dateKey: number;
  /** Year of `dateKey`, or null. */
  year: number | null;
  /** Provider display names (the knowledge base's spelling of each folded name). */
  providers: string[];
  /** Folded provider names and their family keys, for filtering. */
  providerKeys: ReadonlySet<string>;
  /** Origin layers (where it broke), in the document's order. */
  layers: LabelBadge[];
  /** Impacted layers (what failed as a consequence), in the document's order. */
  impactedLayers: LabelBadge[];
  causes: LabelBadge[];
  /** What the document's outline states (null, empty: no outline, in data folders written before the outline stage). */
  outline: { trigger: string | null; detection: string | null; mitigations: string[] };
  /**
   * Facet codes: positions in the table's `layerNames` (origin `layers`, `impactedLayers`, and
   * `anyLayers`, their union), `causeNames`, `providerNames`, `years`, `triggerNames`,
   * `detectionNames` (-1: no outline) and `mitigationNames`.
   */
  codes: {
    layers: number[];
    impactedLayers: number[];
    anyLayers: number[];
    causes: number[];
    providers: number[];
    year: number;
    trigger: number;
    detection: number;
    mitigations: number[];
  };
}

/** A list of codes per row, packed: row `i`'s codes are `values[offsets[i]]` up to `values[offsets[i + 1]]`. */
export interface PackedCodes {
  offsets: Int32Array;
  values: Int32Array;
}

/** The rows' facet codes in typed arrays (what facet counting reads per matched row). */
export interface FacetColumns {
  layers: PackedCodes;
  impactedLayers: PackedCodes;
  anyLayers: PackedCodes;
  causes: PackedCodes;
  providers: PackedCodes;
  mitigations: PackedCodes;
  year: Int32Array;
  /** -1: no outline. */
  trigger: Int32Array;
  detection: Int32Array;
  /** Bit `c` set when some layer (origin or impacted) or cause tag has certainty `CERTAINTY_LEVELS[c]`. */
  certainties: Uint8Array;
}

/** The rows of a knowledge base, with the dictionaries of their facet codes. */
export interface DocumentTable {
  /** Rows sorted by id. */
  rows: DocumentRow[];
  /** The rows' facet codes, column by column. */
  columns: FacetColumns;
  /** Row position by document id. */
  positions: ReadonlyMap<string, number>;
  layerNames: string[];
  causeNames: string[];
  providerNames: string[];
  years: (number | null)[];
  triggerNames: string[];
  detectionNames: string[];
  mitigationNames: string[];
}

/** Filters of a search, normalised. */
export interface RowFilters {
  layers: ReadonlySet<string> | null;
  /** Which layers `layers` (and the layer facet) read. */
  layerRole: LayerRoleFilter;
  causes: ReadonlySet<string> | null;
  certainty: ReadonlySet<Certainty> | null;
  /** Folded provider names or family keys. */
  providers: ReadonlySet<string> | null;
  /** Outline values: a document passes when its outline states any of them. */
  triggers: ReadonlySet<string> | null;
  detections: ReadonlySet<string> | null;
  mitigations: ReadonlySet<string> | null;
  from: number | null;
  to: number | null;
  /** Keep only rows without a year. */
  undated: boolean;
}

/** Builds the rows of every document (the incident's date wins over the report's own; see row-date.ts). */
export function buildDocumentTable(documents: Iterable<KnowledgeDocument>, incidents: ReadonlyMap<string, Incident>): DocumentTable {
  return buildRecordTable([...documents].map(searchRecordOf), incidents);
}

/** Builds the rows from the documents' search records (what a server holds instead of the documents). */
export function buildRecordTable(records: readonly SearchRecord[], incidents: ReadonlyMap<string, Incident>): DocumentTable {
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const spelling = new Map<string, string>();
  for (const doc of sorted) {
    for (const name of doc.providers) {
      const folded = foldName(name);
      if (folded !== '' && !spelling.has(folded)) spelling.set(folded, name);
    }
  }
  const dictionaries = {
    layers: new Dictionary<string>(),
    causes: new Dictionary<string>(),
    providers: new Dictionary<string>(),
    years: new Dictionary<number | null>(),
    triggers: new Dictionary<string>(),
    detections: new Dictionary<string>(),
    mitigations: new Dictionary<string>(),
  };
  const incidentDates = rowIncidentDates(sorted, incidents);
  const rows = sorted.map((doc): DocumentRow => {
    const incidentDate = incidentDates.get(doc.id)?.value ?? null;
    const dateKey = dateSortKey(incidentDate);
    const year = dateKey < 0 ? null : Math.floor(dateKey / 10_000);
    const providers = [...new Set(doc.providers.map((n) => spelling.get(foldName(n)) ?? n))];
    const providerKeys = new Set<string>();
    for (const name of providers) {
      providerKeys.add(foldName(name));
      providerKeys.add(providerKey(name));
    }
    const layers = doc.layers.filter((t) => t.impacted !== true).map((t) => ({ label: t.label, certainty: t.certainty }));
    const impactedLayers = doc.layers.filter((t) => t.impacted === true).map((t) => ({ label: t.label, certainty: t.certainty }));
    const layerCodes = [...new Set(layers.map((b) => dictionaries.layers.code(b.label)))];
    const impactedCodes = [...new Set(impactedLayers.map((b) => dictionaries.layers.code(b.label)))];
    const causes = doc.causes.map((t) => ({ label: t.label, certainty: t.certainty }));
    const outline = {
      trigger: doc.outline?.trigger ?? null,
      detection: doc.outline?.detection ?? null,
      mitigations: doc.outline?.mitigations ?? [],
    };
    return {
      id: doc.id,
      incident: doc.incident,
      title: doc.heading,
      published: doc.published,
      incidentDate,
      url: doc.url,
      dateKey,
      year,
      providers,
      providerKeys,
      layers,
      impactedLayers,
      causes,
      outline,
      codes: {
        layers: layerCodes,
        impactedLayers: impactedCodes,
        anyLayers: [...new Set([...layerCodes, ...impactedCodes])],
        causes: [...new Set(causes.map((b) => dictionaries.causes.code(b.label)))],
        providers: providers.map((p) => dictionaries.providers.code(p)),
        year: dictionaries.years.code(year),
        trigger: outline.trigger === null ? -1 : dictionaries.triggers.code(outline.trigger),
        detection: outline.detection === null ? -1 : dictionaries.detections.code(outline.detection),
        mitigations: outline.mitigations.map((m) => dictionaries.mitigations.code(m)),
      },
    };
  });
  return {
    rows,
    columns: facetColumns(rows),
    positions: new Map(rows.map((row, i) => [row.id, i])),
    layerNames: dictionaries.layers.values,
    causeNames: dictionaries.causes.values,
    providerNames: dictionaries.providers.values,
    years: dictionaries.years.values,
    triggerNames: dictionaries.triggers.values,
    detectionNames: dictionaries.detections.values,
    mitigationNames: dictionaries.mitigations.values,
  };
}

/** Packs one list of codes per row. */
function pack(rows: readonly DocumentRow[], pick: (row: DocumentRow) => readonly number[]): PackedCodes {
  const offsets = new Int32Array(rows.length + 1);
  rows.forEach((row, i) => (offsets[i + 1] = offsets[i]! + pick(row).length));
  const values = new Int32Array(offsets[rows.length]!);
  rows.forEach((row, i) => values.set(pick(row), offsets[i]));
  return { offsets, values };
}

/** The facet columns of `rows`. */
function facetColumns(rows: readonly DocumentRow[]): FacetColumns {
  const certainties = new Uint8Array(rows.length);
  rows.forEach((row, i) => {
    let mask = 0;
    for (const badge of [...row.layers, ...row.impactedLayers, ...row.causes]) {
      const level = CERTAINTY_LEVELS.indexOf(badge.certainty);
      if (level >= 0) mask |= 1 << level;
    }
    certainties[i] = mask;
  });
  return {
    layers: pack(rows, (row) => row.codes.layers),
    impactedLayers: pack(rows, (row) => row.codes.impactedLayers),
    anyLayers: pack(rows, (row) => row.codes.anyLayers),
    causes: pack(rows, (row) => row.codes.causes),
    providers: pack(rows, (row) => row.codes.providers),
    mitigations: pack(rows, (row) => row.codes.mitigations),
    year: Int32Array.from(rows, (row) => row.codes.year),
    trigger: Int32Array.from(rows, (row) => row.codes.trigger),
    detection: Int32Array.from(rows, (row) => row.codes.detection),
    certainties,
  };
}

/** Assigns consecutive codes to distinct values. */
class Dictionary<T> {
  readonly values: T[] = [];
  private readonly codes = new Map<T, number>();

  code(value: T): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

/** Whether any filter is set (a layer role alone filters nothing: it only says which layers `layers` reads). */
export function hasFilters(f: RowFilters): boolean {
  return (
    f.layers !== null ||
    f.causes !== null ||
    f.certainty !== null ||
    f.providers !== null ||
    f.triggers !== null ||
    f.detections !== null ||
    f.mitigations !== null ||
    f.from !== null ||
    f.to !== null ||
    f.undated
  );
}

/** Whether some badge has a label in `labels` (any label when null) and a certainty in `certainty` (any when null). */
function anyBadge(badges: readonly LabelBadge[], labels: ReadonlySet<string> | null, certainty: ReadonlySet<Certainty> | null): boolean {
  for (const b of badges) {
    if ((labels === null || labels.has(b.label)) && (certainty === null || certainty.has(b.certainty))) return true;
  }
  return false;
}

/** Whether some layer badge of the given role passes `anyBadge`. */
function anyLayerBadge(row: DocumentRow, role: LayerRoleFilter, labels: ReadonlySet<string> | null, certainty: ReadonlySet<Certainty> | null): boolean {
  return (
    (role !== 'impacted' && anyBadge(row.layers, labels, certainty)) || (role !== 'origin' && anyBadge(row.impactedLayers, labels, certainty))
  );
}

/**
 * Whether a row passes the filters. The layer filter reads the layers of `layerRole`. A certainty
 * filter applies to the layer/cause filters when given, else to any tag (origin or impacted). The
 * outline filters read the document's outline (a document without one passes none of them).
 */
export function passesFilters(row: DocumentRow, f: RowFilters): boolean {
  if (f.layers !== null && !anyLayerBadge(row, f.layerRole, f.layers, f.certainty)) return false;
  if (f.causes !== null && !anyBadge(row.causes, f.causes, f.certainty)) return false;
  if (
    f.certainty !== null &&
    f.layers === null &&
    f.causes === null &&
    !anyLayerBadge(row, 'any', null, f.certainty) &&
    !anyBadge(row.causes, null, f.certainty)
  ) {
    return false;
  }
  if (f.providers !== null) {
    let any = false;
    for (const key of f.providers) if (row.providerKeys.has(key)) any = true;
    if (!any) return false;
  }
  if (f.triggers !== null && (row.outline.trigger === null || !f.triggers.has(row.outline.trigger))) return false;
  if (f.detections !== null && (row.outline.detection === null || !f.detections.has(row.outline.detection))) return false;
  if (f.mitigations !== null && !row.outline.mitigations.some((m) => f.mitigations!.has(m))) return false;
  if (f.from !== null && (row.year === null || row.year < f.from)) return false;
  if (f.to !== null && (row.year === null || row.year > f.to)) return false;
  if (f.undated && row.year !== null) return false;
  return true;
}

/** The keys a provider filter value matches: its folded name and its family key. */
export function providerFilterKeys(value: string): string[] {
  return [...new Set([foldName(value), providerKey(value)])].filter((k) => k !== '');
}
