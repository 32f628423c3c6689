/**
 * The export page (`/export`: a form of the /api/export parameters that downloads without script,
 * the number of matching reports, the dataset's citation) and the API documentation page
 * (`/api/docs`, rendered from the OpenAPI document), over the scaled fixture knowledge base.
 */
import * as cheerio from 'cheerio';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../src/model/search.js';
import { EXPORT_FORMATS, routeParameters, searchRequestSpec } from '../../src/model/search-request.js';
import { openApiDocument } from '../../src/server/api/openapi-document.js';
import { createApp } from '../../src/server/create-app.js';
import { operationAnchor } from '../../src/server/pages/api-docs-page.js';
import { datasetCitation, safeOrigin } from '../../src/server/pages/dataset-citation.js';
import { resolveServerOptions } from '../../src/server/server-options.js';
import { FAULTLINE_VERSION } from '../../src/version.js';
import { scaledKnowledgeBase } from '../fixtures/site/scaled-knowledge-base.js';

const app = createApp({ kb: scaledKnowledgeBase() });

async function page(url: string, status = 200): Promise<cheerio.CheerioAPI> {
  const res = await request(app).get(url);
  expect(res.status, url).toBe(status);
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  return cheerio.load(res.text);
}

/** The query string a browser sends for `form`: named text, number and search boxes, checked boxes and radios, chosen options. */
function submitted($: cheerio.CheerioAPI, form: string): URLSearchParams {
  const fields = new URLSearchParams();
  $(form)
    .find('input[name], select[name]')
    .each((_, el) => {
      const control = $(el);
      const name = control.attr('name')!;
      if (control.is('select')) fields.append(name, control.find('option[selected]').attr('value') ?? control.find('option').first().attr('value')!);
      else if (control.is('[type="checkbox"], [type="radio"]')) {
        if (control.attr('checked') !== undefined) fields.append(name, control.attr('value')!);
      } else fields.append(name, control.attr('value') ?? '');
    });
  return fields;
}

const EXPORT_NAMES = routeParameters(searchRequestSpec(), 'export').flatMap((p) => (p.http === null ? [] : [p.http]));

describe('the export page', () => {
  it('is a form of the /api/export parameters, CSV chosen, that names only parameters /api/export takes', async () => {
    const $ = await page('/export');
    const form = $('#export-form');
    expect(form.attr('action')).toBe('/api/export');
    expect(form.attr('method')).toBe('get');
    const names = [...new Set(form.find('[name]').map((_, el) => $(el).attr('name')).get())];
    expect(names.filter((n) => !EXPORT_NAMES.includes(n))).toEqual([]);
    expect(EXPORT_NAMES.filter((n) => !names.includes(n))).toEqual([]);
    expect(form.find('input[name="format"]').map((_, r) => $(r).attr('value')).get()).toEqual([...EXPORT_FORMATS]);
    expect(form.find('input[name="format"][checked]').attr('value')).toBe('csv');
    expect(form.find('button[type="submit"]').text()).toBe('Download');
    expect($('.site-header nav a[aria-current="page"]').text()).toBe('Export');
    expect($('#export-provider-names option').length).toBeGreaterThanOrEqual(120);
  });

  it('takes its filters from the URL, counts the matches as search does, and downloads exactly those reports', async () => {
    const url = '/export?q=outage&provider=Alba+Hosting&provider=Amazon&trigger=deployment&mitigation=rollback&format=jsonl&noText=true';
    const $ = await page(url);
    expect($('#export-q').attr('value')).toBe('outage');
    expect($('input[name="trigger"][checked]').map((_, c) => $(c).attr('value')).get()).toEqual(['deployment']);
    expect($('input[name="mitigation"][checked]').map((_, c) => $(c).attr('value')).get()).toEqual(['rollback']);
    expect($('input[name="provider"][checked]').map((_, c) => $(c).attr('value')).get()).toEqual(['Alba Hosting', 'Amazon']);
    expect($('input[name="format"][checked]').attr('value')).toBe('jsonl');
    expect($('#export-noText').attr('checked')).toBe('checked');
    const search = (await request(app).get('/api/search?q=outage&provider=Alba+Hosting&provider=Amazon&trigger=deployment&mitigation=rollback')).body as SearchResponse;
    expect(search.total).toBe(2);
    expect($('#export-matches strong').text()).toBe('2');

    const fields = submitted($, '#export-form');
    const download = await request(app).get(`/api/export?${fields.toString()}`);
    expect(download.status, download.text.slice(0, 200)).toBe(200);
    expect(download.headers['content-disposition']).toBe('attachment; filename="faultline-documents-no-text.jsonl"');
    const lines = download.text.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id).sort()).toEqual(search.hits.map((h) => h.id).sort());
  });

  it('downloads every report when nothing is chosen (blank boxes send empty values, which /api/export ignores)', async () => {
    const $ = await page('/export');
    const fields = submitted($, '#export-form');
    expect(fields.get('q')).toBe('');
    const download = await request(app).get(`/api/export?${fields.toString()}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect($('#export-matches strong').text()).toBe(String(((await request(app).get('/api/search')).body as SearchResponse).total));
  });

  it('is linked from the search page with the search filters', async () => {
    const $ = await page('/?q=outage&trigger=deployment&sort=date');
    expect($('.export-link a').attr('href')).toBe('/export?q=outage&trigger=deployment');
  });

  it('cites the dataset with its version, build date, size and address', async () => {
    const $ = await page('/export');
    const kb = scaledKnowledgeBase();
    const apa = $('#dataset-cite-apa').text();
    const incidents = kb.incidents.size;
    expect(apa).toMatch(new RegExp(`^Faultline contributors\\. \\(2026\\)\\. Faultline: a knowledge base of outage post-mortems \\(Version ${kb.manifest.faultline.replace(/\./g, '\\.')}, built 2026-01-01; ${kb.documents.size} reports, ${incidents} incidents\\) \\[Data set\\]\\. http://127\\.0\\.0\\.1:\\d+/export$`));
    expect($('#dataset-cite-bibtex').text().split('\n')[0]).toBe('@misc{faultline2026dataset,');
    expect($('button[data-copy-target="dataset-cite-bibtex"]')).toHaveLength(1);
  });
});

describe('datasetCitation', () => {
  it('writes APA text and a BibTeX entry from the facts, and never prints a host header it cannot trust', () => {
    const citation = datasetCitation({ faultline: '1.2.3', createdAt: '2025-03-04T05:06:07.000Z', documents: 1, incidents: 1, origin: 'https://kb.example.org' });
    expect(citation.apa).toBe('Faultline contributors. (2025). Faultline: a knowledge base of outage post-mortems (Version 1.2.3, built 2025-03-04; 1 report, 1 incident) [Data set]. https://kb.example.org/export');
    expect(citation.bibtex).toBe(
      [
        '@misc{faultline2025dataset,',
        '  author = {{Faultline contributors}},',
        '  title = {{Faultline: a knowledge base of outage post-mortems}},',
        '  year = {2025},',
        '  version = {1.2.3},',
        '  howpublished = {\\url{https://kb.example.org/export}},',
        '  note = {Data set; 1 report, 1 incident, built 2025-03-04},',
        '}',
      ].join('\n'),
    );
    expect(safeOrigin('http', 'evil.example"><script>')).toBe('http://localhost');
    expect(safeOrigin('https', '127.0.0.1:3000')).toBe('https://127.0.0.1:3000');
    expect(safeOrigin('gopher', undefined)).toBe('http://localhost');
  });
});

describe('the API documentation page', () => {
  const document = openApiDocument(resolveServerOptions());
  const paths = document.paths as Record<string, Record<string, { parameters?: { name: string }[] }>>;

  it('is linked as "API" from every page, and renders every route with its parameters and responses', async () => {
    const $home = await page('/');
    expect($home('.site-header nav a').filter((_, a) => $home(a).text() === 'API').attr('href')).toBe('/api/docs');
    const $ = await page('/api/docs');
    expect($('h1').text()).toBe(`Faultline API version ${FAULTLINE_VERSION}`);
    for (const [path, item] of Object.entries(paths)) {
      const section = $(`#${operationAnchor('get', path)}`);
      expect(section.find('h2').text(), path).toBe(`GET ${path}`);
      expect(section.find('.api-params tbody th code').map((_, c) => $(c).text()).get(), path).toEqual((item.get!.parameters ?? []).map((p) => p.name));
      expect(section.find('.api-responses tbody tr').length, path).toBeGreaterThan(1);
    }
    expect(Object.keys(paths)).toContain('/api/export');
    const search = $(`#${operationAnchor('get', '/api/search')}`);
    const undated = search.find('.api-params tbody tr').filter((_, r) => $(r).find('th code').text() === 'undated');
    expect(undated.find('td').eq(1).text()).toBe('boolean (default false)');
    const format = $(`#${operationAnchor('get', '/api/export')}`).find('.api-params tbody tr').first();
    expect(format.find('th').text()).toBe('format required');
    expect(format.find('td').eq(1).text()).toBe(`string (one of: ${EXPORT_FORMATS.join(', ')})`);
  });

  it('renders every schema with its properties, references as links', async () => {
    const $ = await page('/api/docs');
    const schemas = Object.keys((document.components as { schemas: Record<string, unknown> }).schemas);
    expect($('.api-schema h3 code').map((_, c) => $(c).text()).get()).toEqual(schemas);
    const hit = $('#schema-SearchHit');
    expect(hit.find('tbody th code').map((_, c) => $(c).text()).get()).toContain('keywords');
    expect($('#schema-SearchResponse tbody tr').filter((_, r) => $(r).find('th code').text() === 'hits').find('a').attr('href')).toBe('#schema-SearchHit');
    const incidentFields = $('#schema-Incident tbody th code').map((_, c) => $(c).text()).get();
    expect(incidentFields).toEqual(expect.arrayContaining(['operator', 'mentionedProviders', 'affectedCustomers', 'documentIds', 'links', 'grouping', 'outline']));
    const dates = $('#schema-DocumentDates tbody tr').filter((_, r) => $(r).find('th code').text() === 'incident').find('td').first();
    expect(dates.find('a').attr('href')).toBe('#schema-IncidentDate');
    expect(dates.text()).toBe('IncidentDate or null');
    expect($('script').map((_, s) => $(s).attr('src')).get()).toEqual(['/static/faultline.js']);
    expect($('[style]')).toHaveLength(0);
  });
});
