/**
 * The analyse+tag stage for one merged document: one wink-nlp pass over the article (sentences,
 * entities, facts, summary, keyphrases), tags over its sentences, and each comment analysed and
 * tagged on its own (a comment's tags never override the article's). Pure: a plain record in,
 * a plain record out, so it runs the same in the main thread or a worker.
 */
import { analyzeComment, analyzeText } from '../analyze/analyze-text.js';
import type { AnalyzedComment, AnalyzedDocument, IngestedDocument } from '../model/document.js';
import { tagText } from '../tag/tag-text.js';

/** The fields the analyse+tag stage adds to an ingested document. */
export type DocumentAnalysis = Omit<AnalyzedDocument, keyof IngestedDocument> & {
  /** Tags of each comment, by comment id. */
  commentTags: Record<string, Pick<AnalyzedComment, 'layers' | 'causes'>>;
};

/** Runs analysis and tagging over one document's text and comments. */
export function analyzeDocumentFields(doc: IngestedDocument): DocumentAnalysis {
  const analysis = analyzeText(doc.text, {
    title: doc.title,
    published: doc.published,
    company: doc.company,
    product: doc.product,
    startTime: doc.startTime,
  });
  const tags = tagText(doc.text, analysis.sentences);
  const commentTags: DocumentAnalysis['commentTags'] = {};
  for (const comment of doc.comments) {
    const { sentences } = analyzeComment(comment.text);
    const { layers, causes } = tagText(comment.text, sentences, { isComment: true });
    commentTags[comment.id] = { layers, causes };
  }
  return {
    layers: tags.layers,
    causes: tags.causes,
    sentences: analysis.sentences,
    entities: analysis.entities,
    tokenCount: analysis.tokenCount,
    facts: analysis.facts,
    summary: analysis.summary,
    keyphrases: analysis.keyphrases,
    commentTags,
  };
}

/** Combines an ingested document with its analysis into an `AnalyzedDocument`. */
export function applyAnalysis(doc: IngestedDocument, analysis: DocumentAnalysis): AnalyzedDocument {
  const { commentTags, ...fields } = analysis;
  const comments: AnalyzedComment[] = doc.comments.map((comment) => ({
    ...comment,
    layers: commentTags[comment.id]?.layers ?? [],
    causes: commentTags[comment.id]?.causes ?? [],
  }));
  const { comments: _ignored, ...rest } = doc;
  return { ...rest, ...fields, comments };
}

/** Analyses and tags one ingested document. */
export function analyzeDocument(doc: IngestedDocument): AnalyzedDocument {
  return applyAnalysis(doc, analyzeDocumentFields(doc));
}
