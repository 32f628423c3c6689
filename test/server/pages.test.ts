import * as cheerio from 'cheerio';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/create-app.js';
import { fixtureKnowledgeBase, readFixtureRecords } from './fixture-knowledge-base.js';

const app = createApp({ kb: fixtureKnowledgeBase() });

async function page(url: string, status = 200): Promise<cheerio.CheerioAPI> {
  const res = await request(app).get(url);
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  return cheerio.load(res.text);
}

/** Every link and script on a page points at this site or an http(s) URL; nothing carries an event handler. */
function expectInert($: cheerio.CheerioAPI): void {
  $('a[href]').each((_, a) => {
    expect($(a).attr('href')).toMatch(/^(\/|#|https?:\/\/)/);
  });
  $('script').each((_, s) => {
    expect($(s).attr('src')).toMatch(/^\/static\/[a-z-]+\.js$/);
    expect($(s).html()).toBe('');
  });
  expect($('img').length).toBe(0);
  expect($('[style]').length).toBe(0);
  $('*').each((_, el) => {
    for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) expect(name.startsWith('on')).toBe(false);
  });
}

describe('search page /', () => {
  it('has a labelled query box, results with linked titles, badges and marked snippets', async () => {
    const $ = await page('/?q=load+balancer');
    expect($('label[for="q"]').text()).toBe('Search incidents');
    expect($('#q').attr('value')).toBe('load balancer');
    expect($('#result-summary').text()).toBe('3 reports for load balancer (showing 1–3)');
    const first = $('.hit').first();
    expect(first.find('.hit__title a').attr('href')).toBe('/incidents/2008-06-06-amazon-retail');
    expect(first.find('.hit__title a').text()).toBe('Why Amazon Went Down, and Why It Matters');
    expect(first.find('time').attr('datetime')).toBe('2008-06-06');
    expect(first.find('.hit__providers').text()).toBe('Amazon');
    expect(first.find('.hit__snippet mark').first().text().toLowerCase()).toBe('load');
    const gslb = first.find('.badge--layer').first();
    expect(gslb.hasClass('badge--speculated')).toBe(true);
    expect(gslb.find('.badge__certainty').text()).toBe('speculated');
    expectInert($);
  });

  it('shows facet filters with counts whose links keep the query and toggle the filter', async () => {
    const $ = await page('/?q=load');
    const layerLinks = $('[data-facet="layers"] a');
    const lb = layerLinks.filter((_, a) => $(a).find('.facet__label').text() === 'load-balancer');
    expect(lb.find('.facet__count').text()).toBe('2');
    expect(lb.attr('href')).toBe('/?q=load&layer=load-balancer');
    const $f = await page('/?q=load&layer=load-balancer');
    const selected = $f('[data-facet="layers"] a[aria-current="true"]');
    expect(selected.find('.facet__label').text()).toBe('load-balancer');
    expect(selected.attr('href')).toBe('/?q=load');
    expect($f('input[type="hidden"][name="layer"]').attr('value')).toBe('load-balancer');
    expect($f('.clear-filters').attr('href')).toBe('/?q=load');
    const year = $f('[data-facet="year"] a').first();
    expect(year.attr('href')).toBe('/?q=load&layer=load-balancer&from=2020&to=2020');
  });

  it('offers sort and paging that keep the state in the URL', async () => {
    const $ = await page('/?sort=date&pageSize=2');
    expect($('#sort option[selected]').attr('value')).toBe('date');
    expect($('.hit')).toHaveLength(2);
    expect($('.pager a[rel="next"]').attr('href')).toBe('/?sort=date&pageSize=2&page=2');
    const $2 = await page('/?sort=date&pageSize=2&page=2');
    expect($2('.pager a[rel="prev"]').attr('href')).toBe('/?sort=date&pageSize=2');
    expect($2('.pager [aria-current="page"]').text()).toBe('2');
    expect($2('ol.hits').attr('start')).toBe('3');
  });

  it('offers a layer role select; the facet, filter, badges and links follow the chosen role', async () => {
    const $ = await page('/');
    expect($('label[for="layerRole"]').text()).toBe('Layer role');
    expect($('#layerRole').attr('name')).toBe('layerRole');
    expect($('#layerRole option').map((_, o) => [[$(o).attr('value'), $(o).text()]]).get()).toEqual([
      ['origin', 'origin (where it broke)'],
      ['impacted', 'impacted (also affected)'],
      ['any', 'any (both)'],
    ]);
    expect($('#layerRole option[selected]').attr('value')).toBe('origin');
    expect($('[data-facet="layers"] .facet__title').text()).toBe('Failure layer');
    expect($('[data-facet="layers"] .facet__label').map((_, l) => $(l).text()).get()).not.toContain('database');
    // The DNS report's impacted database shows as an impacted badge, after its origin and cause.
    const dns = $('.hit').filter((_, h) => $(h).find('.hit__title a').text() === 'Example Cloud DNS outage');
    expect(dns.find('.badge').map((_, b) => $(b).text()).get()).toEqual([
      'layer: dnsconfirmed',
      'cause: misconfigurationconfirmed',
      'impacted layer: databasereported',
    ]);
    expect(dns.find('.badge--impacted').attr('title')).toBe('impacted layer database: reported');

    const $none = await page('/?layer=database');
    expect($none('#result-summary').text()).toBe('0 reports');
    const $any = await page('/?layer=database&layerRole=any');
    expect($any('#result-summary').text()).toBe('1 report (showing 1–1)');
    expect($any('.hit__title a').text()).toBe('Example Cloud DNS outage');
    expect($any('#layerRole option[selected]').attr('value')).toBe('any');
    expect($any('[data-facet="layers"] .facet__title').text()).toBe('Failure layer (any role)');
    const database = $any('[data-facet="layers"] a[aria-current="true"]');
    expect(database.find('.facet__label').text()).toBe('database');
    expect(database.find('.facet__count').text()).toBe('1');
    expect(database.attr('href')).toBe('/?layerRole=any');
    const dnsLink = $any('[data-facet="layers"] a').filter((_, a) => $any(a).find('.facet__label').text() === 'dns');
    expect(dnsLink.attr('href')).toBe('/?layer=database&layer=dns&layerRole=any');
    const $impacted = await page('/?layerRole=impacted');
    expect($impacted('[data-facet="layers"] .facet__title').text()).toBe('Failure layer (impacted)');
    expect($impacted('[data-facet="layers"] .facet__label').map((_, l) => $impacted(l).text()).get()).toEqual(['database']);
    expectInert($any);
  });

  it('answers a bad layer role with a 400 page naming the parameter and the allowed values', async () => {
    const $ = await page('/?q=outage&layerRole=root', 400);
    expect($('.alert').text()).toContain('search: parameter layerRole: must be one of origin, impacted, any, got "root"');
    expect($('#q').attr('value')).toBe('outage');
  });

  it('answers bad parameters with a 400 page that explains and still searches', async () => {
    const $ = await page('/?q=outage&layer=bogus', 400);
    expect($('.alert').text()).toContain('search: parameter layer: must be one of dns, ');
    expect($('#q').attr('value')).toBe('outage');
    expect($('form[role="search"]').length).toBe(1);
  });

  it('ignores unknown parameters on the page (links from elsewhere may carry them)', async () => {
    const $ = await page('/?q=zone&utm_source=x');
    expect($('.hit')).toHaveLength(1);
  });

  it('renders hostile titles, snippets and providers as text', async () => {
    const res = await request(app).get('/?q=evil');
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).not.toContain('<img');
    const $ = cheerio.load(res.text);
    expect($('.hit__title a').text()).toBe('<script>alert(1)</script> Evil outage <img src=x onerror=alert(1)>');
    expect($('.hit__providers').text()).toBe('Evil <Corp>');
    const provider = $('[data-facet="providers"] a').filter((_, a) => $(a).find('.facet__label').text() === 'Evil <Corp>');
    expect(provider.attr('href')).toBe('/?q=evil&provider=Evil+%3CCorp%3E');
    expectInert($);
  });

  it('escapes a hostile query echoed back', async () => {
    const res = await request(app).get(`/?q=${encodeURIComponent('"><script>alert(5)</script>')}`);
    expect(res.text).not.toContain('<script>alert(5)');
    const $ = cheerio.load(res.text);
    expect($('#q').attr('value')).toBe('"><script>alert(5)</script>');
    expectInert($);
  });
});

describe('incident page /incidents/:id', () => {
  it('shows title, facts, summary, quotable sentences and tags with evidence in context', async () => {
    const $ = await page('/incidents/2008-07-20-amazon-s3');
    expect($('h1').text()).toBe('S3 Outage Highlights Fragility of Web Services');
    const facts = Object.fromEntries($('.facts__row').map((_, r) => [[$(r).find('dt').text(), $(r).find('dd').text()]]).get() as [string, string][]);
    expect(facts).toMatchObject({ Date: '20 July 2008', Providers: 'Amazon', Services: 'S3', Duration: 'more than eight hours (about 480 minutes)', Reports: '1' });
    expect($('.summary').text()).toContain("Amazon's S3 cloud storage service went offline");
    expect($('.quote blockquote')).toHaveLength(2);
    expect($('#quote-0').text()).toBe(
      "\"Amazon's S3 cloud storage service went offline this morning for an extended period of time.\" — Om Malik, S3 Outage Highlights Fragility of Web Services, GigaOM, 2008-07-20. https://gigaom.com/2008/07/20/amazon-s3-outage/",
    );
    const controlPlane = $('.tag-item').filter((_, t) => $(t).find('.badge').text() === 'layer: control-planeconfirmed');
    expect(controlPlane.find('.badge').hasClass('badge--confirmed')).toBe(true);
    expect(controlPlane.find('.tag-item__confidence').text()).toBe('confidence 90%');
    const quote = controlPlane.find('.evidence__quote');
    expect(quote.find('mark').text()).toBe(
      'We experienced a problem with those internal system communications, leaving the components unable to interact properly.',
    );
    expect(quote.text()).toContain('As a distributed system, the different components of S3 need to be aware');
    expect(quote.text()).toContain('Load balancers getting misconfigured');
  });

  it('shows origin layers under "Where it broke", impacted ones under "Also affected", and where each evidence sentence came from', async () => {
    const $ = await page('/incidents/example-cloud-dns-outage-1a2b3c');
    expect($('.tags-axis h3').map((_, h) => $(h).text()).get()).toEqual(['Where it broke', 'Also affected', 'Root causes']);
    const origin = $('.tags-axis[data-tags="origin"]');
    expect(origin.find('.tag-item .badge').map((_, b) => $(b).text()).get()).toEqual(['layer: dnsconfirmed']);
    expect(origin.find('.evidence__role').text()).toBe('Part of the report: root cause (section “What happened”)');
    expect(origin.find('.evidence__role-name').text()).toBe('root cause');
    const impacted = $('.tags-axis[data-tags="impacted"]');
    expect(impacted.find('.tag-item .badge').map((_, b) => $(b).text()).get()).toEqual(['impacted layer: databasereported']);
    expect(impacted.find('.badge').hasClass('badge--impacted')).toBe(true);
    expect(impacted.find('.evidence__quote mark').text()).toBe('Customer databases that found their replicas by name stopped replicating.');
    expect(impacted.find('.evidence__role').text()).toBe('Part of the report: impact (section “What happened”)');
    const causes = $('.tags-axis[data-tags="cause"]');
    expect(causes.find('.tag-item__role')).toHaveLength(0);
    expect(causes.find('.evidence__role-name').text()).toBe('root cause');
    // The header lists the origin layer, the cause, then the impacted layer.
    expect($('.incident__header .badge').map((_, b) => $(b).text()).get()).toEqual([
      'layer: dnsconfirmed',
      'cause: misconfigurationconfirmed',
      'impacted layer: databasereported',
    ]);
    // Without impacted layers there is no "Also affected" section; evidence from the lede says summary.
    const $s3 = await page('/incidents/2008-07-20-amazon-s3');
    expect($s3('.tags-axis h3').map((_, h) => $s3(h).text()).get()).toEqual(['Where it broke', 'Root causes']);
    const storage = $s3('.tag-item').filter((_, t) => $s3(t).find('.badge').text() === 'layer: storageconfirmed');
    expect(storage.find('.evidence__role').text()).toBe('Part of the report: summary');
  });

  it('marks a cause that is not the root cause with its role, and escapes section headings', async () => {
    const res = await request(app).get('/incidents/2020-01-01-evil-corp');
    expect(res.text).not.toContain('<script>alert(9)');
    const $ = cheerio.load(res.text);
    const deployment = $('.tags-axis[data-tags="cause"] .tag-item');
    expect(deployment.find('.tag-item__head').text().replace(/\s+/g, ' ').trim()).toBe('cause: deploymentconfirmed trigger confidence 80%');
    expect(deployment.find('.tag-item__role').text()).toBe('trigger');
    expect(deployment.find('.evidence__role').text()).toBe('Part of the report: trigger (section “<script>alert(9)</script> Root cause”)');
    expectInert($);
  });

  it('lists every report with its source files (merged copies) and the comments with authors and their own tags', async () => {
    const $ = await page('/incidents/2008-06-06-amazon-retail');
    expect($('.sources summary').text()).toBe('2 source files (merged copies)');
    expect($('.sources__table tbody tr').map((_, r) => $(r).find('code').first().text()).get()).toEqual([
      '000_95e2d58907dc20d1.txt',
      '001_c4b483a6c527ed12.txt',
    ]);
    expect($('.report__meta a').attr('href')).toBe('http://gigaom.com/2008/06/06/why-amazon-went-down/');
    const $s3 = await page('/incidents/2008-07-20-amazon-s3');
    const comments = $s3('.comment');
    expect(comments).toHaveLength(2);
    expect(comments.eq(0).find('.comment__name a').text()).toBe('Jeff');
    expect(comments.eq(0).find('.comment__name a').attr('href')).toBe('https://jeff.example.com/blog');
    expect(comments.eq(0).find('.comment__text p')).toHaveLength(2);
    expect(comments.eq(0).find('.comment__tags .badge').text()).toBe('layer: storagespeculated');
    expect(comments.eq(1).find('.comment__name').text()).toBe('Anonymous reader');
    expect(comments.eq(1).find('.comment__tags')).toHaveLength(0);
  });

  it('has related incidents with reasons and a citation box with six formats and copy buttons', async () => {
    const $ = await page('/incidents/2008-06-06-amazon-retail');
    expect($('.related a').first().attr('href')).toBe('/incidents/2008-07-20-amazon-s3');
    expect($('.related a').first().text()).toBe('S3 Outage Highlights Fragility of Web Services');
    expect($('.related__reason').first().text()).toBe('same provider (Amazon)');
    expect($('.citation figcaption').map((_, f) => $(f).contents().first().text().trim()).get()).toEqual(['APA', 'BibTeX', 'MLA', 'Chicago', 'CSL-JSON', 'RIS']);
    // APA and BibTeX open; the other four behind one disclosure, which keeps a long incident page short.
    expect($('#cite > figure .citation__text').map((_, p) => $(p).attr('id')).get()).toEqual(['cite-apa', 'cite-bibtex']);
    expect($('#cite details.citations__more > summary').text()).toBe('MLA, Chicago, CSL-JSON, RIS');
    expect($('#cite-bibtex').text()).toMatch(/^@online\{/);
    expect($('#cite-bibtex').text()).toContain('title = {Why {Amazon} {Went} {Down}, and {Why} {It} {Matters}}');
    expect($('#cite-apa').text()).toBe('Croll, A. (2008, June 6). Why Amazon Went Down, and Why It Matters. GigaOM. http://gigaom.com/2008/06/06/why-amazon-went-down/');
    expect((JSON.parse($('#cite-cslJson').text()) as { title: string }[])[0]?.title).toBe('Why Amazon Went Down, and Why It Matters');
    expect($('#cite-ris').text()).toMatch(/^TY {2}- /);
    expect($('button[data-copy-target="cite-bibtex"]').attr('hidden')).toBe('hidden');
  });

  it('renders the hostile document inert: script and img text visible, javascript: URLs as text', async () => {
    const res = await request(app).get('/incidents/2020-01-01-evil-corp');
    expect(res.status).toBe(200);
    expect(res.text).not.toMatch(/<script>alert/i);
    expect(res.text).not.toMatch(/<img/i);
    expect(res.text).not.toMatch(/href="javascript:/i);
    const $ = cheerio.load(res.text);
    expect($('h1').text()).toBe('<script>alert(1)</script> Evil outage <img src=x onerror=alert(1)>');
    expect($('title').text()).toBe('<script>alert(1)</script> Evil outage <img src=x onerror=alert(1)> · Faultline');
    const comment = $('.comment');
    expect(comment.find('.comment__name').text()).toBe('<img src=x onerror=alert(2)>');
    expect(comment.find('.comment__name a')).toHaveLength(0);
    expect(comment.find('.comment__text').text()).toBe('<script>alert(3)</script> I saw it too.');
    expect($('.report__url-note code').text()).toBe('javascript:alert(1)');
    expect($('.report__meta .unsafe-url').text()).toBe('original article');
    expect($('.report__meta').text()).toContain('by <b>Mallory</b>');
    expect($('.sources__table code').first().text()).toBe('evil/<script>.html');
    expectInert($);
  });

  it('404 apology page with a search box for an unknown incident; 400 for a malformed id', async () => {
    const $ = await page('/incidents/1999-01-01-nothing', 404);
    expect($('h1').text()).toBe('We could not find that page');
    expect($('.apology p').eq(1).text()).toBe('incident: no incident with id "1999-01-01-nothing"');
    expect($('form[role="search"] input[name="q"]').length).toBe(1);
    const $bad = await page(`/incidents/${encodeURIComponent('<b>')}`, 400);
    expect($bad('h1').text()).toBe('That request did not work');
  });
});

describe('statistics page /stats', () => {
  it('draws three bar charts (labels and totals as text, bars as SVG) with titles and table fallbacks, and the SoCC16 comparison', async () => {
    const $ = await page('/stats');
    expect($('figure.chart')).toHaveLength(3);
    expect($('figure.chart ol.chart__rows').map((_, list) => $(`#${$(list).attr('aria-labelledby')}`).text()).get()).toEqual([
      'Incidents by year',
      'Incidents by origin layer (where it broke)',
      'Incidents by root cause',
    ]);
    const lbBar = $('#chart-layers .chart__row').filter((_, r) => $(r).find('.chart__label').text() === 'load-balancer');
    expect(lbBar.find('.chart__value').text()).toBe('2');
    expect(lbBar.find('svg.chart__bar').attr('aria-hidden')).toBe('true');
    expect(lbBar.find('rect').map((_, r) => $(r).attr('class')).get()).toEqual(['bar bar--reported', 'bar bar--speculated']);
    const years = $('#chart-years .chart__table tbody tr').map((_, r) => $(r).text()).get();
    expect(years).toEqual(['20082', '20201', 'unknown1']);
    const lbRow = $('#chart-layers .chart__table tbody tr').filter((_, r) => $(r).find('th').text() === 'load-balancer');
    expect(lbRow.find('td').map((_, td) => $(td).text()).get()).toEqual(['0', '1', '1', '2']);
    expect($('#chart-layers rect title').map((_, t) => $(t).text()).get()).toContain('load-balancer, speculated: 1');
    const misconfig = $('.compare tbody tr').filter((_, r) => $(r).find('th').text() === 'misconfiguration');
    expect(misconfig.find('td').map((_, td) => $(td).text()).get()).toEqual(['2', '50.0%', 'CONFIG', '34', '5.7%']);
    const time = $('.compare tbody tr').filter((_, r) => $(r).find('th').text() === 'time');
    expect(time.find('td').eq(2).text()).toBe('(time-related bugs, not counted separately)');
    expect($('.compare tbody tr').last().find('th').text()).toBe('network (layer)');
    expectInert($);
  });

  it('counts origin layers in the layer chart and lists impacted layers in their own table', async () => {
    const $ = await page('/stats');
    const layerRows = $('#chart-layers .chart__table tbody tr');
    const row = (label: string) => layerRows.filter((_, r) => $(r).find('th').text() === label).find('td').map((_, td) => $(td).text()).get();
    expect(row('dns')).toEqual(['1', '0', '0', '1']);
    expect(row('database')).toEqual(['0', '0', '0', '0']);
    const impacted = $('#impacted-layers');
    expect(impacted.find('h2').text()).toBe('Impacted layers');
    expect(impacted.find('thead th').map((_, th) => $(th).text()).get()).toEqual(['Layer', 'Incidents', 'Confirmed', 'Reported', 'Speculated']);
    expect(impacted.find('tbody tr').map((_, r) => [$(r).find('th, td').map((_, c) => $(c).text()).get()]).get()).toEqual([['database', '1', '0', '1', '0']]);
  });
});

describe('not found', () => {
  it('answers unknown pages with the 404 apology page', async () => {
    const $ = await page('/no/such/page', 404);
    expect($('.apology__status').text()).toBe('Error 404');
    expect($('#apology-q').length).toBe(1);
    expect($('label[for="apology-q"]').length).toBe(1);
  });
});

describe('the outline on the incident page', () => {
  it('shows how it happened: trigger, detection, the fix, a drawn timeline with its list, the minutes, action items; not stated where no report says', async () => {
    const records = readFixtureRecords();
    const incident = records.incidents.find((i) => i.id === '2008-07-20-amazon-s3');
    if (incident === undefined) throw new Error('fixture incident missing');
    const said = (text: string, rule: string) => ({ start: 0, end: text.length, text, rule });
    incident.outline = {
      trigger: { kind: 'config-change', evidence: said('A configuration change removed the records.', 'outline.trigger.config-change'), document: incident.reports[0] ?? '' },
      detection: { method: 'not-stated', evidence: null, at: null, document: null },
      mitigation: [{ step: 'config-revert', evidence: said('We restored the records at 09:40 UTC.', 'outline.mitigation.config-revert'), document: incident.reports[0] ?? '' }],
      timeline: [
        { event: 'start', at: '2008-07-20T09:12:00Z', written: '09:12 UTC', dated: true, evidence: said('Errors began at 09:12 UTC.', 'outline.timeline.start'), document: incident.reports[0] ?? '' },
        { event: 'resolved', at: '2008-07-20T10:24:00Z', written: '10:24 UTC', dated: true, evidence: said('All requests succeeded by 10:24 UTC.', 'outline.timeline.resolved'), document: incident.reports[0] ?? '' },
      ],
      durationMinutes: 72,
      durationFrom: 'timeline',
      timeToDetectMinutes: null,
      timeToMitigateMinutes: null,
      actionItems: [{ text: 'We will add a check that blocks record deletions.', start: 0, end: 10, kind: 'prevent', document: incident.reports[0] ?? '' }],
      conflicts: [],
    };
    const outlineApp = createApp({ kb: fixtureKnowledgeBase(records) });
    const res = await request(outlineApp).get('/incidents/2008-07-20-amazon-s3');
    expect(res.status).toBe(200);
    const $ = cheerio.load(res.text);
    const card = $('section.outline');
    expect(card.find('h2').text()).toBe('How it happened');
    expect(card.find('h3').map((_, h) => $(h).text()).get()).toEqual(['What set it off', 'How it was noticed', 'How it was fixed', 'Timeline', 'Action items']);
    expect(card.find('.outline__none').map((_, p) => $(p).text()).get()).toEqual(['Not stated.']);
    expect(card.find('svg.timeline__svg circle').length).toBe(2);
    expect(card.find('svg title').first().text()).toBe('Impact began, 2008-07-20 09:12 UTC: Errors began at 09:12 UTC.');
    expect(card.find('.timeline__list time').map((_, t) => $(t).attr('datetime')).get()).toEqual(['2008-07-20T09:12:00Z', '2008-07-20T10:24:00Z']);
    expect(card.find('.facts dd').map((_, d) => $(d).text()).get()).toEqual(['1 h 12 min', 'not stated', 'not stated']);
    expect(card.find('.outline__actions li').text()).toBe('prevent We will add a check that blocks record deletions.');
    expectInert($);
  });

  it('has no outline card for an incident whose reports predate the outline stage', async () => {
    const $ = await page('/incidents/2008-07-20-amazon-s3');
    expect($('section.outline').length).toBe(0);
  });
});

describe('how incidents happened on /stats', () => {
  it('counts triggers, detection and mitigation with not stated, and the median phases', async () => {
    const $ = await page('/stats');
    const card = $('#outline-stats');
    expect(card.find('h2').text()).toBe('How incidents happened');
    expect(card.find('table caption').map((_, c) => $(c).text()).get()).toEqual([
      'Incidents by trigger',
      'Incidents by detection method',
      'Incidents by mitigation step',
      'Median minutes: duration, time to detect, time to mitigate',
    ]);
    // The fixture's incidents predate the outline stage: every one counts as not stated.
    const incidents = Number($('.stat-figures li strong').first().text());
    expect(card.find('#stats-trigger tr').filter((_, r) => $(r).find('th').text() === 'none-stated').find('td').text()).toBe(String(incidents));
    expect(card.find('#stats-phases tbody tr').first().find('td').first().text()).toBe(`– (0 stated, ${incidents} not)`);
  });
});

