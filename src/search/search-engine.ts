/**
 * The search engine behind `KnowledgeBase.search` and `KnowledgeBase.related`, over records held
 * in memory and a loaded index.
 *
 * A search: validate the request; parse the query (lunr syntax); a plain query (no operators)
 * first requires every word and, when that matches nothing, retries with any word; match with
 * the index; keep the documents passing the filters; count facets over them; order by relevance
 * (score, then newest, then id) or date (newest first, undated last, then score, then id); cut
 * the page; make a snippet for each hit on it.
 */
import { documentsDigest } from '../index/index-format.js';
import type { LoadedIndex } from '../index/load-index.js';
import { visitQuery, type IndexClause } from '../index/query-index.js';
import { FaultlineError } from '../model/diagnostic.js';
import type { KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { IngestManifest } from '../model/manifest.js';
import type { KnowledgeBase, RelatedIncident, SearchHit, SearchRequest, SearchResponse } from '../model/search.js';
import { buildDocumentTable, hasFilters, passesFilters, type DocumentRow } from './document-table.js';
import { FacetCounter } from './facets.js';
import { parseQuery } from './query-parser.js';
import { RelatedIncidents, type RelatedOptions } from './related-incidents.js';
import { DEFAULT_SEARCH_LIMITS, type SearchLimits } from './search-limits.js';
import { selectTop } from './select-top.js';
import { DEFAULT_SNIPPET_OPTIONS, findTermHits, makeSnippet, type SnippetOptions } from './snippet.js';
import { validateRequest } from './validate-request.js';

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
}

interface Candidate {
  row: DocumentRow;
  score: number;
}

/** Builds a read-only KnowledgeBase over the parts; throws FaultlineError 500 when the index does not cover exactly the documents. */
export function createSearchEngine(parts: SearchEngineParts, options: Partial<SearchEngineOptions> = {}): KnowledgeBase {
  const limits: SearchLimits = { ...DEFAULT_SEARCH_LIMITS, ...options.limits };
  const snippetOptions: SnippetOptions = { ...DEFAULT_SNIPPET_OPTIONS, ...options.snippets };
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
  const relatedFinder = new RelatedIncidents(incidents, documents, options.related);

  function search(request: SearchRequest): SearchResponse {
    const started = performance.now();
    const req = validateRequest(request, limits);
    const parsed = parseQuery(req.query, limits);

    const filtering = hasFilters(req.filters);
    const found: Candidate[] = [];
    const facets = new FacetCounter(table);
    const keep = (position: number, score: number): void => {
      const row = rows[position] as DocumentRow;
      if (filtering && !passesFilters(row, req.filters)) return;
      found.push({ row, score });
      facets.add(row);
    };
    let terms: ReadonlySet<string> = new Set();
    if (parsed.empty) {
      for (let position = 0; position < rows.length; position++) keep(position, 0);
    } else {
      const visit = (shard: number, doc: number, score: number): void => {
        const position = (rowOf[shard] as Int32Array)[doc] as number;
        if (position >= 0) keep(position, score);
      };
      const queryLimits = { maxExpansions: limits.maxExpansions };
      const required: IndexClause[] = parsed.plain ? parsed.clauses.map((c) => ({ ...c, presence: 'required' })) : parsed.clauses;
      let result = visitQuery(index, required, queryLimits, visit);
      if (parsed.plain && result.count === 0 && parsed.clauses.length > 1) result = visitQuery(index, parsed.clauses, queryLimits, visit);
      terms = result.terms;
    }

    const compare = req.sort === 'date' ? byDate : byRelevance;
    const first = (req.page - 1) * req.pageSize;
    const page = selectTop(found, first + req.pageSize, compare).slice(first);
    const hits = page.map((c) => hitFor(c, terms));
    return {
      query: req.query,
      total: found.length,
      page: req.page,
      pageSize: req.pageSize,
      hits,
      facets: facets.result(),
      took: Math.round((performance.now() - started) * 100) / 100,
    };
  }

  function hitFor(candidate: Candidate, terms: ReadonlySet<string>): SearchHit {
    const { row } = candidate;
    const doc = documents.get(row.id) as KnowledgeDocument;
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
      url: row.url,
      providers: row.providers,
      layers: row.layers,
      causes: row.causes,
      score: Math.round(candidate.score * 10_000) / 10_000,
      snippet,
    };
  }

  function related(incidentId: string, limit?: number): RelatedIncident[] {
    return relatedFinder.related(incidentId, limit);
  }

  return Object.freeze({
    dir: parts.dir,
    manifest: parts.manifest,
    documents,
    incidents,
    search,
    related,
  });
}

function compareIds(a: Candidate, b: Candidate): number {
  return a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0;
}

/** Score, then newest, then id. */
function byRelevance(a: Candidate, b: Candidate): number {
  return b.score - a.score || b.row.dateKey - a.row.dateKey || compareIds(a, b);
}

/** Newest first (undated last), then score, then id. */
function byDate(a: Candidate, b: Candidate): number {
  return b.row.dateKey - a.row.dateKey || b.score - a.score || compareIds(a, b);
}
