/**
 * The three dates of a document, end to end: the fixtures of test/fixtures/dates (each modelled
 * on a failure met on a real corpus) ingested into a temporary data folder, then read back as
 * documents, the manifest, the search engine's year facet and date order, and the statistics.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeDocument } from '../../src/model/document.js';
import type { IngestManifest } from '../../src/model/manifest.js';
import type { KnowledgeBase } from '../../src/model/search.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { loadKnowledgeBase } from '../../src/search/load-knowledge-base.js';
import { createApp } from '../../src/server/create-app.js';
import { computeKnowledgeBaseStats } from '../../src/server/knowledge-base-stats.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/dates/', import.meta.url));

let root: string;
let kb: KnowledgeBase;
let manifest: IngestManifest;
let before: number;
let after: number;

/** The ingested document of a fixture file. */
function doc(file: string): KnowledgeDocument {
  const found = [...kb.documents.values()].find((d) => d.sources.some((s) => s.path === file));
  if (found === undefined) throw new Error(`no document from ${file}`);
  return found;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'faultline-dates-'));
  before = Date.now();
  manifest = (await runPipeline({ corpus: FIXTURES, out: path.join(root, 'data'), workers: 0 })).manifest;
  after = Date.now();
  kb = await loadKnowledgeBase(path.join(root, 'data'));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the incident date is read from the event', () => {
  it('recent-status-report: no publication date, the text dates the outage', () => {
    const { dates } = doc('recent-status-report.md');
    expect(dates?.published).toBeNull();
    expect(dates?.incident).toMatchObject({ value: '2024-03-12', precision: 'day', from: 'text' });
    expect(dates?.incident?.evidence?.text).toBe('On March 12, 2024, the Ledgerline API returned elevated error rates for 68 minutes.');
  });

  it('backbone-outage-published-next-day: the outage of July 17 stays on July 17, the publication on July 18', () => {
    const { dates } = doc('backbone-outage-published-next-day.md');
    expect(dates?.incident).toMatchObject({ value: '2020-07-17', from: 'text' });
    expect(dates?.published).toBe('2020-07-18');
  });

  it('backbone-outage-utc-shift: a UTC start time past midnight is the day the text gives its times in (PDT)', () => {
    const { dates } = doc('backbone-outage-utc-shift.md');
    expect(dates?.incident).toEqual({ value: '2020-07-17', precision: 'day', from: 'front-matter', zone: '-07:00', evidence: null });
    expect(dates?.published).toBe('2020-07-18');
  });

  it('rover-priority-inversion: a 1997 incident summarised in 2025 is dated July 1997, and the gap is a problem', () => {
    const { dates } = doc('rover-priority-inversion.md');
    expect(dates?.incident).toMatchObject({ value: '1997-07', precision: 'month', from: 'text' });
    expect(dates?.published).toBe('2025-12-02');
    expect(dates?.problems).toEqual([
      {
        code: 'published-long-after',
        date: 'published',
        message: 'published 2025-12-02 but the incident is dated 1997-07, 28 years earlier: the publication date is not the incident\'s',
      },
    ]);
  });

  it('undated-essay: a report that dates nothing is undated, not dated by its publication', () => {
    const { dates } = doc('undated-essay.md');
    expect(dates?.incident).toBeNull();
    expect(dates?.published).toBe('2019-05-01');
    expect(dates?.problems).toEqual([]);
  });

  it("slug-dated-postmortem: the URL slug's date names the outage", () => {
    expect(doc('slug-dated-postmortem.md').dates?.incident).toMatchObject({ value: '2015-07-27', precision: 'day', from: 'text' });
  });

  it('backbone-outage-bare-times: bare UTC times later than the next-day publication are the evening before', () => {
    const { dates } = doc('backbone-outage-bare-times.md');
    expect(dates?.incident).toMatchObject({ value: '2020-07-17', from: 'timeline', zone: 'UTC' });
    expect(dates?.published).toBe('2020-07-18');
  });

  it('news-bare-clock-time: a same-day news report\'s clock time is the publication day, in the zone written', () => {
    expect(doc('news-bare-clock-time.md').dates?.incident).toMatchObject({ value: '2020-03-05', from: 'timeline', zone: 'PST' });
  });

  it('weekday-in-stated-month: a weekday the sentence places in another month is not resolved against the publication', () => {
    expect(doc('weekday-in-stated-month.md').dates?.incident).toMatchObject({ value: '2019-12', precision: 'month', from: 'text' });
  });

  it('timeline-without-year: a day with no year and no publication date gives no date (never a placeholder year)', () => {
    expect(doc('timeline-without-year.md').dates?.incident).toBeNull();
  });

  it("bare-time-month-in-title: the title's month wins over bare clock times dated by the publication", () => {
    expect(doc('bare-time-month-in-title.md').dates?.incident).toMatchObject({ value: '2022-08', precision: 'month', from: 'text' });
  });

  it('stamps every record with the day of the ingest that created it', () => {
    const days = new Set([new Date(before).toISOString().slice(0, 10), new Date(after).toISOString().slice(0, 10)]);
    for (const d of kb.documents.values()) expect(days.has(d.dates?.ingested ?? '')).toBe(true);
  });
});

describe('implausible dates are diagnostics', () => {
  it('the manifest lists the problem as an implausible-date warning naming the file', () => {
    expect(manifest.errors.filter((e) => e.code === 'implausible-date')).toEqual([
      {
        file: 'rover-priority-inversion.md',
        stage: 'analyze',
        code: 'implausible-date',
        reason: "published-long-after: published 2025-12-02 but the incident is dated 1997-07, 28 years earlier: the publication date is not the incident's",
        fatal: false,
      },
    ]);
  });
});

describe('facets, stats and sort use the incident date', () => {
  it('the year facet counts each document under its incident year or unknown, never the publication year', () => {
    expect(kb.search({ query: '' }).facets.year).toEqual({ '2020': 4, '1997': 1, '2015': 1, '2019': 1, '2022': 1, '2024': 1, unknown: 2 });
  });

  it('the stats count incidents by incident year', () => {
    const stats = computeKnowledgeBaseStats(kb, { layers: [], causes: [] });
    const total = stats.byYear.reduce((n, y) => n + y.count, 0);
    expect(total).toBe(kb.incidents.size);
    expect(stats.byYear.find((y) => y.year === '2025')).toBeUndefined();
    expect(stats.byYear.find((y) => y.year === '1997')?.count).toBe(1);
    expect(stats.byYear.at(-1)).toEqual({ year: 'unknown', count: 2 });
  });

  it('sorting by date orders by incident date, newest first, undated last; hits carry both dates', () => {
    const hits = kb.search({ query: '', sort: 'date', pageSize: 20 }).hits;
    expect(hits.map((h) => h.incidentDate)).toEqual(['2024-03-12', '2022-08', '2020-07-17', '2020-07-17', '2020-07-17', '2020-03-05', '2019-12', '2015-07-27', '1997-07', null, null]);
    expect(hits.slice(-2).map((h) => h.published ?? 'none').sort()).toEqual(['2019-05-01', 'none']);
  });
});

describe('the site shows the dates apart', () => {
  it('a search card reads "Incident: 17 July 2020 · Published: 18 July 2020", and "Incident: date unknown" only when no date is stated', async () => {
    const res = await request(createApp({ kb })).get('/').query({ q: 'Atlanta', sort: 'date' });
    const $ = cheerio.load(res.text);
    const metas = $('.hit__meta .dates').map((_, e) => $(e).text()).get();
    expect(metas).toContain('Incident: 17 July 2020 · Published: 18 July 2020');
    expect($('.hit__meta .dates time').first().attr('datetime')).toBe('2020-07-17');
    const undated = cheerio.load((await request(createApp({ kb })).get('/').query({ q: 'queue backlog' })).text);
    expect(undated('.hit__meta .dates').first().text()).toBe('Incident: date unknown · Published: 1 May 2019');
    const recent = cheerio.load((await request(createApp({ kb })).get('/').query({ q: 'Ledgerline' })).text);
    expect(recent('.hit__meta .dates').first().text()).toBe('Incident: 12 March 2024');
  });

  it('the incident page gives the incident date, each report its dates and the note on an implausible one', async () => {
    const rover = doc('rover-priority-inversion.md');
    const $ = cheerio.load((await request(createApp({ kb })).get(`/incidents/${encodeURIComponent(rover.incident)}`)).text);
    const facts = Object.fromEntries($('.facts__row').map((_, r) => [[$(r).find('dt').text(), $(r).find('dd').text()]]).get() as [string, string][]);
    expect(facts.Date).toBe('July 1997');
    expect($('.report__meta .dates').first().text()).toBe('Incident: July 1997 · Published: 2 December 2025');
    expect($('.report__meta .dates__problem').first().text()).toBe(
      "Date note: published 2025-12-02 but the incident is dated 1997-07, 28 years earlier: the publication date is not the incident's",
    );
  });
});
