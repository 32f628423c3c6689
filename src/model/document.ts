/**
 * The one typed document model that every pipeline stage extends.
 *
 * Stages hand plain, JSON-serialisable records to each other (so any stage can run in a worker
 * thread):
 *
 *   read  -> SourceFile          (bytes + hash of one file; I/O only)
 *   parse -> ParsedDocument      (one file's article, metadata and comments; pure)
 *   normalize -> ParsedDocument  (same shape, text normalised; pure)
 *   dedupe -> IngestedDocument   (copies merged, stable id, every source listed; whole corpus)
 *   analyze/tag -> AnalyzedDocument (sentences, entities, tags, facts, summary; pure per document)
 *   incidents -> KnowledgeDocument (names its incident; whole corpus)
 *
 * All character offsets (`start`, `end`) index the document's normalised `text` (or, for a
 * comment, the comment's `text`), UTF-16 code units as JavaScript strings count them, `end`
 * exclusive: `text.slice(start, end)` is the span.
 */

import type { Outline } from './outline.js';
import type { CauseLabel, CauseRole, Certainty, LayerLabel, LayerRole, SentenceRole } from './taxonomy.js';

export type { CauseLabel, CauseRole, Certainty, KnownCause, LayerLabel, LayerRole, SentenceRole } from './taxonomy.js';

/** The input formats the ingestion understands. */
export type SourceFormat = 'markdown' | 'text' | 'html';

/** A half-open character range `[start, end)` into a text. */
export interface Span {
  /** First character (UTF-16 code unit index). */
  start: number;
  /** One past the last character. */
  end: number;
}

/** A span together with the exact text it covers (`text === doc.text.slice(start, end)`). */
export interface TextSpan extends Span {
  /** The covered text, verbatim. */
  text: string;
}

/** One file of the corpus as read from disk (the `read` stage's output). */
export interface SourceFile {
  /** Path relative to the corpus folder, with forward slashes. */
  path: string;
  /** Raw bytes of the file. */
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
}

/** A reader comment as a parser found it. */
export interface ParsedComment {
  /** The commenter's name, or null when no author line could be recognised. */
  author: string | null;
  /** The comment body (paragraphs joined by a blank line). */
  text: string;
  /** ISO date or date-time of the comment when the source gives one. */
  published: string | null;
  /** The commenter's link (website/blog) when the source gives one. */
  url: string | null;
}

/** What a parser extracts from one file (the `parse` stage's output). */
export interface ParsedDocument {
  /** Corpus-relative path of the file. */
  path: string;
  /** Format the parser read the file as. */
  format: SourceFormat;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  /** Size of the file in bytes. */
  bytes: number;
  /** True when the metadata came from the file itself (front matter, HTML meta), not guessed. */
  hasMetadata: boolean;
  /** Article title. */
  title: string | null;
  /** Canonical/original URL of the article. */
  url: string | null;
  /** Publication date: ISO `YYYY-MM-DD` or a full ISO date-time. */
  published: string | null;
  /** Article author(s). */
  author: string | null;
  /** Author-supplied summary (front matter `summary`, meta description). */
  description: string | null;
  /** Author-supplied tags/keywords/categories. */
  tags: string[];
  /** Company/provider named by the metadata (front matter `company`). */
  company: string | null;
  /** Product/service named by the metadata (front matter `product`). */
  product: string | null;
  /** Incident start time from the metadata (front matter `start_time`), ISO. */
  startTime: string | null;
  /** Metadata keys the parser does not map, kept verbatim (JSON-safe values). */
  meta: Record<string, unknown>;
  /** Article body: paragraphs separated by a blank line (`\n\n`), list items by `\n`. */
  text: string;
  /** Reader comments, in page order. */
  comments: ParsedComment[];
}

/** One input file that contributed to a merged document. */
export interface DocumentSource {
  /** Corpus-relative path. */
  path: string;
  /** Format it was parsed as. */
  format: SourceFormat;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  /** Size in bytes. */
  bytes: number;
  /** Similarity (0..1) of this copy's text to the kept text; 1 for the kept copy and exact copies. */
  similarity: number;
  /** How this copy joined the document: the kept copy, an exact duplicate or a near duplicate. */
  match: 'kept' | 'exact' | 'near';
}

/** A reader comment of a merged document. */
export interface Comment {
  /** Stable id: `<document id>-c<hash>`, unique within the knowledge base. */
  id: string;
  /** Commenter name, or null when unknown. */
  author: string | null;
  /** Comment text (normalised). */
  text: string;
  /** ISO date or date-time, when known. */
  published: string | null;
  /** Commenter's link, when known. */
  url: string | null;
}

/** A document after dedupe: one article, however many copies of it were read. */
export interface IngestedDocument {
  /** Stable id derived from the article's content fingerprint (same input -> same id). */
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  author: string | null;
  description: string | null;
  tags: string[];
  company: string | null;
  product: string | null;
  startTime: string | null;
  meta: Record<string, unknown>;
  /** Every file merged into this document; the kept copy first. */
  sources: DocumentSource[];
  /** Normalised article text. */
  text: string;
  /** Reader comments, deduplicated, in page order. */
  comments: Comment[];
  /** Hex SHA-256 of the normalised text (the exact-duplicate key). */
  textHash: string;
}

// ---------------------------------------------------------------------------------------------
// Analysis and tagging (added by the analyze and tag stages)

/** One evidence sentence of a tag: the span, and the part of the report it came from. */
export interface Evidence extends TextSpan {
  /** The sentence's role in the report (root-cause, trigger, summary, ...). */
  role: SentenceRole;
}

/** One label on one axis, with the sentences that support it. */
export interface Tag<L extends string = string, R extends string = string> {
  /** The taxonomy label, exactly as in `../shared/taxonomy.md`. */
  label: L;
  /** 0..1: how sure the tagger is that the label applies. */
  confidence: number;
  /** How firmly the source states it (the strongest supporting sentence wins). */
  certainty: Certainty;
  /** The part the label plays: origin or impacted for a layer; root, contributing or trigger for a cause. */
  role: R;
  /** Supporting sentences, strongest first; offsets index the tagged text. */
  evidence: Evidence[];
  /** Ids of the rulebook rules that produced the tag (cues, sections, roles, voice), sorted. */
  rules: string[];
}

/** A failure-layer tag. */
export type LayerTag = Tag<LayerLabel, LayerRole>;

/** A root-cause tag. */
export type CauseTag = Tag<CauseLabel, CauseRole>;

/** A sentence found by the analysis stage. */
export interface Sentence extends Span {
  /** True when the sentence sits inside a quotation or a quoted official statement. */
  quoted?: boolean;
}

/**
 * wink-nlp's tokens of a span of text with their parts of speech (universal tags: VERB, AUX,
 * NOUN, ...), offsets into the whole text: the reading of the report asks a {@link PosReader} for
 * them; they are not stored.
 */
export interface PosTokens {
  /** Token values as written. */
  values: readonly string[];
  /** Start offset of each token in the text. */
  starts: Int32Array;
  /** End offset (exclusive) of each token. */
  ends: Int32Array;
  /** Universal part-of-speech tag of each token. */
  pos: readonly string[];
}

/**
 * Parts of speech of a span: the reading of a report needs them for few of its sentences (the
 * tense of a possible description, the verb an action item opens with), so it asks for those
 * spans; the analysis tags them in its one wink pass (src/analyze/read-pos.ts).
 */
export interface PosReader {
  /** The tokens of `[start, end)` of the text with their parts of speech (offsets into the text). */
  read(start: number, end: number): PosTokens;
}

/** A sentence of a stored document: its span, and the part of the report it belongs to. */
export interface RoledSentence extends Sentence {
  /** The sentence's role in the report (see `SENTENCE_ROLES`). */
  role: SentenceRole;
  /** The heading or inline label of the section it sits in, as written; null before any. */
  section: string | null;
}

/**
 * An entity type: one of wink's built-ins (DATE, TIME, DURATION, CARDINAL, ORDINAL, MONEY, PERCENT,
 * URL, EMAIL, ...) or Faultline's custom infrastructure entities (PROVIDER, SERVICE, INFRA), as the
 * model names it; an open set, so a plain string.
 */
export type EntityType = string;

/** A named entity with its position. */
export interface Entity extends TextSpan {
  /** Entity type (wink's or Faultline's infrastructure types). */
  type: EntityType;
  /** Canonical value (e.g. `Amazon Web Services` for `AWS`), when one is known. */
  value?: string;
}

/** A fact with the sentence it was read from. */
export interface Fact<V = string> {
  /** The fact's value (a name, an ISO date, a figure as written). */
  value: V;
  /** The supporting sentence (offsets into the document text). */
  evidence: TextSpan | null;
  /** Where the value came from: the metadata, or the text. */
  from: 'metadata' | 'text';
}

/** Facts read from a document. */
export interface Facts {
  /** Provider(s)/company that had the outage, most likely first. */
  providers: Fact[];
  /** Affected services/products. */
  services: Fact[];
  /** Affected customers named by the text. */
  customers: Fact[];
  /** Incident date, ISO `YYYY-MM-DD`. */
  incidentDate: Fact | null;
  /** Start time as written or ISO. */
  startTime: Fact | null;
  /** Duration as written ("more than eight hours") with minutes when computable. */
  duration: Fact<{ text: string; minutes: number | null }> | null;
  /** Impact figures ("over 20,000 reported problems"). */
  impact: Fact[];
}

/** An extractive summary: whole sentences copied verbatim from the text. */
export interface Summary {
  /** The sentences joined by a single space. */
  text: string;
  /** The sentences, in document order, with offsets into the document text. */
  sentences: TextSpan[];
}

/** Tags of one text (an article or a comment). */
export interface TagSet {
  /** Failure-layer tags (where it broke), origin layers first. */
  layers: LayerTag[];
  /** Root-cause tags (why it broke). */
  causes: CauseTag[];
}

/** A comment after tagging (tagged on its own; never overrides the article). */
export interface AnalyzedComment extends Comment, TagSet {}

/** How precisely a date is known: a day, a month or only a year. */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * Where an incident date was read: the front matter's start time, the report's timeline, or a date
 * the text states; `legacy` for a document of a data folder written before the dates were kept
 * apart (its analysed incident date, which may be its publication date, until it is ingested again).
 */
export type IncidentDateSource = 'front-matter' | 'timeline' | 'text' | 'legacy';

/** The day (or month, or year) the incident happened, as the report states it: never the publication date. */
export interface IncidentDate {
  /** ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as `precision` says; the day in the time zone the text states (else UTC). */
  value: string;
  /** How much of the date is known. */
  precision: DatePrecision;
  /** Where it was read. */
  from: IncidentDateSource;
  /** The time zone the day was taken in (`UTC`, `PDT`, `-07:00`), when a clock time gave it; null otherwise. */
  zone: string | null;
  /** The sentence it was read from (null for the front matter). */
  evidence: TextSpan | null;
}

/** A doubt about a document's dates, kept on the document (and reported as a warning diagnostic of the ingest). */
export interface DateProblem {
  /** `published-long-after`: published decades after the events it describes; `in-future`: a date after the ingest; `incident-after-published`: the incident date is after the publication. */
  code: 'published-long-after' | 'in-future' | 'incident-after-published';
  /** Which date is doubtful. */
  date: 'incident' | 'published';
  /** Human-readable explanation naming both dates. */
  message: string;
}

/**
 * The three dates of a document, kept apart: when the incident happened (from the text and the
 * timeline), when the report was published (front matter date, HTML meta published time), and
 * when this record was created (the ingest that analysed it).
 */
export interface DocumentDates {
  /** When the incident happened; null when the report does not say. */
  incident: IncidentDate | null;
  /** Publication day, ISO `YYYY-MM-DD`, from the metadata; null when unknown. */
  published: string | null;
  /** When the record was created: the day (ISO `YYYY-MM-DD`, UTC) of the ingest that analysed the document, kept while its analysis comes from the cache; null when not stamped. */
  ingested: string | null;
  /** Implausible dates found (publication decades after the events, dates in the future); empty when none. */
  problems: DateProblem[];
}

/** A document after analysis and tagging. */
export interface AnalyzedDocument extends Omit<IngestedDocument, 'comments'>, TagSet {
  /** Reader comments, deduplicated, in page order, each tagged on its own. */
  comments: AnalyzedComment[];
  /** Sentences of `text`, each with its role in the report. */
  sentences: RoledSentence[];
  /** Entities found in `text`. */
  entities: Entity[];
  /** Number of tokens wink found in `text`. */
  tokenCount: number;
  /** Facts read from the document, each with its evidence. */
  facts: Facts;
  /** Extractive summary of `text`. */
  summary: Summary;
  /** Key phrases, most salient first. */
  keyphrases: string[];
  /**
   * The incident's outline as the report tells it: trigger, detection, mitigation, timeline,
   * durations, action items (see `src/model/outline.ts`). Absent in data folders written before
   * the outline stage.
   */
  outline?: Outline;
  /** The incident, publication and ingest dates, kept apart (absent in data folders written before issue 15). */
  dates?: DocumentDates;
}

/** A document as stored in the knowledge base: analysed and assigned to an incident. */
export interface KnowledgeDocument extends AnalyzedDocument {
  /** Id of the incident this document reports on. */
  incident: string;
  /**
   * Every incident the document is tied to: its own (`incident`) first, then the ones it also
   * covers (a roundup). Absent in older data folders (then `[incident]`).
   */
  incidents?: string[];
  /** The organisation whose system failed, canonical (`src/providers/read-provider-roles.ts`); absent in older data folders. */
  operator?: string | null;
  /** Other organisations the text names, canonical, most mentioned first (GitHub in a trivago report). */
  mentionedProviders?: string[];
  /** Companies the text names as affected customers, canonical. */
  affectedCustomers?: string[];
}
