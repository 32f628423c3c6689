/**
 * The rows of a snapshot, table by table, as COPY values (issue 17). The search columns of a
 * document come from the in-memory engine's own row builder (`buildDocumentTable`: the incident
 * date, the providers and their filter keys, the labels of each role with their certainty, the
 * outline's values) and from the index's field reader (`indexedFields`), so both backends match
 * the same strings and filter the same values.
 */
import { DEFAULT_INDEX_OPTIONS } from '../../index/build-index.js';
import { indexedFields, type FieldLimits } from '../../index/index-fields.js';
import type { KnowledgeDocument, Tag } from '../../model/document.js';
import type { Incident, IncidentLink } from '../../model/incident.js';
import type { LabelBadge } from '../../model/search.js';
import { buildDocumentTable } from '../../search/document-table.js';
import type { CopyValue } from './copy-text.js';

/** A table of the snapshot: its name, its columns in COPY order, and its rows. */
export interface SnapshotTable {
  name: string;
  columns: readonly string[];
  rows: Iterable<CopyValue[]>;
}

/** The columns of `documents` that a load writes (the tsvector is generated). */
export const DOCUMENT_COLUMNS = Object.freeze([
  'id', 'incident', 'title', 'published', 'incident_date', 'url', 'date_key', 'year', 'description', 'keywords',
  'providers', 'provider_keys', 'origin_layers', 'impacted_layers', 'any_layers', 'causes',
  'origin_layer_certainty', 'impacted_layer_certainty', 'cause_certainty', 'certainties',
  'layer_badges', 'impacted_layer_badges', 'cause_badges', 'trigger', 'detection', 'mitigations',
  'summary', 'search_title', 'search_summary', 'body', 'search_comments', 'outline', 'dates', 'record',
] as const);

const distinct = (values: Iterable<string>): string[] => [...new Set(values)];
const labels = (badges: readonly LabelBadge[]): string[] => distinct(badges.map((b) => b.label));
const withCertainty = (badges: readonly LabelBadge[]): string[] => distinct(badges.map((b) => `${b.label}:${b.certainty}`));

/** The `documents` rows of `documents` (their incidents give the incident date a row is filtered and sorted by). */
export function documentRows(documents: readonly KnowledgeDocument[], incidents: ReadonlyMap<string, Incident>, limits: FieldLimits): Iterable<CopyValue[]> {
  const table = buildDocumentTable(documents, incidents);
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  return table.rows.map((row): CopyValue[] => {
    const doc = byId.get(row.id)!;
    const fields = indexedFields(doc, limits);
    const origin = labels(row.layers);
    const impacted = labels(row.impactedLayers);
    return [
      row.id,
      row.incident,
      row.title,
      row.published,
      row.incidentDate,
      row.url,
      row.dateKey,
      row.year,
      doc.description ?? null,
      doc.tags,
      row.providers,
      [...row.providerKeys],
      origin,
      impacted,
      distinct([...origin, ...impacted]),
      labels(row.causes),
      withCertainty(row.layers),
      withCertainty(row.impactedLayers),
      withCertainty(row.causes),
      distinct([...row.layers, ...row.impactedLayers, ...row.causes].map((b) => b.certainty)),
      { json: row.layers },
      { json: row.impactedLayers },
      { json: row.causes },
      row.outline.trigger,
      row.outline.detection,
      row.outline.mitigations,
      doc.summary.text,
      fields.title,
      [fields.summary, fields.provider, fields.layer, fields.cause].filter((s) => s !== '').join('\n\n'),
      fields.text,
      fields.comments,
      doc.outline === undefined ? null : { json: doc.outline },
      doc.dates === undefined ? null : { json: doc.dates },
      { json: doc },
    ];
  });
}

/** The `incidents` rows. */
function* incidentRows(incidents: readonly Incident[]): Iterable<CopyValue[]> {
  for (const incident of incidents) {
    yield [
      incident.id,
      incident.title,
      incident.date,
      incident.operator ?? null,
      incident.providers,
      incident.services,
      distinct(incident.layers.map((t) => t.label)),
      distinct(incident.causes.map((t) => t.label)),
      incident.summary,
      incident.outline === undefined ? null : { json: incident.outline },
      { json: incident },
    ];
  }
}

/** How each document is tied to an incident: its links, or (older data folders) its reports, the first the primary. */
function linksOf(incident: Incident): IncidentLink[] {
  if (incident.links !== undefined) return incident.links;
  return incident.reports.map((document, i) => ({ document, role: i === 0 ? 'primary' : 'report', evidence: null, reason: 'a report of it' }));
}

/** The `document_incidents` rows (one per document and incident). */
function* linkRows(incidents: readonly Incident[]): Iterable<CopyValue[]> {
  for (const incident of incidents) {
    const seen = new Set<string>();
    for (const link of linksOf(incident)) {
      if (seen.has(link.document)) continue;
      seen.add(link.document);
      yield [link.document, incident.id, link.role, link.reason, link.evidence === null ? null : { json: link.evidence }];
    }
  }
}

/** The `sentences` rows. */
function* sentenceRows(documents: readonly KnowledgeDocument[]): Iterable<CopyValue[]> {
  for (const doc of documents) {
    let ordinal = 0;
    for (const s of doc.sentences) yield [doc.id, ordinal++, s.start, s.end, s.role, s.section ?? null];
  }
}

/** The `tags` rows: the document's layer and cause tags, then each comment's. */
function* tagRows(documents: readonly KnowledgeDocument[]): Iterable<CopyValue[]> {
  const rows = (document: string, comment: string | null, kind: 'layer' | 'cause', tags: readonly Tag[]): CopyValue[][] =>
    tags.map((t, ordinal) => [document, comment, kind, ordinal, t.label, t.role, t.certainty, t.confidence, t.rules, { json: t.evidence }]);
  for (const doc of documents) {
    yield* rows(doc.id, null, 'layer', doc.layers);
    yield* rows(doc.id, null, 'cause', doc.causes);
    for (const comment of doc.comments) {
      yield* rows(doc.id, comment.id, 'layer', comment.layers);
      yield* rows(doc.id, comment.id, 'cause', comment.causes);
    }
  }
}

/** The `comments` rows. */
function* commentRows(documents: readonly KnowledgeDocument[]): Iterable<CopyValue[]> {
  for (const doc of documents) {
    let ordinal = 0;
    for (const c of doc.comments) yield [doc.id, ordinal++, c.id, c.author ?? null, c.published ?? null, c.url ?? null, c.text];
  }
}

/** Every table of a snapshot, in load order; `documents` in `documentParts` slices (copied over parallel connections). */
export function snapshotTables(
  documents: readonly KnowledgeDocument[],
  incidents: readonly Incident[],
  limits: FieldLimits = { maxTextChars: DEFAULT_INDEX_OPTIONS.maxTextChars, maxCommentChars: DEFAULT_INDEX_OPTIONS.maxCommentChars },
  documentParts = 1,
): SnapshotTable[] {
  const incidentMap = new Map(incidents.map((incident) => [incident.id, incident]));
  const size = Math.ceil(documents.length / Math.max(1, documentParts));
  const slices = size === 0 ? [documents] : Array.from({ length: Math.ceil(documents.length / size) }, (_, i) => documents.slice(i * size, (i + 1) * size));
  return [
    ...slices.map((slice) => ({ name: 'documents', columns: DOCUMENT_COLUMNS, rows: documentRows(slice, incidentMap, limits) })),
    { name: 'incidents', columns: ['id', 'title', 'date', 'operator', 'providers', 'services', 'layers', 'causes', 'summary', 'outline', 'record'], rows: incidentRows(incidents) },
    { name: 'document_incidents', columns: ['document', 'incident', 'role', 'reason', 'evidence'], rows: linkRows(incidents) },
    { name: 'sentences', columns: ['document', 'ordinal', 'start_offset', 'end_offset', 'role', 'section'], rows: sentenceRows(documents) },
    { name: 'tags', columns: ['document', 'comment', 'kind', 'ordinal', 'label', 'role', 'certainty', 'confidence', 'rules', 'evidence'], rows: tagRows(documents) },
    { name: 'comments', columns: ['document', 'ordinal', 'id', 'author', 'published', 'url', 'text'], rows: commentRows(documents) },
  ];
}
