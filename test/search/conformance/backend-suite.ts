/**
 * The conformance suite every `SearchBackend` passes (issue 17), over a knowledge base it holds
 * and the same records loaded in memory (`reference`): the counts and the manifest; the statistics; each
 * document and incident read back whole; unknown ids; for every conformance case, a total equal
 * to the matching ids, hits among them, facets summing to the total and equal to the backend's
 * own `facets`, date order newest first; and the totals pinned for the corpus.
 */
import { expect, it } from 'vitest';
import { compareStrings } from '../../../src/model/compare-strings.js';
import type { KnowledgeBase } from '../../../src/model/search.js';
import { dateSortKey } from '../../../src/analyze/reconcile-incident-date.js';
import type { SearchBackend } from '../../../src/search/search-backend.js';
import { factsOf, STATS_LABEL_ORDER } from '../../../src/search/snapshot-facts.js';
import { statsFromFacts } from '../../../src/server/knowledge-base-stats.js';
import { conformanceCases } from './conformance-cases.js';

/** What the suite runs on: the backend and the same records in memory. */
export interface SuiteSubject {
  backend: SearchBackend;
  reference: KnowledgeBase;
}

/** Declares the suite's tests; `subject()` is called inside each test (after the file's `beforeAll`). `totals` pins query → total. */
export function backendConformance(subject: () => SuiteSubject, totals: Readonly<Record<string, number>>): void {
  it('counts the records and keeps the manifest', async () => {
    const { backend, reference } = subject();
    expect(await backend.counts()).toEqual({ documents: reference.documents.size, incidents: reference.incidents.size });
    expect(await backend.manifest()).toEqual(reference.manifest);
  });

  it('gives the statistics the in-memory path computes from every incident', async () => {
    const { backend, reference } = subject();
    const expected = statsFromFacts(factsOf(reference), reference.documents.size, STATS_LABEL_ORDER);
    expect(await backend.stats()).toEqual(expected);
    expect(expected.incidents).toBe(reference.incidents.size);
  });

  it('reads every document and incident back whole, and null for an unknown id', async () => {
    const { backend, reference } = subject();
    for (const doc of reference.documents.values()) expect(await backend.document(doc.id)).toEqual(doc);
    for (const incident of reference.incidents.values()) expect(await backend.incident(incident.id)).toEqual(incident);
    expect(await backend.document('d-unknown')).toBeNull();
    expect(await backend.incident('no-such-incident')).toBeNull();
  });

  it('reads documents and incidents by ids, sorted by id, leaving unknown ids out', async () => {
    const { backend, reference } = subject();
    const ids = [...reference.documents.keys()].reverse();
    const got = await backend.documents([...ids, 'd-unknown', ids[0]!]);
    expect(got.map((d) => d.id)).toEqual([...ids].sort(compareStrings));
    const incidentIds = [...reference.incidents.keys()];
    expect((await backend.incidents(incidentIds)).map((i) => i.id)).toEqual([...incidentIds].sort(compareStrings));
    expect(await backend.documents([])).toEqual([]);
  });

  it('finds the pinned totals', async () => {
    const { backend } = subject();
    const found: Record<string, number> = {};
    for (const query of Object.keys(totals)) found[query] = (await backend.search({ query, pageSize: 100 })).total;
    expect(found).toEqual(totals);
  });

  it('answers every conformance case consistently: total, matching ids, hits, facets, order', async () => {
    const { backend, reference } = subject();
    const all = reference.search({ query: '', pageSize: 1 });
    for (const { name, request } of conformanceCases(all.facets)) {
      const response = await backend.search(request);
      const ids = await backend.matchingIds(request);
      expect(ids, name).toEqual([...ids].sort(compareStrings));
      expect(ids.length, name).toBe(response.total);
      const pageSize = request.pageSize ?? 10;
      const first = ((request.page ?? 1) - 1) * pageSize;
      expect(response.hits.length, name).toBe(Math.max(0, Math.min(pageSize, response.total - first)));
      for (const hit of response.hits) expect(ids, name).toContain(hit.id);
      expect(Object.values(response.facets.year).reduce((a, b) => a + b, 0), name).toBe(response.total);
      expect(await backend.facets(request), name).toEqual(response.facets);
      if (request.sort === 'date') {
        const keys = response.hits.map((h) => dateSortKey(h.incidentDate));
        expect(keys, name).toEqual([...keys].sort((a, b) => b - a));
      }
      for (const hit of response.hits) {
        for (const h of hit.snippet.highlights) expect(h.end, name).toBeLessThanOrEqual(hit.snippet.text.length);
      }
    }
  });
}
