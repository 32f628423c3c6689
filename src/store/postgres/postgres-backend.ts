/**
 * The PostgreSQL `SearchBackend` (issue 17): searches, facets and records read from a Faultline
 * database with SQL. A search parses its query with the in-memory engine's parser and runs it as
 * a `tsquery` over the weighted `tsv` column (`text-query.ts`); a plain query of several words
 * first requires every word and its joined words as phrases, then every word, then any word, as
 * the in-memory engine does; filters and facets are SQL over the label arrays (`filter-sql.ts`);
 * hits are ordered by `ts_rank` (then newest, then id) or by date (newest first, undated last,
 * then rank, then id), and get a `ts_headline` snippet (from the summary when the text has no
 * match); a misspelt word gets a "did you mean" from the snapshot's vocabulary (`vocabulary-sql.ts`).
 * Every query runs under `statement_timeout`; one past it is a FaultlineError 503.
 */
import type pg from 'pg';
import { FaultlineError } from '../../model/diagnostic.js';
import type { KnowledgeDocument } from '../../model/document.js';
import type { Incident } from '../../model/incident.js';
import type { IngestManifest } from '../../model/manifest.js';
import type { FacetCounts, LabelBadge, SearchHit, SearchRequest, SearchResponse } from '../../model/search.js';
import { CERTAINTY_LEVELS } from '../../model/taxonomy.js';
import { engineRequest, type EngineRequest } from '../../search/engine-request.js';
import { writtenAsFlag } from '../../search/hyphen-words.js';
import { parseQuery, type ParsedQuery } from '../../search/query-parser.js';
import type { KnowledgeBaseCounts, SearchBackend } from '../../search/search-backend.js';
import { DEFAULT_SEARCH_LIMITS, type SearchLimits } from '../../search/search-limits.js';
import { connectPool, databaseName } from './connect.js';
import { FACET_COLUMNS, facetQuery, filterConditions, SqlParams } from './filter-sql.js';
import { HEADLINE_OPTIONS, snippetFromHeadline, START_MARK } from './headline.js';
import { checkSchema } from './migrate.js';
import { resolvePostgresOptions, type PostgresOptions } from './postgres-options.js';
import { estimatedMatches } from './row-estimate.js';
import { SNAPSHOT_FACET_ROLE } from './snapshot-facets.js';
import { relatedIncidents } from './related-sql.js';
import { readSnapshotStats } from './snapshot-stats.js';
import { passQuery } from './text-query.js';
import { suggestFromVocabulary } from './vocabulary-sql.js';

/** What matches a search: the text condition (a tsquery text, null for every document) or nothing at all. */
type TextMatch = { kind: 'all' } | { kind: 'none' } | { kind: 'query'; tsquery: string };

/** A request's total and facets; `broad` when its hits are read through the date index (a window of candidates). */
interface Counted {
  total: number;
  facets: FacetCounts;
  broad: boolean;
  totalEstimated: boolean;
  facetsEstimated: boolean;
}

/** `facets` with every count multiplied by `factor` (rounded, at least 1). */
function scaleFacets(facets: FacetCounts, factor: number): FacetCounts {
  const scaled = {} as FacetCounts;
  for (const [facet, counts] of Object.entries(facets) as [keyof FacetCounts, Record<string, number>][]) {
    scaled[facet] = Object.fromEntries(Object.entries(counts).map(([value, n]) => [value, Math.max(1, Math.round(n * factor))]));
  }
  return scaled;
}

interface HitRow {
  id: string;
  incident: string;
  title: string;
  published: string | null;
  incident_date: string | null;
  url: string | null;
  providers: string[];
  description: string | null;
  keywords: string[];
  layer_badges: LabelBadge[];
  impacted_layer_badges: LabelBadge[];
  cause_badges: LabelBadge[];
  score: number;
  body_headline: string;
  summary_headline: string | null;
}

/** The facet counts of facet rows, each facet most frequent first, then by name (as the in-memory engine orders them). */
function facetCounts(rows: readonly { facet: string; value: string; n: string | number }[]): { total: number; facets: FacetCounts } {
  const facets: FacetCounts = { layer: {}, cause: {}, certainty: {}, provider: {}, year: {}, trigger: {}, detection: {}, mitigation: {} };
  const entries = new Map<string, [string, number][]>();
  let total = 0;
  for (const row of rows) {
    const n = Number(row.n);
    if (row.facet === 'total') total = n;
    else if (n > 0) entries.set(row.facet, [...(entries.get(row.facet) ?? []), [row.value, n]]);
  }
  for (const [facet, list] of entries) {
    list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    facets[facet as keyof FacetCounts] = Object.fromEntries(list);
  }
  return { total, facets };
}

/** Opens the backend over the database of `url`; throws FaultlineError 500 when its schema is not this Faultline's or it holds no knowledge base. */
export async function openPostgresBackend(url: string, options: Partial<Omit<PostgresOptions, 'url'>> & { limits?: Partial<SearchLimits> } = {}): Promise<SearchBackend> {
  const { limits: limitOptions, ...connection } = options;
  const resolved = resolvePostgresOptions(url, connection);
  const limits: SearchLimits = { ...DEFAULT_SEARCH_LIMITS, ...limitOptions };
  const where = databaseName(resolved);
  const pool = connectPool(resolved);
  try {
    const client = await pool.connect();
    try {
      await checkSchema(client, where);
      const loaded = await client.query('SELECT 1 FROM snapshot');
      if (loaded.rowCount === 0) throw new FaultlineError(`postgres: the database ${where} holds no knowledge base; run \`faultline ingest --store ${where}\``, { status: 500, parameter: 'store' });
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    if (error instanceof FaultlineError) throw error;
    throw new FaultlineError(`postgres: cannot read ${where}: ${(error as Error).message}`, { status: 500, parameter: 'store', cause: error });
  }

  /** Runs a read query; a statement past its deadline is a 503 naming it. */
  async function query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    try {
      return (await pool.query<R>(text, values)).rows;
    } catch (error) {
      if ((error as { code?: string }).code === '57014') {
        throw new FaultlineError(`search: the query took longer than ${resolved.statementTimeoutMs} ms (statement_timeout of ${where}); narrow it`, { status: 503, parameter: 'query', cause: error });
      }
      throw new FaultlineError(`postgres: query on ${where} failed: ${(error as Error).message}`, { status: 500, parameter: 'store', cause: error });
    }
  }

  /** Whether some document matches `tsquery` (filters not applied: the passes fall back as the in-memory engine does). */
  async function anyMatch(tsquery: string): Promise<boolean> {
    const rows = await query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM documents WHERE tsv @@ to_tsquery('english', $1)) AS found`, [tsquery]);
    return rows[0]?.found === true;
  }

  /** The text condition of a parsed query: the passes of the in-memory engine (`collectMatches`), the first that matches. */
  async function textMatch(parsed: ParsedQuery): Promise<TextMatch> {
    if (parsed.empty) return { kind: 'all' };
    const excluded = parsed.phrases.filter((p) => p.presence === 'prohibited');
    const clauses = parsed.clauses.filter((c) => c.phrase === undefined || parsed.phrases[c.phrase]!.presence !== 'prohibited');
    if (clauses.length === 0 && excluded.length === 0) return { kind: 'none' };
    const quoted = parsed.phrases.filter((p) => p.quoted && p.presence === 'required');
    const strict = parsed.phrases.filter((p) => p.presence === 'required' || (parsed.plain && p.presence === 'optional'));
    const requiredClauses = parsed.plain ? clauses.map((c) => ({ ...c, presence: 'required' as const })) : clauses;
    const passes = [{ clauses: requiredClauses, required: strict }];
    if (parsed.plain && strict.length > quoted.length) passes.push({ clauses: requiredClauses, required: quoted });
    if (parsed.plain && clauses.length > 1) passes.push({ clauses, required: quoted });
    let last: TextMatch = { kind: 'none' };
    for (const [i, pass] of passes.entries()) {
      const tsquery = passQuery({ ...pass, excluded, phrases: parsed.phrases });
      last = tsquery === null ? { kind: 'none' } : { kind: 'query', tsquery };
      if (i === passes.length - 1 || (tsquery !== null && (await anyMatch(tsquery)))) return last;
    }
    return last;
  }

  /** The WHERE clause of a request's text match and filters. */
  function whereClause(match: TextMatch, req: EngineRequest, params: SqlParams): { where: string; tsquery: string | null } {
    const conditions = filterConditions(req.filters, params);
    let tsquery: string | null = null;
    if (match.kind === 'none') conditions.push('false');
    if (match.kind === 'query') {
      tsquery = `to_tsquery('english', ${params.add(match.tsquery)})`;
      conditions.push(`tsv @@ ${tsquery}`);
    }
    return { where: conditions.length === 0 ? 'true' : conditions.join(' AND '), tsquery };
  }

  /**
   * `parsed` with each `-word` that some document writes as a flag (`rm -rf`) searched as a word
   * (as `resolveHyphens` does in memory), reading at most `maxHyphenChecks` documents' title and
   * text; `plain` stays true only when no `-word` excludes.
   */
  async function resolveHyphenWords(parsed: ParsedQuery): Promise<ParsedQuery> {
    let excluding = false;
    let left = limits.maxHyphenChecks;
    const clauses = [];
    for (const clause of parsed.clauses) {
      if (clause.hyphen === undefined || clause.presence !== 'prohibited' || clause.word === undefined) {
        clauses.push(clause);
        continue;
      }
      const texts = left <= 0 ? [] : await query<{ title: string; body: string }>(`SELECT search_title AS title, body FROM documents WHERE tsv @@ to_tsquery('english', $1) LIMIT $2`, [passQuery({ clauses: [{ ...clause, presence: 'required' }], required: [], excluded: [], phrases: [] }), left]);
      left -= texts.length;
      if (writtenAsFlag(clause.hyphen, texts.flatMap((t) => [t.title, t.body]))) {
        const { hyphen: _hyphen, ...word } = clause;
        clauses.push({ ...word, presence: 'optional' as const });
      } else {
        excluding = true;
        clauses.push(clause);
      }
    }
    return { ...parsed, clauses, plain: parsed.plain && !excluding };
  }

  async function prepare(request: SearchRequest): Promise<{ req: EngineRequest; match: TextMatch; parsed: ParsedQuery }> {
    const req = engineRequest(request, limits);
    const parsed = parseQuery(req.query, limits);
    return { req, match: await textMatch(await resolveHyphenWords(parsed)), parsed };
  }

  /**
   * The total and facets of the matches (at most `limit` when given), counted with `facetQuery`;
   * a search without words reads the narrow `document_facets` rows, one with words `documents`
   * (its text match needs the document's tsvector).
   */
  async function countFacets(req: EngineRequest, match: TextMatch, limit: number | null): Promise<{ total: number; facets: FacetCounts }> {
    const params = new SqlParams();
    const { where } = whereClause(match, req, params);
    const bound = limit === null ? '' : ` LIMIT ${params.add(limit)}`;
    const table = match.kind === 'query' ? 'documents' : 'document_facets';
    const sql = `WITH m AS MATERIALIZED (SELECT ${FACET_COLUMNS} FROM ${table} WHERE ${where}${bound})\n${facetQuery(req.filters, CERTAINTY_LEVELS, params)}`;
    return facetCounts(await query<{ facet: string; value: string; n: string }>(sql, params.values));
  }

  /**
   * The total and facets of a request, and whether it is broad. The whole snapshot's are read
   * from `facet_counts`; a match the planner estimates at most `exactCountLimit` documents is
   * counted exactly; a broader one gets the estimate as its total and facets counted over its
   * first `facetWindow` matches, scaled to the estimate (both flagged).
   */
  async function countMatches(req: EngineRequest, match: TextMatch): Promise<Counted> {
    const params = new SqlParams();
    const { where } = whereClause(match, req, params);
    const unfiltered = filterConditions(req.filters, new SqlParams()).length === 0;
    if (match.kind === 'all' && unfiltered && req.filters.layerRole === SNAPSHOT_FACET_ROLE) {
      const rows = await query<{ facet: string; value: string; n: string }>(`SELECT facet, value, n FROM facet_counts UNION ALL SELECT 'total', '', documents FROM snapshot`);
      const whole = facetCounts(rows);
      return { ...whole, broad: whole.total > resolved.exactCountLimit, totalEstimated: false, facetsEstimated: false };
    }
    const estimate = match.kind === 'none' ? 0 : await estimatedMatches(query, where, params.values);
    if (estimate <= resolved.exactCountLimit) return { ...(await countFacets(req, match, null)), broad: false, totalEstimated: false, facetsEstimated: false };
    const sample = await countFacets(req, match, resolved.facetWindow);
    // The estimate stands unless the sample shows fewer matches than the window: then they were all counted.
    if (sample.total < resolved.facetWindow) return { ...sample, broad: false, totalEstimated: false, facetsEstimated: false };
    return { total: estimate, facets: scaleFacets(sample.facets, estimate / sample.total), broad: true, totalEstimated: true, facetsEstimated: true };
  }

  async function search(request: SearchRequest): Promise<SearchResponse> {
    const started = performance.now();
    const { req, match, parsed } = await prepare(request);
    const counted = await countMatches(req, match);
    const params = new SqlParams();
    const { where, tsquery } = whereClause(match, req, params);
    const score = tsquery === null ? '0::real' : `ts_rank(tsv, ${tsquery})`;
    const headlineQuery = tsquery ?? `''::tsquery`;
    const options = params.add(HEADLINE_OPTIONS);
    const limit = params.add(req.pageSize);
    const offset = params.add((req.page - 1) * req.pageSize);
    let page: string;
    if (!counted.broad) {
      const order = req.sort === 'date' ? 'date_key DESC, score DESC, id' : 'score DESC, date_key DESC, id';
      page = `SELECT *, ${score} AS score FROM documents WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
    } else if (req.sort === 'date' || tsquery === null) {
      // Broad, by date (or nothing to rank): the (date_key DESC, id) index read with a LIMIT.
      page = `SELECT *, ${score} AS score FROM (SELECT * FROM documents WHERE ${where} ORDER BY date_key DESC, id LIMIT ${limit} OFFSET ${offset}) w`;
    } else {
      // Broad, by relevance: the newest rankWindow matches (the date index), ranked by ts_rank.
      const window = params.add(Math.max(resolved.rankWindow, req.page * req.pageSize));
      page = `SELECT *, ${score} AS score FROM (SELECT * FROM documents WHERE ${where} ORDER BY date_key DESC, id LIMIT ${window}) w ORDER BY score DESC, date_key DESC, id LIMIT ${limit} OFFSET ${offset}`;
    }
    const byDate = req.sort === 'date' || (counted.broad && tsquery === null);
    const order = !byDate ? 'score DESC, date_key DESC, id' : counted.broad ? 'date_key DESC, id' : 'date_key DESC, score DESC, id';
    const sql = `SELECT id, incident, title, published, incident_date, url, providers, description, keywords,
        layer_badges, impacted_layer_badges, cause_badges, score,
        ts_headline('english', body, ${headlineQuery}, ${options}) AS body_headline,
        CASE WHEN summary <> '' THEN ts_headline('english', summary, ${headlineQuery}, ${options}) END AS summary_headline
      FROM (${page}) d
      ORDER BY ${order}`;
    const rows = await query<HitRow>(sql, params.values);
    const hits = rows.map((row): SearchHit => {
      const useSummary = tsquery !== null && !row.body_headline.includes(START_MARK) && row.summary_headline !== null;
      return {
        id: row.id,
        incident: row.incident,
        title: row.title,
        published: row.published,
        incidentDate: row.incident_date,
        url: row.url,
        providers: row.providers,
        description: row.description,
        keywords: row.keywords,
        layers: row.layer_badges,
        impactedLayers: row.impacted_layer_badges,
        causes: row.cause_badges,
        score: Math.round(row.score * 10_000) / 10_000,
        snippet: snippetFromHeadline(useSummary ? row.summary_headline! : row.body_headline),
      };
    });
    return {
      query: req.query,
      total: counted.total,
      page: req.page,
      pageSize: req.pageSize,
      hits,
      facets: counted.facets,
      took: Math.round((performance.now() - started) * 100) / 100,
      suggestion: await suggestFromVocabulary(query, req.query, parsed.clauses),
      ...(counted.totalEstimated ? { totalEstimated: true } : {}),
      ...(counted.facetsEstimated ? { facetsEstimated: true } : {}),
    };
  }

  async function matchingIds(request: SearchRequest): Promise<string[]> {
    const { req, match } = await prepare({ ...request, page: 1, pageSize: 1 });
    const params = new SqlParams();
    const { where } = whereClause(match, req, params);
    return (await query<{ id: string }>(`SELECT id FROM documents WHERE ${where} ORDER BY id`, params.values)).map((r) => r.id);
  }

  async function records<T>(table: 'documents' | 'incidents', ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    return (await query<{ record: T }>(`SELECT record FROM ${table} WHERE id = ANY($1::text[]) ORDER BY id`, [[...new Set(ids)]])).map((r) => r.record);
  }

  return Object.freeze({
    kind: 'postgres' as const,
    location: where,
    manifest: async (): Promise<IngestManifest> => (await query<{ manifest: IngestManifest }>('SELECT manifest FROM snapshot'))[0]!.manifest,
    counts: async (): Promise<KnowledgeBaseCounts> => (await query<KnowledgeBaseCounts>('SELECT documents, incidents FROM snapshot'))[0]!,
    search,
    facets: async (request: SearchRequest): Promise<FacetCounts> => {
      const { req, match } = await prepare({ ...request, page: 1, pageSize: 1 });
      return (await countMatches(req, match)).facets;
    },
    matchingIds,
    document: async (id: string): Promise<KnowledgeDocument | null> => (await records<KnowledgeDocument>('documents', [id]))[0] ?? null,
    incident: async (id: string): Promise<Incident | null> => (await records<Incident>('incidents', [id]))[0] ?? null,
    documents: (ids: readonly string[]): Promise<KnowledgeDocument[]> => records<KnowledgeDocument>('documents', ids),
    incidents: (ids: readonly string[]): Promise<Incident[]> => records<Incident>('incidents', ids),
    related: (incidentId: string, limit?: number) => relatedIncidents(query, incidentId, limit),
    snapshotId: async (): Promise<string> => (await query<{ loaded_at: string }>('SELECT loaded_at::text AS loaded_at FROM snapshot'))[0]!.loaded_at,
    stats: () => readSnapshotStats(query),
    close: () => pool.end(),
  });
}
