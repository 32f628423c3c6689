/**
 * The search engine behind `KnowledgeBase.search` and `KnowledgeBase.related`, over records held
 * in memory and a loaded index.
 *
 * A search: take the request (checked at its edge, `src/model/read-request-parameters.ts`); parse
 * the query forgivingly (`query-parser.ts`; a `-word` the documents write as a flag, `rm -rf`, is
 * a word: `hyphen-words.ts`); a plain query (no operators) first requires every word (words a
 * token joins, `us-east-1`, together), then every word anywhere, then any word; match with the
 * index; keep the documents that contain the query's phrases (`phrase-checker.ts`) and pass the
 * filters; count facets over them; order by relevance
 * (score, then newest, then id) or date (newest first, undated last, then score, then id), a plain
 * query of several words re-scoring its best candidates by how close the words occur; cut the
 * page; make a snippet for each hit on it; suggest close words of the index for typed words with
 * no or very few matches (`suggest-query.ts`).
 */
import type { IndexedFields } from '../index/index-fields.js';
import { documentsDigest } from '../index/index-format.js';
import type { LoadedIndex } from '../index/load-index.js';
import { visitQuery, type IndexClause } from '../index/query-index.js';
import { termDocuments } from '../index/term-postings.js';
import { FaultlineError } from '../model/diagnostic.js';
import type { KnowledgeDocument } from '../model/document.js';
import type { Incident } from '../model/incident.js';
import type { IngestManifest } from '../model/manifest.js';
import type { KnowledgeBase, RelatedIncident, SearchHit, SearchRequest, SearchResponse } from '../model/search.js';
import { engineRequest, type EngineRequest } from './engine-request.js';
import { buildRecordTable, hasFilters, passesFilters, type DocumentRow } from './document-table.js';
import { FacetCounter } from './facets.js';
import { DEFAULT_PROXIMITY_OPTIONS, proximityFactor, type ProximityOptions, type QueryWord } from './proximity.js';
import { resolveHyphens } from './hyphen-words.js';
import { PhraseChecker } from './phrase-checker.js';
import { PhraseFields, rowPlaces } from './phrase-fields.js';
import { parseQuery, type ParsedClause, type ParsedPhrase, type ParsedQuery } from './query-parser.js';
import { RelatedIncidents, type RelatedOptions } from './related-incidents.js';
import { searchRecordOf, type SearchRecord } from './search-record.js';
import { limitFields, searchTextOf, sentenceSpans, type SearchText } from './search-text.js';
import { DEFAULT_SEARCH_LIMITS, type SearchLimits } from './search-limits.js';
import { selectTop } from './select-top.js';
import { DEFAULT_SNIPPET_OPTIONS, findTermHits, makeSnippet, type SnippetOptions, type TermHit } from './snippet.js';
import { suggestQuery, type SuggestOptions } from './suggest-query.js';

/** What a search engine is made of. */
export interface SearchEngineParts {
  /** The data folder the records came from (resolved), or a label for in-memory knowledge bases. */
  dir: string;
  manifest: IngestManifest;
  /** The documents, or (from a data folder) a map that parses them on use with their search records. */
  documents: Iterable<KnowledgeDocument> | StoredDocuments;
  incidents: Iterable<Incident>;
  index: LoadedIndex;
}

/** Documents held by a map (which may parse them on first use) with the search record and texts of each (in the same order). */
export interface StoredDocuments {
  map: ReadonlyMap<string, KnowledgeDocument>;
  records: readonly SearchRecord[];
  texts: readonly SearchText[];
}

/** The documents of `parts` as a map with their search records (derived from documents held in memory). */
function storedDocuments(documents: SearchEngineParts['documents']): StoredDocuments {
  if ('map' in documents && 'records' in documents) return documents;
  const map = new Map<string, KnowledgeDocument>();
  for (const doc of documents) map.set(doc.id, doc);
  return { map, records: [...map.values()].map(searchRecordOf), texts: [...map.values()].map(searchTextOf) };
}

/** Tuning of a search engine. */
export interface SearchEngineOptions {
  limits: Partial<SearchLimits>;
  snippets: Partial<SnippetOptions>;
  related: Partial<RelatedOptions>;
  proximity: Partial<ProximityOptions>;
  suggest: Partial<SuggestOptions>;
}

interface Candidate {
  /** Row position. */
  position: number;
  score: number;
}

/** Builds a read-only KnowledgeBase over the parts; throws FaultlineError 500 when the index does not cover exactly the documents. */
export function createSearchEngine(parts: SearchEngineParts, options: Partial<SearchEngineOptions> = {}): KnowledgeBase {
  const limits: SearchLimits = { ...DEFAULT_SEARCH_LIMITS, ...options.limits };
  const snippetOptions: SnippetOptions = { ...DEFAULT_SNIPPET_OPTIONS, ...options.snippets };
  const proximity: ProximityOptions = { ...DEFAULT_PROXIMITY_OPTIONS, ...options.proximity };
  const stored = storedDocuments(parts.documents);
  const documents = stored.map;
  const incidents = new Map<string, Incident>();
  for (const incident of parts.incidents) incidents.set(incident.id, incident);
  const { index } = parts;
  if (index.meta.documents !== documents.size || index.meta.documentsDigest !== documentsDigest(documents.keys())) {
    throw new FaultlineError(
      `search: the index in ${parts.dir} covers ${index.meta.documents} documents that differ from the ${documents.size} documents loaded; re-run \`faultline ingest\``,
      { status: 500, parameter: 'dir' },
    );
  }
  const table = buildRecordTable(stored.records, incidents);
  const { rows } = table;
  const records = new Map(stored.records.map((record) => [record.id, record]));
  const fieldLimits = { maxTextChars: index.meta.maxTextChars, maxCommentChars: index.meta.maxCommentChars };
  /** Search texts and limited fields by row position (rows are sorted by id; the stored order may differ). */
  const textOrder = new Map(stored.records.map((record, i) => [record.id, i]));
  const texts = rows.map((row) => stored.texts[textOrder.get(row.id)!]!);
  const fields = texts.map((text) => limitFields(text.fields, fieldLimits));
  /** Row position of each shard's document ordinals. */
  const rowOf = index.shards.map((shard) => Int32Array.from(shard.refs, (id) => table.positions.get(id) ?? -1));
  const places = rowPlaces(rowOf, rows.length);
  const dateKeys = Int32Array.from(rows, (row) => row.dateKey);
  const relatedFinder = new RelatedIncidents(incidents, records, options.related);
  const fieldsAt = (position: number): IndexedFields => fields[position]!;
  /** The title and text of a document of the index (what a `-word` check reads). */
  const textsOf = (shard: number, doc: number): string[] => {
    const position = (rowOf[shard] as Int32Array)[doc]!;
    if (position < 0) return [];
    const found = texts[position]!.fields;
    return [found.title, found.text];
  };

  /** Parses a query and decides each `-word` (NOT, or a flag the documents write so). */
  function readQuery(query: string): ParsedQuery {
    return resolveHyphens(parseQuery(query, limits), index, textsOf, limits.maxHyphenChecks);
  }

  /** The written forms of index term `term` in a few documents (for "did you mean"), the most frequent first. */
  function surfacesOf(term: string): string[] {
    const counts = new Map<string, number>();
    for (const { shard, doc } of termDocuments(index, term, 3)) {
      const position = (rowOf[shard] as Int32Array)[doc]!;
      if (position < 0) continue;
      for (const text of Object.values(fields[position]!)) {
        for (const hit of findTermHits(text, new Set([term]), snippetOptions.scanLimit)) {
          const surface = text.slice(hit.start, hit.end);
          counts.set(surface, (counts.get(surface) ?? 0) + 1);
        }
      }
    }
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([surface]) => surface);
  }

  function search(request: SearchRequest): SearchResponse {
    const started = performance.now();
    const req = engineRequest(request, limits);
    const parsed = readQuery(req.query);

    // Matches after filtering, as parallel arrays (row position, score): no object per match.
    const positions: number[] = [];
    const scores: number[] = [];
    const facets = new FacetCounter(table, req.filters.layerRole, req.filters);
    const terms = collectMatches(req, parsed, (position, score, row) => {
      positions.push(position);
      scores.push(score);
      facets.add(position, row);
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
    /** Hits of the matched terms in a document's text, by row position, found while re-scoring. */
    const textHits = new Map<number, TermHit[]>();
    if (words.length >= 2) {
      // Re-score the best candidates by how close together the typed words occur (see proximity.ts).
      const top = selectTop(order, Math.max(proximity.candidates, first + req.pageSize), byRelevance);
      const head = top.slice(0, proximity.candidates);
      const wordTerms = new Set(words.map((w) => w.term));
      // The snippets look for the matched terms; when they are the typed words' terms, the text's hits found here serve them too.
      const sameTerms = wordTerms.size === terms.size && [...wordTerms].every((t) => terms.has(t));
      for (const i of head) {
        const doc = texts[positions[i]!]!;
        const others = [doc.fields.title, doc.summary].map((text) => ({ text, hits: findTermHits(text, wordTerms) }));
        const inText = findTermHits(doc.fields.text, wordTerms, snippetOptions.scanLimit);
        if (sameTerms) textHits.set(positions[i]!, inText);
        const factor = proximityFactor(doc.fields.text, inText, others, words, proximity);
        scores[i] = scores[i]! * factor;
      }
      head.sort(byRelevance);
      page = [...head, ...top.slice(proximity.candidates)].slice(first, first + req.pageSize);
    } else {
      page = selectTop(order, first + req.pageSize, req.sort === 'date' ? byDate : byRelevance).slice(first);
    }
    const hits = page.map((i) => hitFor({ position: positions[i]!, score: scores[i]! }, terms, textHits.get(positions[i]!)));
    return {
      query: req.query,
      total: positions.length,
      page: req.page,
      pageSize: req.pageSize,
      hits,
      facets: facets.result(),
      took: Math.round((performance.now() - started) * 100) / 100,
      suggestion: suggestQuery(req.query, parsed.clauses, index, surfacesOf, options.suggest),
    };
  }

  /**
   * Runs the query and the filters, handing each kept row to `keep`; a plain query first requires
   * every word (and the words a token joins, `us-east-1`, to stand together), then every word
   * (anywhere), and, when that matches nothing, any word. Quoted phrases are required (or
   * excluded) in every pass. Returns the matched terms.
   */
  function collectMatches(req: EngineRequest, parsed: ParsedQuery, keep: (position: number, score: number, row: DocumentRow) => void): ReadonlySet<string> {
    const filtering = hasFilters(req.filters);
    const phraseFields = new PhraseFields(index, places);
    const phrases = new PhraseChecker(fieldsAt, limits.maxPhraseScanChars, (position, field, text) => phraseFields.mayHold(position, field, text));
    const excluded = parsed.phrases.filter((p) => p.presence === 'prohibited');
    /** Runs one pass: the clauses, the phrases each match must contain; returns the positively matched terms and the matches. */
    const pass = (clauses: readonly IndexClause[], required: readonly ParsedPhrase[]): { terms: ReadonlySet<string>; count: number } => {
      let count = 0;
      const visitRow = (position: number, score: number): void => {
        if (!required.every((p) => phrases.contains(position, p)) || excluded.some((p) => phrases.contains(position, p))) return;
        count++;
        const row = rows[position]!;
        if (filtering && !passesFilters(row, req.filters)) return;
        keep(position, score, row);
      };
      if (clauses.length === 0) {
        for (let position = 0; position < rows.length; position++) visitRow(position, 0);
        return { terms: new Set(), count };
      }
      const { terms } = visitQuery(index, clauses, queryLimits, (shard, doc, score) => {
        const position = (rowOf[shard] as Int32Array)[doc]!;
        if (position >= 0) visitRow(position, score);
      });
      return { terms, count };
    };
    const queryLimits = { maxExpansions: limits.maxExpansions, maxExpansionWork: limits.maxExpansionWork };
    if (parsed.empty) return pass([], []).terms;
    // An excluded phrase is checked on the documents, not excluded word by word.
    const clauses = parsed.clauses.filter((c) => c.phrase === undefined || parsed.phrases[c.phrase]!.presence !== 'prohibited');
    if (clauses.length === 0 && excluded.length === 0) return new Set();
    const quoted = parsed.phrases.filter((p) => p.quoted && p.presence === 'required');
    const strict = parsed.phrases.filter((p) => p.presence === 'required' || (parsed.plain && p.presence === 'optional'));
    const required: IndexClause[] = parsed.plain ? clauses.map((c) => ({ ...c, presence: 'required' })) : clauses;
    let result = pass(required, strict);
    if (parsed.plain && result.count === 0 && strict.length > quoted.length) result = pass(required, quoted);
    if (parsed.plain && result.count === 0 && clauses.length > 1) result = pass(clauses, quoted);
    return result.terms;
  }

  function matchingIds(request: SearchRequest): string[] {
    const req = engineRequest({ ...request, page: 1, pageSize: 1 }, limits);
    const parsed = readQuery(req.query);
    const ids: string[] = [];
    collectMatches(req, parsed, (_position, _score, row) => ids.push(row.id));
    return ids;
  }

  /** The result row of a candidate; `inText`: the hits of `terms` in its text when already found. */
  function hitFor(candidate: Candidate, terms: ReadonlySet<string>, inText?: readonly TermHit[]): SearchHit {
    const row = rows[candidate.position]!;
    const doc = texts[candidate.position]!;
    const { text } = doc.fields;
    const hitsInText = inText ?? findTermHits(text, terms, snippetOptions.scanLimit);
    const snippet =
      hitsInText.length === 0 && doc.summary !== ''
        ? makeSnippet(doc.summary, [], findTermHits(doc.summary, terms), snippetOptions)
        : makeSnippet(text, sentenceSpans(doc), hitsInText, snippetOptions);
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
  searchRecords.set(kb, records);
  return kb;
}

/** Every search engine's search records by document id, by knowledge base. */
const searchRecords = new WeakMap<KnowledgeBase, ReadonlyMap<string, SearchRecord>>();

/**
 * The search record of document `id` of `kb` (the small per-document table, nothing parsed) when
 * `kb` was made by `createSearchEngine`, else derived from the document; undefined for an unknown id.
 */
export function searchRecordIn(kb: KnowledgeBase, id: string): SearchRecord | undefined {
  const records = searchRecords.get(kb);
  if (records !== undefined) return records.get(id);
  const doc = kb.documents.get(id);
  return doc === undefined ? undefined : searchRecordOf(doc);
}

/** The search records of every document of `kb` (see `searchRecordIn`), in the knowledge base's order. */
export function allSearchRecords(kb: KnowledgeBase): Iterable<SearchRecord> {
  return searchRecords.get(kb)?.values() ?? [...kb.documents.values()].map(searchRecordOf);
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
