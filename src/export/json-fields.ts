/**
 * The top-level fields of `documents.jsonl` (a `KnowledgeDocument` a line) and
 * `incidents.jsonl` (an `Incident` a line), in the order the JSONL writer puts them. The nested
 * types are described field by field in `docs/schema.md`, generated from `src/model/`.
 */

/** A JSON field type (Table Schema names; `object` and `array` for nested values). */
export type JsonFieldType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';

/** One top-level field of a JSONL record. */
export interface JsonField {
  name: string;
  type: JsonFieldType;
  /** True when the value may be null. */
  nullable: boolean;
  /** The model type it holds (as written in `src/model/`). */
  modelType: string;
  description: string;
  /** True when `--no-text` leaves the field out (for `comments`: each comment's `text`). */
  fullText?: boolean;
}

/** The fields of a `documents.jsonl` line, in output order. */
export const DOCUMENT_JSON_FIELDS: readonly JsonField[] = [
  { name: 'id', type: 'string', nullable: false, modelType: 'string', description: "Stable id derived from the article's content fingerprint (same input, same id)." },
  { name: 'incident', type: 'string', nullable: false, modelType: 'string', description: 'Id of the incident this document reports on.' },
  { name: 'incidents', type: 'array', nullable: false, modelType: 'string[]', description: 'Ids of every incident the document covers: its own incident first, then the other outages it also reports on (a roundup, "the second outage this year"); absent in data folders written before issue 15.' },
  { name: 'title', type: 'string', nullable: true, modelType: 'string | null', description: 'Article title.' },
  { name: 'url', type: 'string', nullable: true, modelType: 'string | null', description: 'Canonical/original URL of the article.' },
  { name: 'published', type: 'string', nullable: true, modelType: 'string | null', description: 'Publication date: ISO YYYY-MM-DD or a full ISO date-time.' },
  { name: 'author', type: 'string', nullable: true, modelType: 'string | null', description: 'Article author(s).' },
  { name: 'description', type: 'string', nullable: true, modelType: 'string | null', description: 'Author-supplied summary (front matter summary, meta description).' },
  { name: 'tags', type: 'array', nullable: false, modelType: 'string[]', description: 'Author-supplied tags/keywords/categories.' },
  { name: 'company', type: 'string', nullable: true, modelType: 'string | null', description: 'Company/provider named by the metadata.' },
  { name: 'product', type: 'string', nullable: true, modelType: 'string | null', description: 'Product/service named by the metadata.' },
  { name: 'startTime', type: 'string', nullable: true, modelType: 'string | null', description: 'Incident start time from the metadata, ISO.' },
  { name: 'meta', type: 'object', nullable: false, modelType: 'Record<string, unknown>', description: 'Metadata keys the parser does not map, kept verbatim.' },
  { name: 'sources', type: 'array', nullable: false, modelType: 'DocumentSource[]', description: 'Every file merged into this document; the kept copy first.' },
  { name: 'textHash', type: 'string', nullable: false, modelType: 'string', description: 'Hex SHA-256 of the normalised text (the exact-duplicate key).' },
  { name: 'text', type: 'string', nullable: false, modelType: 'string', description: 'Normalised article text; all offsets index it (left out by --no-text).', fullText: true },
  { name: 'summary', type: 'object', nullable: false, modelType: 'Summary', description: 'Extractive summary: whole sentences copied verbatim from the text.' },
  { name: 'keyphrases', type: 'array', nullable: false, modelType: 'string[]', description: 'Key phrases, most salient first.' },
  { name: 'layers', type: 'array', nullable: false, modelType: 'LayerTag[]', description: 'Failure layer tags, origin layers first, each with its role (origin or impacted), confidence, certainty, evidence (each sentence with its role) and rules.' },
  { name: 'causes', type: 'array', nullable: false, modelType: 'CauseTag[]', description: 'Root-cause tags, each with its role (root, contributing or trigger), confidence, certainty, evidence (each sentence with its role) and rules.' },
  { name: 'facts', type: 'object', nullable: false, modelType: 'Facts', description: 'Facts read from the document (providers, services, dates, duration, impact) with their evidence.' },
  { name: 'operator', type: 'string', nullable: true, modelType: 'string | null', description: 'The organisation whose system failed, by its canonical name from the provider table (Amazon Web Services, not AWS or Amazon), null when the text names none; absent in data folders written before issue 15.' },
  { name: 'mentionedProviders', type: 'array', nullable: false, modelType: 'string[]', description: 'Other organisations the text names (canonical), most mentioned first: a dependency, a comparison, a vendor (GitHub in a trivago report); absent in data folders written before issue 15.' },
  { name: 'affectedCustomers', type: 'array', nullable: false, modelType: 'string[]', description: "Companies the text names as affected customers of the operator (canonical; Netflix in a report of an AWS outage); absent in data folders written before issue 15." },
  { name: 'dates', type: 'object', nullable: true, modelType: 'DocumentDates', description: 'The incident date (from the front matter start time, the text or the timeline, with its precision, source, zone and sentence; never the publication date), the publication day, the ingest day, and the implausible dates found (absent in data folders written before issue 15).' },
  { name: 'outline', type: 'object', nullable: true, modelType: 'Outline', description: 'The incident as the report tells it: trigger, detection method and time, mitigation steps, timeline in UTC, duration, time to detect and to mitigate, action items; each with its sentence (absent in data folders written before the outline stage).' },
  { name: 'sentences', type: 'array', nullable: false, modelType: 'RoledSentence[]', description: 'Sentences of text: boundaries, the role each plays in the report (summary, timeline, root-cause, ...) and the section heading it sits under.' },
  { name: 'entities', type: 'array', nullable: false, modelType: 'Entity[]', description: 'Entities found in text.' },
  { name: 'tokenCount', type: 'integer', nullable: false, modelType: 'number', description: 'Number of tokens wink found in text.' },
  { name: 'comments', type: 'array', nullable: false, modelType: 'AnalyzedComment[]', description: "Reader comments, deduplicated, in page order, each tagged on its own (each comment's text left out by --no-text).", fullText: true },
];

/** The fields of an `incidents.jsonl` line, in output order. */
export const INCIDENT_JSON_FIELDS: readonly JsonField[] = [
  { name: 'id', type: 'string', nullable: false, modelType: 'string', description: 'Stable id, also the slug: YYYY-MM-DD-provider-service or, without a date, a title slug + hash.' },
  { name: 'title', type: 'string', nullable: false, modelType: 'string', description: "Display title (the best report's title)." },
  { name: 'date', type: 'string', nullable: true, modelType: 'string | null', description: 'Incident date, ISO YYYY-MM-DD, or null.' },
  { name: 'providers', type: 'array', nullable: false, modelType: 'string[]', description: "Providers involved (canonical names): the operators of its reports, the incident's operator first." },
  { name: 'operator', type: 'string', nullable: true, modelType: 'string | null', description: 'The organisation whose system failed (canonical name), the operator of its reports; absent in data folders written before issue 15.' },
  { name: 'mentionedProviders', type: 'array', nullable: false, modelType: 'string[]', description: 'Other organisations its reports name (canonical), named by most reports first; absent in data folders written before issue 15.' },
  { name: 'affectedCustomers', type: 'array', nullable: false, modelType: 'string[]', description: 'Companies its reports name as affected customers (canonical); absent in data folders written before issue 15.' },
  { name: 'services', type: 'array', nullable: false, modelType: 'string[]', description: 'Affected services.' },
  { name: 'layers', type: 'array', nullable: false, modelType: 'IncidentTag<LayerLabel, LayerRole>[]', description: 'Merged layer tags of the reports, origin layers first (a layer is the origin when any report names it so); each evidence span names its report and its role.' },
  { name: 'causes', type: 'array', nullable: false, modelType: 'IncidentTag<CauseLabel, CauseRole>[]', description: 'Merged cause tags of the reports with their roles; each evidence span names its report and its role.' },
  { name: 'reports', type: 'array', nullable: false, modelType: 'string[]', description: 'Ids of the documents reporting on it; the primary report first.' },
  { name: 'documentIds', type: 'array', nullable: false, modelType: 'string[]', description: 'Ids of every document tied to it: its reports, then documents of other incidents that also cover this one (a roundup); absent in data folders written before issue 15 (then reports).' },
  { name: 'links', type: 'array', nullable: false, modelType: 'IncidentLink[]', description: 'How each document of documentIds is tied to it, in the same order: its role (primary, report, or covers for a report of another incident), the sentence that ties a covering document to it, and the reason.' },
  { name: 'grouping', type: 'array', nullable: false, modelType: 'GroupingLink[]', description: 'Why its reports are one incident: each link that joined two reports, with its rule (same-url, shared-service, similar-text, same-day, third-party, override) and what they share; empty for a single report.' },
  { name: 'outline', type: 'object', nullable: true, modelType: 'IncidentOutline', description: "The reports' outlines merged: each field from the first report (primary first) that states it, naming that report, with conflicting values kept." },
  { name: 'summary', type: 'string', nullable: false, modelType: 'string', description: "Short summary (the primary report's extractive summary)." },
];

/** The fields of a CSL-JSON citation record (BibTeX and RIS carry the same data). */
export const CITATION_FIELDS: readonly JsonField[] = [
  { name: 'id', type: 'string', nullable: false, modelType: 'string', description: 'Document id.' },
  { name: 'citation-key', type: 'string', nullable: false, modelType: 'string', description: 'BibTeX key <name><year><first title word> in lower-case ASCII letters and digits (cloudflare2019outage); a repeat within one export gets a, b, ... appended.' },
  { name: 'type', type: 'string', nullable: false, modelType: "'webpage'", description: 'Always webpage (BibTeX @online, RIS ELEC).' },
  { name: 'title', type: 'string', nullable: true, modelType: 'string', description: 'Article title as the source gives it; absent when the source has none (never a sentence of the text).' },
  { name: 'genre', type: 'string', nullable: true, modelType: 'string', description: 'Untitled web page, only when the title is absent (APA prints it in brackets in its place).' },
  { name: 'URL', type: 'string', nullable: true, modelType: 'string', description: 'Article URL, when it is a citable http(s) URL (a Markdown-garbled URL repaired, else left out).' },
  { name: 'container-title', type: 'string', nullable: true, modelType: 'string', description: "Publishing site (Zotero's Website Title): front-matter site name, the site-name table, og:site_name, else the URL host without www (BibTeX organization, RIS PB)." },
  { name: 'author', type: 'array', nullable: true, modelType: 'CslName[]', description: 'Authors as CSL names: family/given for people, literal for organisations.' },
  { name: 'issued', type: 'object', nullable: true, modelType: 'CslDate', description: 'Publication date as CSL date parts.' },
  { name: 'event-date', type: 'object', nullable: true, modelType: 'CslDate', description: "When the incident happened: the document's incident date as CSL date parts (day, month or year), never its publication date (BibTeX eventdate)." },
  { name: 'accessed', type: 'object', nullable: true, modelType: 'CslDate', description: 'Retrieval date: the day the knowledge base was built (BibTeX urldate and "accessed" note, RIS M1).' },
];
