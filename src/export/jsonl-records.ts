/**
 * JSONL lines of documents and incidents: one record a line, top-level keys in the order of
 * `json-fields.ts`, nested keys sorted, and with `noText` the article text and the comments'
 * texts left out (summaries, evidence and links stay).
 */
import type { KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import { orderedJson } from './canonical-json.js';
import { DOCUMENT_JSON_FIELDS, INCIDENT_JSON_FIELDS } from './json-fields.js';

const DOCUMENT_ORDER = DOCUMENT_JSON_FIELDS.map((field) => field.name);
const INCIDENT_ORDER = INCIDENT_JSON_FIELDS.map((field) => field.name);

/**
 * A document as exported: every field present (`outline` null for documents analysed before the
 * outline stage); with `noText`, without `text` and without each comment's `text`.
 */
export function exportedDocument(doc: KnowledgeDocument, noText: boolean): Record<string, unknown> {
  const complete = doc.outline === undefined ? { ...doc, outline: null } : doc;
  if (!noText) return complete as unknown as Record<string, unknown>;
  const { text: _text, comments, ...rest } = complete;
  return { ...rest, comments: comments.map(({ text: _commentText, ...comment }) => comment) };
}

/** One `documents.jsonl` line (with its trailing newline). */
export function documentJsonLine(doc: KnowledgeDocument, noText: boolean): string {
  return `${orderedJson(exportedDocument(doc, noText), DOCUMENT_ORDER)}\n`;
}

/** One `incidents.jsonl` line (with its trailing newline). */
export function incidentJsonLine(incident: Incident): string {
  const complete = incident.outline === undefined ? { ...incident, outline: null } : incident;
  return `${orderedJson(complete as unknown as Record<string, unknown>, INCIDENT_ORDER)}\n`;
}
