import type { Certainty, KnowledgeDocument, Span } from './document.js';
import type { Incident } from './incident.js';
import type { LayerRoleFilter } from './layer-role-filter.js';
import type { IngestManifest } from './manifest.js';
import type { DetectionMethod, MitigationStep, TriggerKind } from './outline.js';

/** The document filters every request shares (search, the JSON API, the CLI and exports). */
export interface DocumentFilters {
  /** Which layers the layer filter and the layer facet read: origin (default), impacted, or any (both). */
  layerRole?: LayerRoleFilter;
  /** Keep documents with a layer or cause tag of any of these certainties (default: any). */
  certainty?: Certainty[];
  /** Keep documents whose providers include any of these, case-insensitive (default: any). */
  providers?: string[];
  /** Keep documents whose outline states any of these triggers (what set the incident off). */
  triggers?: TriggerKind[];
  /** Keep documents whose outline states any of these detection methods (how it was noticed). */
  detections?: DetectionMethod[];
  /** Keep documents whose outline states any of these mitigation steps (how it was fixed). */
  mitigations?: MitigationStep[];
}

/** A search: a query, the filters every request shares, a year range, an order and a page. */
export interface SearchRequest extends DocumentFilters {
  /** Any text: words, `"phrases"`, lunr syntax (`field:term`, `+must`, `-not`, `wild*`, `fuzzy~1`), docs/query-language.md; '' matches all. */
  query: string;
  /** Keep documents carrying any of these layer labels. */
  layers?: string[];
  /** Keep documents carrying any of these cause labels. */
  causes?: string[];
  /** Earliest year (inclusive) of the document's incident date. */
  from?: number;
  /** Latest year (inclusive). */
  to?: number;
  /** Keep only documents whose incident year is unknown (the year facet's `unknown` bucket). */
  undated?: boolean;
  /** Order of hits: by score (default) or by date, newest first. */
  sort?: 'relevance' | 'date';
  /** 1-based page number. */
  page?: number;
  /** Hits per page (default 10, at most 100). */
  pageSize?: number;
}

/** Text around the matching terms, with the matched words' ranges in `text`. */
export interface Snippet {
  text: string;
  /** Ranges of `text` to mark (matched words). */
  highlights: Span[];
}

/** A label with its certainty, as shown on a badge. */
export interface LabelBadge {
  label: string;
  certainty: Certainty;
}

/** One search hit: a document. */
export interface SearchHit {
  id: string;
  incident: string;
  title: string;
  published: string | null;
  /** When the incident happened (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), never the publication date; null when no report states it. */
  incidentDate: string | null;
  url: string | null;
  providers: string[];
  /** The author-written summary (front matter `summary`, meta description), or null. */
  description: string | null;
  /** The author-written keywords (front matter `keywords`/`tags`/`categories`). */
  keywords: string[];
  /** Origin layers (where it broke). */
  layers: LabelBadge[];
  /** Impacted layers (what failed as a consequence). */
  impactedLayers: LabelBadge[];
  causes: LabelBadge[];
  score: number;
  snippet: Snippet;
}

/**
 * Facet counts over the whole matched set (after filters); `layer` counts the layers of the
 * request's `layerRole`; `trigger`, `detection` and `mitigation` count what the documents'
 * outlines state (`none-stated`/`not-stated` included; documents without an outline, from data
 * folders written before the outline stage, are not counted there).
 */
export interface FacetCounts {
  layer: Record<string, number>;
  cause: Record<string, number>;
  /** Documents with a layer or cause tag of each certainty (what `certainty=<level>` alone keeps). */
  certainty: Record<string, number>;
  provider: Record<string, number>;
  year: Record<string, number>;
  trigger: Record<string, number>;
  detection: Record<string, number>;
  mitigation: Record<string, number>;
}

/** One word of the query that has few or no matches, with the word of the index it may have meant. */
export interface SuggestedTerm {
  /** The word as typed. */
  word: string;
  /** The suggested word, as the documents write it. */
  suggestion: string;
  /** Documents holding the suggested word. */
  documents: number;
}

/** "Did you mean": the query with each such word replaced. */
export interface SearchSuggestion {
  query: string;
  terms: SuggestedTerm[];
}

/** A page of search results. */
export interface SearchResponse {
  query: string;
  total: number;
  page: number;
  pageSize: number;
  hits: SearchHit[];
  facets: FacetCounts;
  /** Milliseconds spent. */
  took: number;
  /** "Did you mean", from the index's vocabulary, when a word of the query has no or very few matches (null: none). */
  suggestion?: SearchSuggestion | null;
  /** True when `total` is an estimate (the PostgreSQL backend's planner estimate of a very broad search); absent when exact. */
  totalEstimated?: boolean;
  /** True when the facet counts are estimates (counted over a sample of a very broad search's matches and scaled); absent when exact. */
  facetsEstimated?: boolean;
}

/** An incident related to another, with a short human-readable reason. */
export interface RelatedIncident {
  id: string;
  title: string;
  date: string | null;
  score: number;
  reason: string;
}

/** A loaded, read-only knowledge base: what readers (CLI search, server, export) use. */
export interface KnowledgeBase {
  /** The data folder's resolved path (the generation actually loaded). */
  readonly dir: string;
  readonly manifest: IngestManifest;
  readonly documents: ReadonlyMap<string, KnowledgeDocument>;
  readonly incidents: ReadonlyMap<string, Incident>;
  /** Runs a search; throws FaultlineError (status 400, naming the position) on a query over the term or length limit, or a wildcard or fuzzy term that expands too far. */
  search(request: SearchRequest): SearchResponse;
  /** Incidents related to `incidentId`, best first; throws FaultlineError 404 for an unknown id. */
  related(incidentId: string, limit?: number): RelatedIncident[];
}
