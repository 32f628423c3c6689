/**
 * The incident page's connections (issue 15, items 2 and 4) on the connected fixture: the
 * operator apart from the companies mentioned and the customers affected (a long list collapsed),
 * why the reports are one incident, and the roundup linked both ways with its evidence sentence.
 */
import * as cheerio from 'cheerio';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/create-app.js';
import { SHOWN_COMPANIES } from '../../src/server/pages/incident-connections-section.js';
import {
  connectedKnowledgeBase,
  RETAIL_GROUPING_DETAIL,
  RETAIL_INCIDENT,
  RETAIL_ROLES,
  ROUNDUP_REASON,
  ROUNDUP_SENTENCE,
  S3_INCIDENT,
  SECOND_RETAIL_REPORT,
} from '../fixtures/site/connected-knowledge-base.js';
import { fixtureKnowledgeBase } from './fixture-knowledge-base.js';

const app = createApp({ kb: connectedKnowledgeBase() });

async function page(url: string, appUnderTest = app): Promise<cheerio.CheerioAPI> {
  const res = await request(appUnderTest).get(url);
  expect(res.status).toBe(200);
  return cheerio.load(res.text);
}

/** The value of the facts row named `term`. */
function fact($: cheerio.CheerioAPI, term: string): cheerio.Cheerio<never> {
  return $('.facts__row').filter((_, row) => $(row).find('dt').text() === term).find('dd') as cheerio.Cheerio<never>;
}

const listItems = ($: cheerio.CheerioAPI, selector: string): string[] => $(selector).map((_, li) => $(li).text()).get();

describe('incident page: provider roles', () => {
  it('shows the operator apart from the providers, the companies mentioned (five, then a disclosure) and the customers affected', async () => {
    const $ = await page(`/incidents/${RETAIL_INCIDENT}`);
    expect(fact($, 'Operator').text()).toBe('Amazon.com');
    expect(fact($, 'Providers').text()).toBe('Amazon');
    expect(listItems($, '.facts__mentioned > ul > li')).toEqual(RETAIL_ROLES.mentionedProviders.slice(0, SHOWN_COMPANIES));
    expect(fact($, 'Companies mentioned').find('details > summary').text()).toBe('2 more');
    expect(listItems($, '.facts__mentioned details li')).toEqual(['Netcraft', 'Pingdom']);
    expect(listItems($, '.facts__customers li')).toEqual(['IMDb', 'Zappos']);
    expect(fact($, 'Customers affected').find('details').length).toBe(0);
    expect(fact($, 'Reports').text()).toBe('2');
  });

  it('says the operator is unknown and leaves out the lists for an incident of a data folder without roles', async () => {
    const $ = await page('/incidents/example-cloud-dns-outage-1a2b3c', createApp({ kb: fixtureKnowledgeBase() }));
    expect(fact($, 'Operator').text()).toBe('unknown');
    expect(fact($, 'Companies mentioned').length).toBe(0);
    expect(fact($, 'Customers affected').length).toBe(0);
  });
});

describe('incident page: grouping reasons', () => {
  it('lists each link that joined the reports, with its rule and detail, in a closed disclosure', async () => {
    const $ = await page(`/incidents/${RETAIL_INCIDENT}`);
    const details = $('#reports-title').parent().find('details.grouping');
    expect(details.length).toBe(1);
    expect(details.attr('open')).toBeUndefined();
    expect(details.children('summary').text()).toBe('Why these reports are one incident');
    const link = details.find('li.grouping__link');
    expect(link.attr('data-rule')).toBe('same-day');
    expect(link.text()).toBe(`Why Amazon Went Down, and Why It Matters and ${SECOND_RETAIL_REPORT.title}: same operator, same day (${RETAIL_GROUPING_DETAIL})`);
  });

  it('has no grouping disclosure for a single-report incident', async () => {
    const $ = await page(`/incidents/${S3_INCIDENT}`);
    expect($('details.grouping').length).toBe(0);
  });
});

describe('incident page: reports that cover more than one outage', () => {
  it('lists the roundup from the other incident with its evidence sentence and reason, linked to its own incident', async () => {
    const $ = await page(`/incidents/${RETAIL_INCIDENT}`);
    expect($('#coverage-title').text()).toBe('Reports that cover more than one outage');
    expect($('.also-covers').length).toBe(0);
    const item = $('.covered-by > li');
    expect(item.length).toBe(1);
    expect(item.find('cite a').attr('href')).toBe(`/incidents/${S3_INCIDENT}`);
    expect(item.find('cite').text()).toBe('S3 Outage Highlights Fragility of Web Services');
    expect(item.find('.covered-by__incident').text()).toBe('(a report of S3 Outage Highlights Fragility of Web Services)');
    expect(item.find('blockquote mark').text()).toBe(ROUNDUP_SENTENCE);
    expect(item.find('.related__reason').text()).toBe(ROUNDUP_REASON);
  });

  it("links the roundup's own incident page to the other outage it covers, with the link's reason", async () => {
    const $ = await page(`/incidents/${S3_INCIDENT}`);
    expect($('.covered-by').length).toBe(0);
    const report = $('.also-covers > li');
    expect(report.length).toBe(1);
    expect(report.children('cite').text()).toBe('S3 Outage Highlights Fragility of Web Services');
    const other = report.find('ul > li');
    expect(other.find('a').attr('href')).toBe(`/incidents/${RETAIL_INCIDENT}`);
    expect(other.find('a').text()).toBe('Why Amazon Went Down, and Why It Matters');
    expect(other.find('.related__date').text()).toBe('2008-06-06');
    expect(other.find('.related__reason').text()).toBe(ROUNDUP_REASON);
    expect(fact($, 'Operator').text()).toBe('Amazon Web Services');
    expect(listItems($, '.facts__customers li')).toEqual(['SmugMug']);
  });

  it('shows no coverage card for an incident without links to other outages', async () => {
    const $ = await page('/incidents/example-cloud-dns-outage-1a2b3c');
    expect($('#coverage-title').length).toBe(0);
  });
});
