/**
 * The site at scale (issue 15, item 6), over the scaled fixture knowledge base
 * (test/fixtures/site/scaled-knowledge-base.ts: 120 providers, undated reports, outlines, author
 * summaries and keywords, an incident with eight reports and 48 comments): facets show ten values
 * and the rest behind "Show all", every facet has counts, the unknown year is a filter, the form
 * keeps every filter on resubmit, results come before the filters, long incident pages collapse
 * their long lists, and stats tables scroll inside their own box.
 */
import * as cheerio from 'cheerio';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../src/model/search.js';
import { createApp } from '../../src/server/create-app.js';
import { FACET_VISIBLE_VALUES } from '../../src/server/pages/facets-panel.js';
import { INCIDENT_PAGE_SHOWN } from '../../src/server/pages/incident-page.js';
import {
  COMMENTS_PER_LONG_REPORT,
  LONG_INCIDENT,
  LONG_INCIDENT_REPORTS,
  S3_AUTHOR_METADATA,
  SCALED_PROVIDERS,
  scaledKnowledgeBase,
  TWICE_REPORTED,
} from '../fixtures/site/scaled-knowledge-base.js';

const app = createApp({ kb: scaledKnowledgeBase() });

async function page(url: string): Promise<cheerio.CheerioAPI> {
  const res = await request(app).get(url);
  expect(res.status, url).toBe(200);
  return cheerio.load(res.text);
}

async function api(url: string): Promise<SearchResponse> {
  const res = await request(app).get(url);
  expect(res.status, url).toBe(200);
  return res.body as SearchResponse;
}

/** The labels of the facet values outside its "Show all" disclosure. */
function visibleLabels($: cheerio.CheerioAPI, facet: string): string[] {
  return $(`[data-facet="${facet}"] > .facet__list .facet__label`).map((_, l) => $(l).text()).get();
}

/** Elements a Tab press stops at, in document order, leaving out what a closed `<details>` hides. */
function tabStops($: cheerio.CheerioAPI): cheerio.Cheerio<never>[] {
  const stops: cheerio.Cheerio<never>[] = [];
  $('a[href], button:not([hidden]), input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]').each((_, el) => {
    const node = $(el) as cheerio.Cheerio<never>;
    const closed = node.parents('details:not([open])').filter((_, d) => !(el.tagName === 'summary' && $(el).parent().is(d)));
    if (closed.length === 0) stops.push(node);
  });
  return stops;
}

describe('the search page with 120 providers', () => {
  it('shows ten providers with counts and the rest behind a "Show all" disclosure that works without script', async () => {
    const $ = await page('/');
    const facet = $('[data-facet="providers"]');
    expect(visibleLabels($, 'providers')).toEqual(['Amazon', ...TWICE_REPORTED.slice(0, FACET_VISIBLE_VALUES - 1)]);
    expect(facet.find('> .facet__list .facet__count').map((_, c) => $(c).text()).get()).toEqual(['9', ...Array<string>(9).fill('2')]);
    const more = facet.find('details.facet__more');
    expect(more).toHaveLength(1);
    expect(more.attr('open')).toBeUndefined();
    const all = SCALED_PROVIDERS.length + 3;
    expect(more.find('> summary').text()).toBe(`Show all ${all} values of Provider`);
    expect(more.find('.facet__link')).toHaveLength(all - FACET_VISIBLE_VALUES);
    const last = more.find('.facet__link').filter((_, a) => $(a).find('.facet__label').text() === 'Lumzu Hosting');
    expect(last.attr('href')).toBe('/?provider=Lumzu+Hosting');
    expect(last.find('.facet__count').text()).toBe('1');
  });

  it('puts the results before the filters, so few Tab stops lead from the search box to the first result', async () => {
    const $ = await page('/?provider=Alba+Hosting&trigger=deployment');
    expect($('.search-layout > *').map((_, el) => $(el).attr('id')).get()).toEqual(['results', 'facets']);
    const stops = tabStops($);
    const from = stops.findIndex((s) => s.attr('id') === 'q');
    const to = stops.findIndex((s) => s.is('.hit__title a'));
    expect(from).toBeGreaterThanOrEqual(0);
    // Search button, sort, layer role, the "Filters" link, "Clear all filters": then the first result.
    expect(to - from).toBe(6);
    expect($('.to-filters').attr('href')).toBe('#facets');
  });

  it('counts every certainty as the search with that certainty finds', async () => {
    const $ = await page('/');
    const links = $('[data-facet="certainty"] .facet__link');
    expect(links.map((_, a) => $(a).find('.facet__label').text()).get()).toEqual(['confirmed', 'reported', 'speculated']);
    for (const a of links.toArray()) {
      const level = $(a).find('.facet__label').text();
      const count = Number($(a).find('.facet__count').text());
      expect((await api(`/api/search?certainty=${level}`)).total, level).toBe(count);
    }
    expect(links.map((_, a) => $(a).find('.facet__count').text()).get().some((c) => c !== '0')).toBe(true);
  });

  it('offers the unknown year as a filter that keeps exactly the undated reports, and takes it off again', async () => {
    const $ = await page('/');
    const unknown = $('[data-facet="year"] .facet__link').filter((_, a) => $(a).find('.facet__label').text() === 'unknown');
    expect(unknown.attr('href')).toBe('/?undated=true');
    const count = Number(unknown.find('.facet__count').text());
    expect(count).toBeGreaterThanOrEqual(SCALED_PROVIDERS.length);
    const $u = await page('/?undated=true');
    expect($u('#result-summary').text()).toBe(`${count} reports (showing 1–10)`);
    const selected = $u('[data-facet="year"] a[aria-current="true"]');
    expect(selected.find('.facet__label').text()).toBe('unknown');
    expect(selected.attr('href')).toBe('/');
    expect((await api('/api/search?undated=true')).facets.year).toEqual({ unknown: count });
  });

  it('exports exactly the undated reports with undated=true, linked from the search page and kept by the export form', async () => {
    const pages = [await api('/api/search?undated=true&pageSize=100'), await api('/api/search?undated=true&pageSize=100&page=2')];
    expect(pages[0]!.total).toBeLessThanOrEqual(200);
    const undatedIds = pages.flatMap((p) => p.hits.map((hit) => hit.id)).sort();
    expect(undatedIds).toHaveLength(pages[0]!.total);
    const res = await request(app).get('/api/export?format=jsonl&noText=true&undated=true');
    expect(res.status).toBe(200);
    const exported = res.text.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id).sort();
    expect(exported).toEqual(undatedIds);
    const all = await request(app).get('/api/export?format=jsonl&noText=true');
    expect(all.text.trim().split('\n').length).toBeGreaterThan(exported.length);
    expect((await request(app).get('/api/export?format=jsonl&undated=maybe')).body).toMatchObject({ parameter: 'undated', message: 'export: parameter undated: must be true or false, got "maybe"' });
    const $u = await page('/?undated=true');
    expect($u('.export-link a').attr('href')).toBe('/export?undated=true');
    const $e = await page('/export?undated=true');
    expect($e('#export-undated').attr('checked')).toBe('checked');
    expect($e('#export-matches strong').text()).toBe(String(undatedIds.length));
  });

  it('shows trigger, detection and mitigation facets, and the form keeps every filter when it is submitted again', async () => {
    const $ = await page('/');
    expect($('[data-facet="triggers"] .facet__link').map((_, a) => `${$(a).find('.facet__label').text()} ${$(a).find('.facet__count').text()}`).get()).toEqual([
      'config-change 65',
      'deployment 65',
    ]);
    expect($('[data-facet="detections"] .facet__link').first().attr('href')).toBe('/?detection=automated-monitoring');
    expect($('[data-facet="mitigations"] .facet__label').map((_, l) => $(l).text()).get()).toEqual(['config-revert', 'rollback']);

    const url = '/?q=storage&provider=Alba+Hosting&trigger=deployment&detection=automated-monitoring&mitigation=rollback&undated=true&sort=date';
    const $f = await page(url);
    const hidden = $f('#search-form input[type="hidden"]').map((_, i) => `${$f(i).attr('name')}=${$f(i).attr('value')}`).get();
    expect(hidden).toEqual(['provider=Alba Hosting', 'trigger=deployment', 'detection=automated-monitoring', 'mitigation=rollback', 'undated=true']);
    // Submitting the form as a browser would (its named controls, in order) gives the same search.
    const fields = new URLSearchParams();
    $f('#search-form').find('input[name], select[name]').each((_, el) => {
      const control = $f(el);
      fields.append(control.attr('name')!, control.is('select') ? control.find('option[selected]').attr('value')! : control.attr('value') ?? '');
    });
    const $again = await page(`/?${fields.toString()}`);
    expect($again('#result-summary').text()).toBe($f('#result-summary').text());
    expect($again('#result-summary').text()).toBe('2 reports for storage (showing 1–2)');
    expect($again('.facet__link[aria-current="true"] .facet__label').map((_, l) => $again(l).text()).get()).toEqual([
      'Alba Hosting',
      'unknown',
      'deployment',
      'automated-monitoring',
      'rollback',
    ]);
  });

  it('shows the author-written summary and keywords on the result card', async () => {
    const $ = await page('/?q=gossip');
    const card = $('.hit').filter((_, h) => $(h).find('.hit__title a').text() === 'S3 Outage Highlights Fragility of Web Services');
    expect(card.find('.hit__description').text()).toBe(`Author's summary: ${S3_AUTHOR_METADATA.description}`);
    expect(card.find('.hit__keywords .keyword').map((_, k) => $(k).text()).get()).toEqual(S3_AUTHOR_METADATA.tags);
    expect($('.hit').filter((_, h) => $(h).find('.hit__title a').text() === 'S3 outage, report 2').find('.hit__description')).toHaveLength(0);
  });
});

describe('a long incident page', () => {
  it('shows the first report open and the others as title, date and a disclosure of their body', async () => {
    const $ = await page(`/incidents/${LONG_INCIDENT}`);
    const reports = $('article.report');
    expect(reports).toHaveLength(LONG_INCIDENT_REPORTS);
    expect(reports.first().find('details.report__more')).toHaveLength(0);
    expect(reports.slice(1).map((_, r) => $(r).children('details.report__more').length).get()).toEqual(Array<number>(LONG_INCIDENT_REPORTS - 1).fill(1));
    expect(reports.eq(1).find('details.report__more > summary').text()).toBe(`Sources, full text and ${COMMENTS_PER_LONG_REPORT} reader comments`);
    expect(reports.eq(1).children('h3').text()).toBe('S3 outage, report 2');
  });

  it('shows three comments of a report and the rest behind "Show more"', async () => {
    const $ = await page(`/incidents/${LONG_INCIDENT}`);
    const comments = $('article.report').first().find('section.comments');
    expect(comments.children('ol.comment-list').children('.comment')).toHaveLength(INCIDENT_PAGE_SHOWN.comments);
    const more = comments.children('details.comments__more');
    expect(more.children('summary').text()).toBe(`Show ${COMMENTS_PER_LONG_REPORT - INCIDENT_PAGE_SHOWN.comments} more comments`);
    expect(more.find('ol.comment-list').attr('start')).toBe(String(INCIDENT_PAGE_SHOWN.comments + 1));
    expect(more.find('.comment')).toHaveLength(COMMENTS_PER_LONG_REPORT - INCIDENT_PAGE_SHOWN.comments);
  });

  it('shows two supporting sentences of a tag and the rest behind a disclosure', async () => {
    const $ = await page(`/incidents/${LONG_INCIDENT}`);
    const tags = $('.tag-item');
    expect(tags.length).toBeGreaterThan(0);
    tags.each((_, t) => {
      expect($(t).children('ul.evidence').children('li')).toHaveLength(INCIDENT_PAGE_SHOWN.evidence);
      const more = $(t).children('details.evidence__more');
      expect(more.children('summary').text()).toBe(`${LONG_INCIDENT_REPORTS - INCIDENT_PAGE_SHOWN.evidence} more supporting sentences`);
      expect(more.find('li')).toHaveLength(LONG_INCIDENT_REPORTS - INCIDENT_PAGE_SHOWN.evidence);
    });
  });

  it('shows the author-written summary and keywords in the summary and on the report', async () => {
    const $ = await page(`/incidents/${LONG_INCIDENT}`);
    expect($('.summary__author').text()).toBe(`Author's summary: ${S3_AUTHOR_METADATA.description}`);
    expect($('.summary__keywords .keyword').map((_, k) => $(k).text()).get()).toEqual(S3_AUTHOR_METADATA.tags);
    expect($('article.report').first().find('.report__description').text()).toBe(`Author's summary: ${S3_AUTHOR_METADATA.description}`);
    expect($('article.report').eq(1).find('.report__description')).toHaveLength(0);
  });
});

describe('the statistics page on a phone', () => {
  it('keeps every table inside its own scrolling box and draws chart labels as page text', async () => {
    const $ = await page('/stats');
    expect($('table').length).toBeGreaterThan(4);
    expect($('table').filter((_, t) => $(t).parents('.table-scroll').length === 0).length).toBe(0);
    expect($('.chart__label').length).toBeGreaterThan(0);
    expect($('svg text')).toHaveLength(0);
  });
});
