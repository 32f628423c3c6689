/**
 * The fields of the search index, their boosts, and how each is read from a document.
 */
import type { AnalyzedDocument } from '../model/document.js';

/** Names of the indexed fields (also the field names of the query syntax). */
export type IndexFieldName = 'title' | 'summary' | 'provider' | 'layer' | 'cause' | 'text' | 'comments';

/** One indexed field and its ranking boost. */
export interface IndexField {
  name: IndexFieldName;
  boost: number;
}

/** The indexed fields, highest boost first: title and summary over labels and providers over text over comments. */
export const INDEX_FIELDS: readonly IndexField[] = [
  { name: 'title', boost: 8 },
  { name: 'summary', boost: 4 },
  { name: 'provider', boost: 3 },
  { name: 'layer', boost: 2 },
  { name: 'cause', boost: 2 },
  { name: 'text', boost: 1 },
  { name: 'comments', boost: 0.3 },
];

/** Other names accepted for fields in queries (`service:s3` searches the provider field). */
export const FIELD_ALIASES: Readonly<Record<string, IndexFieldName>> = {
  providers: 'provider',
  service: 'provider',
  services: 'provider',
  company: 'provider',
  layers: 'layer',
  causes: 'cause',
  comment: 'comments',
  body: 'text',
  // The summary field holds the author's summary and keywords (front matter).
  keywords: 'summary',
  keyword: 'summary',
  tags: 'summary',
  description: 'summary',
};

/** Bounds on how much of each document is indexed. */
export interface FieldLimits {
  /** Characters of the article text indexed (the rest is not searchable). */
  maxTextChars: number;
  /** Characters of comments indexed, over all comments in page order. */
  maxCommentChars: number;
}

/** The strings indexed for one document, by field. */
export type IndexedFields = Record<IndexFieldName, string>;

/** Reads the indexed strings of a document (labels with dashes become words: "load-balancer" -> "load balancer"); the summary field holds the author's summary and keywords too. */
export function indexedFields(doc: AnalyzedDocument, limits: FieldLimits): IndexedFields {
  const providers = [
    ...doc.facts.providers.map((f) => f.value),
    ...doc.facts.services.map((f) => f.value),
    doc.company ?? '',
    doc.product ?? '',
  ].filter((v) => v.trim() !== '');
  let comments = '';
  for (const comment of doc.comments) {
    if (comments.length >= limits.maxCommentChars) break;
    comments += (comments === '' ? '' : '\n\n') + comment.text;
  }
  return {
    title: doc.title ?? '',
    // The extractive summary, and what the author wrote about the report: its summary and keywords
    // (front matter `summary`/`description`, `tags`/`keywords`), so "typo" finds the S3 2017 report.
    summary: [doc.summary.text, doc.description ?? '', doc.tags.join(' ; ')].filter((s) => s.trim() !== '').join('\n\n'),
    provider: [...new Set(providers)].join(' ; '),
    layer: doc.layers.map((t) => t.label).join(' ; '),
    cause: doc.causes.map((t) => t.label).join(' ; '),
    text: doc.text.length > limits.maxTextChars ? doc.text.slice(0, limits.maxTextChars) : doc.text,
    comments: comments.length > limits.maxCommentChars ? comments.slice(0, limits.maxCommentChars) : comments,
  };
}
