/**
 * The rows of the exported tables, in their stable order: documents by id; tags by document,
 * article before comments, layers before causes, each in the document's own tag order;
 * comments by document then page order; incidents by id.
 */
import type { KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { ActionItemRow, CommentRow, DocumentRow, TagRow, TimelineRow } from './table-fields.js';

/** Rows of the documents table (`documents` already sorted by id). */
export function documentRows(documents: readonly KnowledgeDocument[], incidents: ReadonlyMap<string, Incident>): DocumentRow[] {
  return documents.map((doc) => ({ doc, incident: incidents.get(doc.incident) ?? null }));
}

/** Rows of the tags table: each document's article tags, then each comment's tags. */
export function tagRows(documents: readonly KnowledgeDocument[]): TagRow[] {
  const rows: TagRow[] = [];
  for (const doc of documents) {
    for (const tag of doc.layers) rows.push({ document: doc.id, comment: null, axis: 'layer', tag });
    for (const tag of doc.causes) rows.push({ document: doc.id, comment: null, axis: 'cause', tag });
    for (const comment of doc.comments) {
      for (const tag of comment.layers) rows.push({ document: doc.id, comment: comment.id, axis: 'layer', tag });
      for (const tag of comment.causes) rows.push({ document: doc.id, comment: comment.id, axis: 'cause', tag });
    }
  }
  return rows;
}

/** Rows of the comments table. */
export function commentRows(documents: readonly KnowledgeDocument[]): CommentRow[] {
  return documents.flatMap((doc) => doc.comments.map((comment) => ({ document: doc.id, comment })));
}

/** Rows of the timeline table: each document's outline events in time order. */
export function timelineRows(documents: readonly KnowledgeDocument[]): TimelineRow[] {
  return documents.flatMap((doc) => (doc.outline?.timeline ?? []).map((event, index) => ({ document: doc.id, index, event })));
}

/** Rows of the action-items table: each document's listed follow-up actions in order. */
export function actionItemRows(documents: readonly KnowledgeDocument[]): ActionItemRow[] {
  return documents.flatMap((doc) => (doc.outline?.actionItems ?? []).map((item, index) => ({ document: doc.id, index, item })));
}
