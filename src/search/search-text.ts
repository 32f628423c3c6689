/**
 * A document's search texts: what a search reads of a document beyond its search record: the
 * indexed fields (phrase checks, `-word` checks, "did you mean" surfaces), the summary
 * text (proximity, snippets of documents whose text lacks the words), the sentence boundaries
 * (snippets) and the author's description and keywords (result rows). A server holds these for
 * every document, so a search never parses a full document. Written at ingest beside
 * `documents.jsonl` (`src/store/search-texts-file.ts`) with the fields unlimited; the index's
 * field limits are applied when they are read (`limitFields`).
 */
import { indexedFields, type FieldLimits, type IndexedFields } from '../index/index-fields.js';
import type { KnowledgeDocument, Span } from '../model/document.js';

/** What a search reads of one document's texts. */
export interface SearchText {
  /** The indexed fields without the index's limits (`text` is the whole article text). */
  fields: IndexedFields;
  /** The extractive summary's text. */
  summary: string;
  /** Sentence boundaries of `fields.text`, as start, end pairs. */
  sentences: Int32Array;
  description: string | null;
  tags: string[];
}

/** Field limits that keep every character. */
const UNLIMITED: FieldLimits = { maxTextChars: Number.MAX_SAFE_INTEGER, maxCommentChars: Number.MAX_SAFE_INTEGER };

/** The search texts of `doc`. */
export function searchTextOf(doc: KnowledgeDocument): SearchText {
  const sentences = new Int32Array(doc.sentences.length * 2);
  doc.sentences.forEach((s, i) => {
    sentences[2 * i] = s.start;
    sentences[2 * i + 1] = s.end;
  });
  return { fields: indexedFields(doc, UNLIMITED), summary: doc.summary.text, sentences, description: doc.description, tags: doc.tags };
}

/** The fields as the index read them: `text` and `comments` cut at the index's limits (as `indexedFields` cuts them). */
export function limitFields(fields: IndexedFields, limits: FieldLimits): IndexedFields {
  const { text, comments } = fields;
  if (text.length <= limits.maxTextChars && comments.length <= limits.maxCommentChars) return fields;
  return { ...fields, text: text.slice(0, limits.maxTextChars), comments: comments.slice(0, limits.maxCommentChars) };
}

/** The sentence spans of `text` (for a snippet). */
export function sentenceSpans(text: SearchText): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i + 1 < text.sentences.length; i += 2) spans.push({ start: text.sentences[i]!, end: text.sentences[i + 1]! });
  return spans;
}
