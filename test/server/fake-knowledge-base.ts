/**
 * A small in-memory KnowledgeBase over the fixture records in test/fixtures/server/, injected into
 * the app in route tests (word search over title and text, the model's filters, facets, snippets
 * and related incidents by shared labels). It fails like the real one: unknown fields are a 400
 * FaultlineError naming the position.
 */
import { readFileSync } from 'node:fs';
import {
  FaultlineError,
  type FacetCounts,
  type Incident,
  type IngestManifest,
  type KnowledgeBase,
  type KnowledgeDocument,
  type RelatedIncident,
  type SearchHit,
  type SearchRequest,
  type SearchResponse,
} from '../../src/model/index.js';

/** The fixture records. */
export interface FixtureRecords {
  documents: KnowledgeDocument[];
  incidents: Incident[];
  manifest: IngestManifest;
}

/** Reads test/fixtures/server/knowledge-base.json (fresh objects on every call). */
export function readFixtureRecords(): FixtureRecords {
  return JSON.parse(readFileSync(new URL('../fixtures/server/knowledge-base.json', import.meta.url), 'utf8')) as FixtureRecords;
}

const FIELDS = new Set(['title', 'text']);

function words(query: string): { field: string | null; term: string }[] {
  const out: { field: string | null; term: string }[] = [];
  let position = 0;
  for (const raw of query.toLowerCase().split(/\s+/)) {
    if (raw === '') continue;
    const colon = raw.indexOf(':');
    if (colon !== -1) {
      const field = raw.slice(0, colon);
      if (!FIELDS.has(field)) throw new FaultlineError(`search: unrecognised field "${field}" at position ${position}`, { status: 400 });
      out.push({ field, term: raw.slice(colon + 1) });
    } else {
      out.push({ field: null, term: raw });
    }
    position += raw.length + 1;
  }
  return out;
}

function emptyFacets(): FacetCounts {
  return { layer: {}, cause: {}, provider: {}, year: {} };
}

/** Builds the fake knowledge base (with `dir` naming it, so reload tests can tell two apart). */
export function fakeKnowledgeBase(records: FixtureRecords = readFixtureRecords(), dir = '/fixtures/server'): KnowledgeBase {
  const documents = new Map(records.documents.map((d) => [d.id, d]));
  const incidents = new Map(records.incidents.map((i) => [i.id, i]));
  const providersOf = (d: KnowledgeDocument): string[] => d.facts.providers.map((p) => p.value);

  const search = (request: SearchRequest): SearchResponse => {
    const started = performance.now();
    const terms = words(request.query);
    const matched: { doc: KnowledgeDocument; score: number }[] = [];
    for (const doc of documents.values()) {
      let score = 0;
      let ok = true;
      for (const { field, term } of terms) {
        const hay = field === 'title' ? (doc.title ?? '') : field === 'text' ? doc.text : `${doc.title ?? ''} ${doc.text}`;
        const count = hay.toLowerCase().split(term).length - 1;
        if (count === 0) ok = false;
        score += count;
      }
      if (!ok) continue;
      const year = doc.published === null ? null : Number(doc.published.slice(0, 4));
      if (request.layers && !doc.layers.some((t) => request.layers!.includes(t.label))) continue;
      if (request.causes && !doc.causes.some((t) => request.causes!.includes(t.label))) continue;
      if (request.certainty && ![...doc.layers, ...doc.causes].some((t) => request.certainty!.includes(t.certainty))) continue;
      if (request.providers && !providersOf(doc).some((p) => request.providers!.some((q) => q.toLowerCase() === p.toLowerCase()))) continue;
      if (request.from !== undefined && (year === null || year < request.from)) continue;
      if (request.to !== undefined && (year === null || year > request.to)) continue;
      matched.push({ doc, score });
    }
    if (request.sort === 'date') matched.sort((a, b) => (b.doc.published ?? '').localeCompare(a.doc.published ?? ''));
    else matched.sort((a, b) => b.score - a.score || a.doc.id.localeCompare(b.doc.id));
    const facets = emptyFacets();
    for (const { doc } of matched) {
      for (const t of doc.layers) facets.layer[t.label] = (facets.layer[t.label] ?? 0) + 1;
      for (const t of doc.causes) facets.cause[t.label] = (facets.cause[t.label] ?? 0) + 1;
      for (const p of providersOf(doc)) facets.provider[p] = (facets.provider[p] ?? 0) + 1;
      const year = doc.published?.slice(0, 4) ?? 'unknown';
      facets.year[year] = (facets.year[year] ?? 0) + 1;
    }
    const page = request.page ?? 1;
    const pageSize = request.pageSize ?? 10;
    const hits: SearchHit[] = matched.slice((page - 1) * pageSize, page * pageSize).map(({ doc, score }) => {
      const first = terms[0]?.term;
      const at = first === undefined ? 0 : Math.max(0, doc.text.toLowerCase().indexOf(first));
      const start = Math.max(0, at - 40);
      const text = doc.text.slice(start, start + 160);
      const highlights = terms
        .map(({ term }) => ({ start: text.toLowerCase().indexOf(term), end: text.toLowerCase().indexOf(term) + term.length }))
        .filter((h) => h.start >= 0);
      return {
        id: doc.id,
        incident: doc.incident,
        title: doc.title ?? '',
        published: doc.published,
        url: doc.url,
        providers: providersOf(doc),
        layers: doc.layers.map((t) => ({ label: t.label, certainty: t.certainty })),
        causes: doc.causes.map((t) => ({ label: t.label, certainty: t.certainty })),
        score,
        snippet: { text, highlights },
      };
    });
    return { query: request.query, total: matched.length, page, pageSize, hits, facets, took: performance.now() - started };
  };

  const related = (incidentId: string, limit = 5): RelatedIncident[] => {
    const incident = incidents.get(incidentId);
    if (incident === undefined) throw new FaultlineError(`related: no incident "${incidentId}"`, { status: 404, parameter: 'id' });
    const labels = new Set([...incident.layers, ...incident.causes].map((t) => t.label));
    const out: RelatedIncident[] = [];
    for (const other of incidents.values()) {
      if (other.id === incident.id) continue;
      const shared = [...other.layers, ...other.causes].map((t) => t.label).filter((l) => labels.has(l));
      if (shared.length === 0) continue;
      out.push({ id: other.id, title: other.title, date: other.date, score: shared.length, reason: `shares ${shared.join(', ')}` });
    }
    return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
  };

  return { dir, manifest: records.manifest, documents, incidents, search, related };
}
