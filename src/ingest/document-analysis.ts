/**
 * The analyse+tag stage for one merged document: one wink-nlp pass over the article (sentences,
 * parts of speech, entities, facts, summary, keyphrases), then the reading of the report (its
 * anatomy: the role of every sentence; its voice; its tags), its outline (trigger, detection,
 * mitigation, timeline, durations, action items), and each comment analysed and tagged
 * on its own (a comment's tags never override the article's). The front matter's `official: true`
 * or `false` says whether the article is the operator's own report. Pure: a plain record in,
 * a plain record out, so it runs the same in the main thread or a worker.
 */
import { analyzeComment, analyzeText } from '../analyze/analyze-text.js';
import type { AnalyzedComment, AnalyzedDocument, IngestedDocument } from '../model/document.js';
import { readDocumentDates } from '../analyze/document-dates.js';
import { roledSentences } from '../anatomy/read-anatomy.js';
import { readOutline } from '../outline/read-outline.js';
import { defaultRulebook } from '../rulebook/rulebook.js';
import type { Rulebook } from '../rulebook/rulebook.js';
import { readReport } from '../tag/tag-document.js';

/** The fields the analyse+tag stage adds to an ingested document. */
export type DocumentAnalysis = Omit<AnalyzedDocument, keyof IngestedDocument> & {
  /** Tags of each comment, by comment id. */
  commentTags: Record<string, Pick<AnalyzedComment, 'layers' | 'causes'>>;
};

/** A front-matter time kept in `meta` (the end time), as ISO when it reads as one. */
function frontMatterTime(value: unknown): string | null {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return null;
  return new Date(Date.parse(value)).toISOString();
}

/** Runs analysis and tagging over one document's text and comments (`rulebook`: the default one when omitted). */
export function analyzeDocumentFields(doc: IngestedDocument, rulebook?: Rulebook): DocumentAnalysis {
  const analysis = analyzeText(doc.text, {
    title: doc.title,
    published: doc.published,
    company: doc.company,
    product: doc.product,
    startTime: doc.startTime,
  });
  const official = typeof doc.meta.official === 'boolean' ? doc.meta.official : undefined;
  const reading = readReport(
    {
      text: doc.text,
      sentences: analysis.sentences,
      pos: analysis.pos,
      title: doc.title,
      url: doc.url,
      company: doc.company,
      providers: analysis.facts.providers.map((p) => p.value),
    },
    { official, rulebook },
  );
  const outline = readOutline(
    {
      units: reading.anatomy.units,
      tags: reading.tags,
      published: doc.published,
      startTime: doc.startTime,
      endTime: frontMatterTime(doc.meta.end_time ?? doc.meta.endTime),
      statedDurationMinutes: analysis.facts.duration?.value.minutes ?? null,
      outsideParties: reading.voice.document.outsideParties,
    },
    rulebook ?? defaultRulebook(),
  );
  const commentTags: DocumentAnalysis['commentTags'] = {};
  for (const comment of doc.comments) {
    const { sentences, pos } = analyzeComment(comment.text);
    const { layers, causes } = readReport(
      { text: comment.text, sentences, pos, company: doc.company, providers: analysis.facts.providers.map((p) => p.value) },
      { isComment: true, rulebook },
    ).tags;
    commentTags[comment.id] = { layers, causes };
  }
  return {
    layers: reading.tags.layers,
    causes: reading.tags.causes,
    sentences: roledSentences(analysis.sentences, reading.anatomy),
    entities: analysis.entities,
    tokenCount: analysis.tokenCount,
    facts: analysis.facts,
    summary: analysis.summary,
    keyphrases: analysis.keyphrases,
    outline,
    dates: readDocumentDates({ ...analysis, title: doc.title, url: doc.url, published: doc.published, startTime: doc.startTime, text: doc.text, timeline: outline.timeline }),
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
export function analyzeDocument(doc: IngestedDocument, rulebook?: Rulebook): AnalyzedDocument {
  return applyAnalysis(doc, analyzeDocumentFields(doc, rulebook));
}
