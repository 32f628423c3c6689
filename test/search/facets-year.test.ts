/**
 * The year facet and the date order read the incident date: an incident's date comes from the
 * incident dates its reports state (a report that states none takes its incident's), never from a
 * publication date; an incident none of whose reports states one is `unknown`.
 */
import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument, DocumentDates, IncidentDate, KnowledgeDocument } from '../../src/model/document.js';
import type { Incident } from '../../src/model/incident.js';
import { fixtureRecords } from '../fixtures/kb/fixture-kb.js';
import { knowledgeBaseFromRecords } from '../fixtures/knowledge-base-from-records.js';

const stated = (value: string): IncidentDate => ({ value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year', from: 'text', zone: null, evidence: null });
const withDates = (doc: KnowledgeDocument, incident: IncidentDate | null, published: string | null): KnowledgeDocument => {
  const dates: DocumentDates = { incident, published, ingested: '2026-12-06', problems: [] };
  return { ...doc, published, dates } satisfies AnalyzedDocument & { incident: string };
};

/** Two reports of one incident (one dated July 1997 and published in 2025, one undated) and one undated report alone. */
function records(): { documents: KnowledgeDocument[]; incidents: Incident[] } {
  const base = fixtureRecords();
  const [a, b, c] = base.documents as [KnowledgeDocument, KnowledgeDocument, KnowledgeDocument];
  const rover: Incident = { ...base.incidents.find((i) => i.id === a.incident)!, id: 'rover-resets', date: '2025-12-02', reports: [a.id, b.id] };
  const essay: Incident = { ...base.incidents.find((i) => i.id === c.incident)!, id: 'queue-essay', date: '2019-05-01', reports: [c.id] };
  return {
    documents: [
      withDates({ ...a, incident: rover.id }, stated('1997-07'), '2025-12-02'),
      withDates({ ...b, incident: rover.id }, null, '2025-12-03'),
      withDates({ ...c, incident: essay.id }, null, '2019-05-01'),
    ],
    incidents: [rover, essay],
  };
}

describe('year facet and date order by incident date', () => {
  const kb = knowledgeBaseFromRecords(records());

  it('counts both reports of the 1997 incident under 1997 (not the 2025 publication or incident record), the undated one under unknown', () => {
    expect(kb.search({ query: '' }).facets.year).toEqual({ '1997': 2, unknown: 1 });
  });

  it('filters by incident year and by the unknown bucket', () => {
    expect(kb.search({ query: '', from: 2025 }).total).toBe(0);
    expect(kb.search({ query: '', from: 1997, to: 1997 }).total).toBe(2);
    expect(kb.search({ query: '', undated: true }).hits.map((h) => h.incident)).toEqual(['queue-essay']);
  });

  it('sorts dated before undated and gives each hit the incident date and its own publication date', () => {
    const hits = kb.search({ query: '', sort: 'date' }).hits;
    expect(hits.map((h) => [h.incident, h.incidentDate])).toEqual([
      ['rover-resets', '1997-07'],
      ['rover-resets', '1997-07'],
      ['queue-essay', null],
    ]);
    expect(hits.map((h) => h.published).slice(0, 2).sort()).toEqual(['2025-12-02', '2025-12-03']);
  });
});
