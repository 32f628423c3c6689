/**
 * The search engine behind `KnowledgeBase.search` and `KnowledgeBase.related`, over records held
 * in memory and a loaded index.
 *
 * A search: take the request (checked at its edge, `src/model/read-request-parameters.ts`); parse the query (lunr syntax); a plain query (no operators)
 * first requires every word and, when that matches nothing, retries with any word; match with
 * the index; keep the documents passing the filters; count facets over them; order by relevance
 * (score, then newest, then id) or date (newest first, undated last, then score, then id), a plain
 * query of several words re-scoring its best candidates by how close the words occur; cut the
 * page; make a snippet for each hit on it.
 */
import { documentsDigest } from '../index/index-format.js';
import type { LoadedIndex } from '../index/load-index.js';
import { visitQuery, type IndexClause } from '../index/query-index.js';
import { FaultlineError } from '../model/diagnostic.js';
import type { KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { IngestManifest } from '../model/manifest.js';
import type { KnowledgeBase, RelatedIncident, SearchHit, SearchRequest, SearchResponse } from '../model/search.js';
import { engineRequest, type EngineRequest } from './engine-request.js';
import { buildDocumentTable, hasFilters, passesFilters, type DocumentRow } from './document-table.js';
import { FacetCounter } from './facets.js';
import { DEFAULT_PROXIMITY_OPTIONS, proximityFactor, type ProximityOptions, type QueryWord } from './proximity.js';
import { parseQuery, type ParsedClause, type ParsedQuery } from './query-parser.js';
import { RelatedIncidents, type RelatedOptions } from './related-incidents.js';
import { DEFAULT_SEARCH_LIMITS, type SearchLimits } from './search-limits.js';
import { selectTop } from './select-top.js';
import { DEFAULT_SNIPPET_OPTIONS, findTermHits, makeSnippet, type SnippetOptions } from './snippet.js';

/** What a search engine is made of. */
export interface SearchEngineParts {
  /** The data folder the records came from (resolved), or a label for in-memory knowledge bases. */
  dir: string;
  manifest: IngestManifest;
  documents: Iterable<KnowledgeDocument>;
  incidents: Iterable<Incident>;
  index: LoadedIndex;
}

/** Tuning of a search engine. */
export interface SearchEngineOptions {
  limits: Partial<SearchLimits>;
  snippets: Partial<SnippetOptions>;
  related: Partial<RelatedOptions>;
  proximity: Partial<ProximityOptions>;
}

interface Candidate {
  row: DocumentRow;
  score: number;
}

/** Builds a read-only KnowledgeBase over the parts; throws FaultlineError 500 when the index does not cover exactly the documents. */
export function createSearchEngine(parts: SearchEngineParts, options: Partial<SearchEngineOptions> = {}): KnowledgeBase {
  const limits: SearchLimits = { ...DEFAULT_SEARCH_LIMITS, ...options.limits };
  const snippetOptions: SnippetOptions = { ...DEFAULT_SNIPPET_OPTIONS, ...options.snippets };
  const proximity: ProximityOptions = { ...DEFAULT_PROXIMITY_OPTIONS, ...options.proximity };
  const documents = new Map<string, KnowledgeDocument>();
  for (const doc of parts.documents) documents.set(doc.id, doc);
  const incidents = new Map<string, Incident>();
  for (const incident of parts.incidents) incidents.set(incident.id, incident);
  const { index } = parts;
  if (index.meta.documents !== documents.size || index.meta.documentsDigest !== documentsDigest(documents.keys())) {
    throw new FaultlineError(
      `search: the index in ${parts.dir} covers ${index.meta.documents} documents that differ from the ${documents.size} documents loaded; re-run \`faultline ingest\``,
      { status: 500, parameter: 'dir' },
    );
  }
  const table = buildDocumentTable(documents.values(), incidents);
  const { rows } = table;
  /** Row position of each shard's document ordinals. */
  const rowOf = index.shards.map((shard) => Int32Array.from(shard.refs, (id) => table.positions.get(id) ?? -1));
  const dateKeys = Int32Array.from(rows, (row) => row.dateKey);
  const relatedFinder = new RelatedIncidents(incidents, documents, options.related);

  function search(request: SearchRequest): SearchResponse {
    const started = performance.now();
    const req = engineRequest(request, limits);
    const parsed = parseQuery(req.query, limits);

    // Matches after filtering, as parallel arrays (row position, score): no object per match.
    const positions: number[] = [];
    const scores: number[] = [];
    const facets = new FacetCounter(table, req.filters.layerRole, req.filters);
    const terms = collectMatches(req, parsed, (position, score, row) => {
      positions.push(position);
      scores.push(score);
      facets.add(row);
    });

    // Relevance: score, then newest, then id; date: newest first (undated last), then score, then id.
    // Rows are sorted by id, so comparing positions compares ids.
    const byRelevance = (a: number, b: number): number =>
      scores[b]! - scores[a]! ||
      dateKeys[positions[b]!]! - dateKeys[positions[a]!]! ||
      positions[a]! - positions[b]!;
    const byDate = (a: number, b: number): number =>
      dateKeys[positions[b]!]! - dateKeys[positions[a]!]! ||
      scores[b]! - scores[a]! ||
      positions[a]! - positions[b]!;
    const first = (req.page - 1) * req.pageSize;
    const order = Array.from({ length: positions.length }, (_, i) => i);
    let page: number[];
    const words = parsed.plain && req.sort === 'relevance' ? queryWords(parsed.clauses) : [];
    if (words.length >= 2) {
      // Re-score the best candidates by how close together the typed words occur (see proximity.ts).
      const top = selectTop(order, Math.max(proximity.candidates, first + req.pageSize), byRelevance);
      const head = top.slice(0, proximity.candidates);
      const wordTerms = new Set(words.map((w) => w.term));
      for (const i of head) {
        const doc = documents.get(rows[positions[i]!]!.id)!;
        const others = [doc.title ?? '', doc.summary.text].map((text) => ({ text, hits: findTermHits(text, wordTerms) }));
        const factor = proximityFactor(doc.text, findTermHits(doc.text, wordTerms, snippetOptions.scanLimit), others, words, proximity);
        scores[i] = scores[i]! * factor;
      }
      head.sort(byRelevance);
      page = [...head, ...top.slice(proximity.candidates)].slice(first, first + req.pageSize);
    } else {
      page = selectTop(order, first + req.pageSize, req.sort === 'date' ? byDate : byRelevance).slice(first);
    }
    const hits = page.map((i) => hitFor({ row: rows[positions[i]!]!, score: scores[i]! }, terms));
    return {
      query: req.query,
      total: positions.length,
      page: req.page,
      pageSize: req.pageSize,
      hits,
      facets: facets.result(),
      took: Math.round((performance.now() - started) * 100) / 100,
    };
  }

  /**
   * Runs the query and the filters, handing each kept row to `keep`; a plain query first requires
   * every word and, when that matches nothing, retries with any word. Returns the matched terms.
   */
  function collectMatches(req: EngineRequest, parsed: ParsedQuery, keep: (position: number, score: number, row: DocumentRow) => void): ReadonlySet<string> {
    const filtering = hasFilters(req.filters);
    const visitRow = (position: number, score: number): void => {
      const row = rows[position]!;
      if (filtering && !passesFilters(row, req.filters)) return;
      keep(position, score, row);
    };
    if (parsed.empty) {
      for (let position = 0; position < rows.length; position++) visitRow(position, 0);
      return new Set();
    }
    const visit = (shard: number, doc: number, score: number): void => {
      const position = (rowOf[shard] as Int32Array)[doc]!;
      if (position >= 0) visitRow(position, score);
    };
    const queryLimits = { maxExpansions: limits.maxExpansions, maxExpansionWork: limits.maxExpansionWork };
    const required: IndexClause[] = parsed.plain ? parsed.clauses.map((c) => ({ ...c, presence: 'required' })) : parsed.clauses;
    let result = visitQuery(index, required, queryLimits, visit);
    if (parsed.plain && result.count === 0 && parsed.clauses.length > 1) result = visitQuery(index, parsed.clauses, queryLimits, visit);
    return result.terms;
  }

  function matchingIds(request: SearchRequest): string[] {
    const req = engineRequest({ ...request, page: 1, pageSize: 1 }, limits);
    const parsed = parseQuery(req.query, limits);
    const ids: string[] = [];
    collectMatches(req, parsed, (_position, _score, row) => ids.push(row.id));
    return ids;
  }

  function hitFor(candidate: Candidate, terms: ReadonlySet<string>): SearchHit {
    const { row } = candidate;
    const doc = documents.get(row.id)!;
    const hitsInText = findTermHits(doc.text, terms, snippetOptions.scanLimit);
    const snippet =
      hitsInText.length === 0 && doc.summary.text !== ''
        ? makeSnippet(doc.summary.text, [], findTermHits(doc.summary.text, terms), snippetOptions)
        : makeSnippet(doc.text, doc.sentences, hitsInText, snippetOptions);
    return {
      id: row.id,
      incident: row.incident,
      title: row.title,
      published: row.published,
      incidentDate: row.incidentDate,
      url: row.url,
      providers: row.providers,
      description: doc.description,
      keywords: doc.tags,
      layers: row.layers,
      impactedLayers: row.impactedLayers,
      causes: row.causes,
      score: Math.round(candidate.score * 10_000) / 10_000,
      snippet,
    };
  }

  function related(incidentId: string, limit?: number): RelatedIncident[] {
    return relatedFinder.related(incidentId, limit);
  }

  const kb: KnowledgeBase = Object.freeze({
    dir: parts.dir,
    manifest: parts.manifest,
    documents,
    incidents,
    search,
    related,
  });
  allMatches.set(kb, matchingIds);
  return kb;
}

/** Every search engine's "all matching ids" function, by knowledge base. */
const allMatches = new WeakMap<KnowledgeBase, (request: SearchRequest) => string[]>();

/**
 * The ids of every document `request` matches (query and filters; paging and sort ignored), in
 * no particular order, with no result window: what an export needs. Null when `kb` was not made
 * by `createSearchEngine` (callers then page through `kb.search`).
 */
export function matchingDocumentIds(kb: KnowledgeBase, request: SearchRequest): string[] | null {
  return allMatches.get(kb)?.(request) ?? null;
}

/** The distinct typed words of a plain query (one per index term). */
function queryWords(clauses: readonly ParsedClause[]): QueryWord[] {
  const seen = new Set<string>();
  const out: QueryWord[] = [];
  for (const c of clauses) {
    if (c.word === undefined || c.presence === 'prohibited' || seen.has(c.term)) continue;
    seen.add(c.term);
    out.push({ term: c.term, word: c.word });
  }
  return out;
}
