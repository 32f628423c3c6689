/**
 * Citations of web pages checked against what Zotero records for the same page (title verbatim,
 * the site as "Website Title" = CSL `container-title`, the URL, the date) and against what
 * citeproc-js / citation-js produce from that record, on fixtures modelled on the failures of
 * issue 15 (`webpage-fixtures.ts`).
 */
import { createRequire } from 'node:module';
import { Cite } from '@citation-js/core';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { citationsFor, cslItemsFor, formatBibliography, type Citations } from '../../src/cite/citations-for.js';
import type { CslItem } from '../../src/cite/csl-item.js';
import type { Incident } from '../../src/model/incident.js';
import { exportIncidents } from '../fixtures/export/records.js';
import { awsSummaryPage, cloudflarePage, epaBlackoutPage, garbledUrlPage, incidentIoPage, northwindPage, untitledRustPage } from './webpage-fixtures.js';

const accessed = '2026-05-04';
const cite = (doc: Parameters<typeof citationsFor>[0]): Citations => citationsFor(doc, { accessed });
const day = (y: number, m: number, d: number) => ({ 'date-parts': [[y, m, d]] as [number, number?, number?][] });

/** The records the plain citeproc engine reads (set before each run). */
const plainItems = new Map<string, CslItem>();
let plainEngine: InstanceType<typeof CSL.Engine> | null = null;

/** citeproc-js alone (as Zotero runs it) on plain CSL-JSON, with citation-js's bundled APA style (one engine: its style takes seconds to load). */
function plainCiteprocApa(items: readonly CslItem[]): string[] {
  if (plainEngine === null) {
    const require = createRequire(import.meta.url);
    const styles = require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
    const locales = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;
    plainEngine = new CSL.Engine({ retrieveLocale: (lang) => locales[lang]!, retrieveItem: (id) => plainItems.get(id) }, styles.apa!, 'en-US', true);
    plainEngine.setOutputFormat('text');
  }
  plainItems.clear();
  for (const item of items) plainItems.set(item.id, structuredClone(item));
  plainEngine.updateItems([...plainItems.keys()]);
  const bibliography = plainEngine.makeBibliography();
  if (bibliography === false) throw new Error('citeproc made no bibliography');
  return bibliography[1].map((entry) => entry.trim());
}

describe('a lower-case product name and a region in the title (incident.io, us-east-1)', () => {
  const c = cite(incidentIoPage);
  const url = 'https://incident.io/blog/aws-us-east-1-october-2025';
  const title = 'incident.io degraded during the AWS us-east-1 outage of October 20, 2025: what our on-call saw';

  it('records the page as Zotero does: title verbatim, the site as container-title', () => {
    expect(c.cslJson).toEqual([
      { id: 'f1a0000000000001', 'citation-key': 'incidentio2025degraded', type: 'webpage', title, URL: url, 'container-title': 'incident.io', issued: day(2025, 10, 22), 'event-date': day(2025, 10, 20), accessed: day(2026, 5, 4) },
    ]);
  });

  it('never title-cases the name, the region or the acronym; MLA and Chicago quote the title', () => {
    expect(c.apa).toBe(`${title}. (2025, October 22). incident.io. ${url}`);
    expect(c.mla).toBe(`“incident.io Degraded during the AWS us-east-1 Outage of October 20, 2025: What Our On-Call Saw.” incident.io, 22 Oct. 2025, ${url}.`);
    expect(c.chicago).toBe(`“incident.io Degraded during the AWS us-east-1 Outage of October 20, 2025: What Our On-Call Saw.” 2025. incident.io. October 22, 2025. ${url}.`);
  });

  it('is what plain citeproc gets wrong: it would write the site as "Incident.Io"', () => {
    expect(plainCiteprocApa(c.cslJson)).toEqual([`${title}. (2025, October 22). Incident.Io. ${url}`]);
  });

  it('writes BibTeX and RIS with the site as organization / PB', () => {
    expect(c.bibtex).toBe(
      [
        '@online{incidentio2025degraded,',
        '\tnote = {[Online; accessed 2026-05-04]},',
        '\turldate = {2026-05-04},',
        '\teventdate = {2025-10-20},',
        '\tdate = {2025-10-22},',
        '\torganization = {incident.io},',
        '\ttitle = {incident.io degraded during the {AWS} us-east-1 outage of {October} 20, 2025: what our on-call saw},',
        `\turl = {${url}},`,
        '}',
        '',
      ].join('\n'),
    );
    expect(c.ris).toBe(['TY  - ELEC', 'DA  - 2025/10/22/', 'PY  - 2025', 'ID  - f1a0000000000001', 'M1  - 2026/5/4/', 'PB  - incident.io', `TI  - ${title}`, `UR  - ${url}`, 'ER  - ', ''].join('\n'));
  });
});

describe('a numbered host (www3.epa.gov)', () => {
  const c = cite(epaBlackoutPage);
  const url = 'https://www3.epa.gov/region1/npdes/example/AR-0000.pdf';

  it('names the agency from the table (parent domain epa.gov), never the host', () => {
    expect(c.cslJson).toEqual([
      { id: 'f1a0000000000002', 'citation-key': 'epa2004northeast', type: 'webpage', title: 'Northeast blackout', URL: url, 'container-title': 'U.S. Environmental Protection Agency', issued: day(2004, 4, 1), 'event-date': { 'date-parts': [[2003, 8]] }, accessed: day(2026, 5, 4) },
    ]);
    expect(c.apa).toBe(`Northeast blackout. (2004, April 1). U.S. Environmental Protection Agency. ${url}`);
    expect(c.mla).toBe(`“Northeast Blackout.” U.S. Environmental Protection Agency, 1 Apr. 2004, ${url}.`);
    expect(c.chicago).toBe(`“Northeast Blackout.” 2004. U.S. Environmental Protection Agency. April 1, 2004. ${url}.`);
    expect(c.bibtex.split('\n')[0]).toBe('@online{epa2004northeast,');
    expect(c.bibtex).toContain('\torganization = {U.S. Environmental Protection Agency},\n');
    expect(c.ris).toContain('\nPB  - U.S. Environmental Protection Agency\n');
    for (const text of [c.apa, c.mla, c.chicago, c.bibtex, c.ris]) expect(text).not.toMatch(/www3\.epa\.gov(?!\/region1)/);
  });

  it('renders APA exactly as citeproc-js alone renders the record', () => {
    expect(plainCiteprocApa(c.cslJson)).toEqual([c.apa]);
  });
});

describe('an untitled page', () => {
  const c = cite(untitledRustPage);
  const url = 'https://blog.rust-lang.org/inside-rust/2023/07/21/example-postmortem.html';

  it('gets no title, a description in each style\'s place for it, and never its first sentence', () => {
    expect(c.cslJson).toEqual([
      { id: 'f1a0000000000003', 'citation-key': 'rust2023', type: 'webpage', genre: 'Untitled web page', URL: url, 'container-title': 'Rust Blog', issued: day(2023, 7, 21), accessed: day(2026, 5, 4) },
    ]);
    expect(c.apa).toBe(`[Untitled web page]. (2023, July 21). Rust Blog. ${url}`);
    expect(c.mla).toBe(`Untitled web page. Rust Blog, 21 July 2023, ${url}.`);
    expect(c.chicago).toBe(`Untitled web page. 2023. Rust Blog. July 21, 2023. ${url}.`);
    expect(c.ris).toBe(['TY  - ELEC', 'DA  - 2023/7/21/', 'PY  - 2023', 'ID  - f1a0000000000003', 'M1  - 2026/5/4/', 'PB  - Rust Blog', `UR  - ${url}`, 'ER  - ', ''].join('\n'));
    expect(c.bibtex).not.toMatch(/\btitle =/);
    for (const text of [c.apa, c.mla, c.chicago, c.bibtex, c.ris, JSON.stringify(c.cslJson)]) expect(text).not.toContain('download counter');
  });

  it('renders APA exactly as citeproc-js alone renders the record', () => {
    expect(plainCiteprocApa(c.cslJson)).toEqual([c.apa]);
  });

  it('puts MLA\'s description inside the entry of an html bibliography', () => {
    const html = citationsFor(untitledRustPage, { accessed, format: 'html' }).mla;
    expect(html).toBe(
      `<div class="csl-bib-body">\n  <div data-csl-entry-id="f1a0000000000003" class="csl-entry">Untitled web page. <i>Rust Blog</i>, 21 July 2023, ${url}.</div>\n</div>`,
    );
  });
});

describe('a Markdown-garbled URL', () => {
  const c = cite(garbledUrlPage);
  const url = 'https://m.signalvnoise.com/postmortem-read-only-outage/';

  it('is repaired to its first URL before it reaches any format', () => {
    expect(c.cslJson[0]).toMatchObject({ URL: url, 'container-title': 'Signal v. Noise', 'citation-key': 'fielding2018postmortem', author: [{ family: 'Fielding', given: 'Jane' }] });
    expect(c.apa).toBe(`Fielding, J. (2018, November 10). Postmortem on the read-only outage of Basecamp on November 9th, 2018. Signal v. Noise. ${url}`);
    expect(c.mla).toBe(`Fielding, Jane. “Postmortem on the Read-Only Outage of Basecamp on November 9th, 2018.” Signal v. Noise, 10 Nov. 2018, ${url}.`);
    expect(c.chicago).toBe(`Fielding, Jane. 2018. “Postmortem on the Read-Only Outage of Basecamp on November 9th, 2018.” Signal v. Noise. November 10, 2018. ${url}.`);
    expect(c.bibtex).toContain(`\turl = {${url}},\n`);
    expect(c.ris).toContain(`\nUR  - ${url}\n`);
    for (const text of [c.apa, c.mla, c.chicago, c.bibtex, c.ris, JSON.stringify(c.cslJson)]) {
      expect(text).not.toContain('see also');
      expect(text).not.toContain('](');
    }
  });

  it('is dropped when it cannot be repaired', () => {
    const [item] = cslItemsFor({ ...garbledUrlPage, url: 'javascript:alert(1)' }, { accessed: null });
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('container-title');
  });
});

describe('an operator\'s summary whose front matter names the site by its host', () => {
  const c = cite(awsSummaryPage);
  const url = 'https://aws.amazon.com/message/000000/';
  const title = 'Summary of the Amazon Kinesis Event in the Northern Virginia (US-EAST-1) Region';

  it('names the site from the table and keys it amazon<year>summary', () => {
    expect(c.cslJson).toEqual([
      { id: 'f1a0000000000005', 'citation-key': 'amazon2017summary', type: 'webpage', title, URL: url, 'container-title': 'Amazon Web Services', issued: day(2017, 11, 26), accessed: day(2026, 5, 4) },
    ]);
    expect(c.apa).toBe(`${title}. (2017, November 26). Amazon Web Services. ${url}`);
    expect(c.mla).toBe(`“${title}.” Amazon Web Services, 26 Nov. 2017, ${url}.`);
    expect(c.chicago).toBe(`“${title}.” 2017. Amazon Web Services. November 26, 2017. ${url}.`);
    expect(c.bibtex.split('\n')[0]).toBe('@online{amazon2017summary,');
    expect(plainCiteprocApa(c.cslJson)).toEqual([c.apa]);
  });
});

describe('HTML pages read by the ingest parser', () => {
  it('take og:site_name when the table does not know the site', () => {
    const c = cite(northwindPage());
    const url = 'https://status.northwind-hosting.example/incidents/2024-03-05-db-failover';
    expect(c.cslJson).toEqual([
      {
        id: 'f1a0000000000006',
        'citation-key': 'raman2024database',
        type: 'webpage',
        title: 'Database failover took 14 minutes longer than planned',
        URL: url,
        'container-title': 'Northwind Status',
        author: [{ family: 'Raman', given: 'Priya' }],
        issued: day(2024, 3, 5),
        accessed: day(2026, 5, 4),
      },
    ]);
    expect(c.apa).toBe(`Raman, P. (2024, March 5). Database failover took 14 minutes longer than planned. Northwind Status. ${url}`);
    expect(c.mla).toBe(`Raman, Priya. “Database Failover Took 14 Minutes Longer than Planned.” Northwind Status, 5 Mar. 2024, ${url}.`);
    expect(c.chicago).toBe(`Raman, Priya. 2024. “Database Failover Took 14 Minutes Longer than Planned.” Northwind Status. March 5, 2024. ${url}.`);
  });

  it('take the table\'s name over the page\'s own, and key the post cloudflare<year>outage', () => {
    const c = cite(cloudflarePage());
    const url = 'https://blog.cloudflare.com/cloudflare-outage/';
    expect(c.cslJson).toEqual([
      { id: 'f1a0000000000007', 'citation-key': 'cloudflare2019outage', type: 'webpage', title: 'Cloudflare outage on July 2, 2019', URL: url, 'container-title': 'Cloudflare Blog', issued: day(2019, 7, 2), 'event-date': day(2019, 7, 2), accessed: day(2026, 5, 4) },
    ]);
    expect(c.apa).toBe(`Cloudflare outage on July 2, 2019. (2019, July 2). Cloudflare Blog. ${url}`);
    expect(c.mla).toBe(`“Cloudflare Outage on July 2, 2019.” Cloudflare Blog, 2 July 2019, ${url}.`);
    expect(c.chicago).toBe(`“Cloudflare Outage on July 2, 2019.” 2019. Cloudflare Blog. July 2, 2019. ${url}.`);
    expect(c.bibtex).toBe(
      [
        '@online{cloudflare2019outage,',
        '\tnote = {[Online; accessed 2026-05-04]},',
        '\turldate = {2026-05-04},',
        '\teventdate = {2019-07-02},',
        '\tdate = {2019-07-02},',
        '\torganization = {Cloudflare Blog},',
        '\ttitle = {Cloudflare outage on {July} 2, 2019},',
        `\turl = {${url}},`,
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('the event date', () => {
  it('is the incident date the text states, never the publication date; a legacy date is left out', () => {
    const [garbled] = cslItemsFor(garbledUrlPage, { accessed: null });
    expect(garbled).toMatchObject({ issued: day(2018, 11, 10), 'event-date': day(2018, 11, 8) });
    const [undated] = cslItemsFor(awsSummaryPage, { accessed: null });
    expect(undated).not.toHaveProperty('event-date');
    const legacy = { ...garbledUrlPage, dates: { ...garbledUrlPage.dates!, incident: { ...garbledUrlPage.dates!.incident!, from: 'legacy' as const } } };
    expect(cslItemsFor(legacy, { accessed: null })[0]).not.toHaveProperty('event-date');
  });
});

describe('BibTeX and RIS read back by citation-js', () => {
  const pages = [incidentIoPage, epaBlackoutPage, garbledUrlPage, awsSummaryPage, northwindPage(), cloudflarePage()];

  it('give back the verbatim title, the site and the repaired URL of every fixture', () => {
    for (const page of pages) {
      const c = cite(page);
      const [item] = c.cslJson;
      const [fromBibtex] = new Cite(c.bibtex, { forceType: '@biblatex/text' }).data;
      const [fromRis] = new Cite(c.ris, { forceType: '@ris/file' }).data;
      for (const back of [fromBibtex, fromRis]) {
        expect(back, page.id).toMatchObject({ type: 'webpage', title: page.title, URL: item!.URL, publisher: item!['container-title'] });
      }
      expect(fromBibtex!['citation-key']).toBe(item!['citation-key']);
    }
  });
});

describe('a bibliography of several reports', () => {
  it('suffixes a, b to repeated keys', () => {
    const incident: Incident = { ...exportIncidents[0]!, reports: ['f1a0000000000007', 'f1a0000000000008', 'f1a0000000000009'] };
    const first = cloudflarePage();
    const documents = new Map([first, { ...first, id: 'f1a0000000000008' }, { ...first, id: 'f1a0000000000009' }].map((d) => [d.id, d]));
    const c = citationsFor(incident, { documents, accessed });
    expect(c.cslJson.map((item) => item['citation-key'])).toEqual(['cloudflare2019outage', 'cloudflare2019outagea', 'cloudflare2019outageb']);
    expect(c.bibtex.match(/^@online\{[a-z0-9]+,$/gm)).toEqual(['@online{cloudflare2019outage,', '@online{cloudflare2019outagea,', '@online{cloudflare2019outageb,']);
  });
});

describe('hostile titles', () => {
  it('leak neither markup nor the case-protection spans into html or text', () => {
    const title = 'a </span> b <span>C <script>alert(1)</script> us-east-1';
    const [item] = cslItemsFor({ ...incidentIoPage, title }, { accessed: null });
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      const html = formatBibliography([item!], style, 'html');
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<span');
      expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
      expect(formatBibliography([item!], style, 'text')).not.toContain('nocase');
    }
    expect(item!.title).toBe(title);
  });
});
