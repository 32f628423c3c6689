/** An incident with many reports: the API and the incident page show them a page at a time; citations go through the first ones. */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { KnowledgeDocument } from '../../src/model/index.js';
import { createCitationService } from '../../src/server/citation-service.js';
import { createApp } from '../../src/server/create-app.js';
import { fixtureKnowledgeBase, readFixtureRecords } from './fixture-knowledge-base.js';

/** The fixture knowledge base with one more incident of `n` reports (copies of a fixture document). */
function withBigIncident(n: number) {
  const records = readFixtureRecords();
  const model = records.documents[0]!;
  const copies: KnowledgeDocument[] = Array.from({ length: n }, (_, i) => ({
    ...model,
    id: `big-${String(i).padStart(4, '0')}`,
    title: `Report number ${i}`,
    incident: 'big-incident',
  }));
  records.documents.push(...copies);
  records.incidents.push({ ...records.incidents[0]!, id: 'big-incident', title: 'An incident with many reports', reports: copies.map((d) => d.id) });
  return fixtureKnowledgeBase(records, '/fixtures/big');
}

const kb = withBigIncident(60);
const citations = createCitationService({ threads: 0 });
const app = createApp({ kb, citations, options: { rateLimit: false } });

/** The ids of the reports of an `/api/incidents/:id` answer, in order. */
const reportIds = (body: unknown): string[] => (body as { reports: { id: string }[] }).reports.map((r) => r.id);

describe('GET /api/incidents/:id with many reports', () => {
  it('answers one page of reports (25 by default) with the paging', async () => {
    const res = await request(app).get('/api/incidents/big-incident');
    expect(res.status).toBe(200);
    expect(reportIds(res.body)).toEqual(Array.from({ length: 25 }, (_, i) => `big-${String(i).padStart(4, '0')}`));
    expect(res.body).toHaveProperty('reportsPage', { page: 1, pageSize: 25, pages: 3, total: 60 });
    expect(res.body).toHaveProperty('incident.reports.length', 60);
  });

  it('pages with reportsPage and reportsPageSize', async () => {
    const last = await request(app).get('/api/incidents/big-incident?reportsPage=3');
    expect(reportIds(last.body)).toEqual(Array.from({ length: 10 }, (_, i) => `big-${String(50 + i).padStart(4, '0')}`));
    const all = await request(app).get('/api/incidents/big-incident?reportsPageSize=100');
    expect(all.body).toHaveProperty('reports.length', 60);
    expect(all.body).toHaveProperty('reportsPage', { page: 1, pageSize: 100, pages: 1, total: 60 });
  });

  it('refuses a page past the last one or a page size over 100, naming the parameter', async () => {
    const past = await request(app).get('/api/incidents/big-incident?reportsPage=4');
    expect(past.status).toBe(400);
    expect(past.body).toEqual({ error: 'bad-parameter', parameter: 'reportsPage', message: 'incident: parameter reportsPage: must be a whole number from 1 to 3' });
    const big = await request(app).get('/api/incidents/big-incident?reportsPageSize=101');
    expect(big.body).toHaveProperty('parameter', 'reportsPageSize');
    expect((await request(app).get('/api/incidents/big-incident?reportsPage=1&reportsPage=2')).body).toHaveProperty('parameter', 'reportsPage');
  });
});

describe('the incident page with many reports', () => {
  const cards = (text: string): number => text.match(/<article class="report card"/g)?.length ?? 0;

  it('renders 25 reports, the primary one marked once, with links to the other pages', async () => {
    const res = await request(app).get('/incidents/big-incident');
    expect(res.status).toBe(200);
    expect(cards(res.text)).toBe(25);
    expect(res.text.match(/Primary report/g)).toHaveLength(1);
    expect(res.text).toContain('Reports 1–25 of 60.');
    expect(res.text).toContain('href="/incidents/big-incident?reportsPage=2#reports-title"');
  });

  it('renders a later page without a primary report, and refuses a bad page number', async () => {
    const res = await request(app).get('/incidents/big-incident?reportsPage=3');
    expect(cards(res.text)).toBe(10);
    expect(res.text).not.toContain('Primary report');
    expect(res.text).toContain('Reports 51–60 of 60.');
    expect(cards((await request(app).get('/incidents/big-incident?reportsPage=99')).text)).toBe(10);
    expect((await request(app).get('/incidents/big-incident?reportsPage=abc')).status).toBe(400);
  });

  it('cites the incident through its first 20 reports', async () => {
    const incident = kb.incidents.get('big-incident')!;
    const texts = await citations.citations(kb, incident, incident.reports.map((id) => kb.documents.get(id)!));
    expect(texts?.bibtex.match(/^@online\{/gm)).toHaveLength(20);
  });

  it('leaves an ordinary incident unpaged', async () => {
    const res = await request(app).get('/incidents/2008-07-20-amazon-s3');
    expect(res.text).not.toContain('aria-label="Report pages"');
  });
});
