import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { citationsFor } from '../../src/cite/citations-for.js';
import type { CslItem } from '../../src/cite/csl-item.js';
import { fixtureKnowledgeBase } from '../fixtures/export/fixture-knowledge-base.js';
import { exportDocuments } from '../fixtures/export/records.js';
import { exportBytes } from './export-helpers.js';
import { citationSlices, prepareExport } from '../../src/export/index.js';

const ids = exportDocuments.map((d) => d.id).sort();

describe('citation exports', () => {
  it('BibTeX: one @online entry per document that a BibTeX parser reads back', async () => {
    const text = (await exportBytes(fixtureKnowledgeBase(), { format: 'bibtex' })).toString('utf8');
    expect(text.match(/^@online\{/gm)).toHaveLength(4);
    const entries = new Cite(text, { forceType: '@biblatex/text' }).data;
    expect(entries.map((e) => e['citation-key'])).toEqual([
      'croll2008why',
      'amazon2017summary',
      'acmendcmd',
      'rockwell2021summary',
    ]);
    for (const [i, id] of ids.entries()) {
      const doc = exportDocuments.find((d) => d.id === id)!;
      expect(entries[i]!.title).toBe(doc.title);
      expect(entries[i]!.URL).toBe(doc.url ?? undefined);
      expect(entries[i]!.accessed).toEqual({ 'date-parts': [[2024, 5, 1]] });
    }
  });

  it('CSL-JSON: valid records that the CSL processor renders, identical to citationsFor', async () => {
    const items = JSON.parse((await exportBytes(fixtureKnowledgeBase(), { format: 'csl-json' })).toString('utf8')) as CslItem[];
    expect(items.map((i) => i.id)).toEqual(ids);
    for (const item of items) {
      const doc = exportDocuments.find((d) => d.id === item.id)!;
      expect([item]).toEqual(citationsFor(doc, { accessed: '2024-05-01' }).cslJson);
    }
    const rendered = String(new Cite(items, { forceType: '@csl/list+object' }).format('bibliography', { template: 'apa', format: 'text', lang: 'en-US' }));
    expect(rendered.trim().split('\n')).toHaveLength(4);
    expect(rendered).toContain('Rockwell, N. (2021, June 8). Summary of June 8 outage. Fastly. https://www.fastly.com/blog/summary-of-june-8-outage');
  });

  it('RIS: one record per document that the RIS parser reads back', async () => {
    const text = (await exportBytes(fixtureKnowledgeBase(), { format: 'ris' })).toString('utf8');
    const records = new Cite(text, { forceType: '@ris/file' }).data;
    expect(records.map((r) => r.title)).toEqual(ids.map((id) => exportDocuments.find((d) => d.id === id)!.title));
    expect(records.map((r) => r.URL ?? null)).toEqual(ids.map((id) => exportDocuments.find((d) => d.id === id)!.url));
  });

  it('respects the filters', async () => {
    const text = (await exportBytes(fixtureKnowledgeBase(), { format: 'ris', layers: ['cdn'] })).toString('utf8');
    expect(new Cite(text, { forceType: '@ris/file' }).data.map((r) => r.id)).toEqual(['95e2d58907dc20d1', 'f457170000000021']);
  });
});

describe('citation exports in slices', () => {
  it.each(['bibtex', 'ris', 'csl-json'] as const)('%s: slices of one record join to the bytes of one slice of all', async (format) => {
    const prepared = prepareExport(fixtureKnowledgeBase(), { format });
    const join = async (slice: number): Promise<{ text: string; parts: number }> => {
      let text = '';
      let parts = 0;
      for await (const part of citationSlices(prepared, slice)) {
        text += part;
        parts++;
      }
      return { text, parts };
    };
    const whole = await join(1000);
    const sliced = await join(1);
    expect(sliced.text).toBe(whole.text);
    expect(sliced.parts).toBeGreaterThanOrEqual(4);
    expect(whole.text).toBe((await exportBytes(fixtureKnowledgeBase(), { format })).toString('utf8'));
  });

  it('bibtex: a key repeated in another slice still gets its a, b suffix', async () => {
    const copies = ['f457170000000022', 'f457170000000023'].map((id) => ({ ...exportDocuments.find((d) => d.id === 'f457170000000021')!, id }));
    const prepared = prepareExport(fixtureKnowledgeBase([...exportDocuments, ...copies]), { format: 'bibtex' });
    let text = '';
    for await (const part of citationSlices(prepared, 1)) text += part;
    expect(text.match(/^@online\{rockwell[^,]*/gm)).toEqual(['@online{rockwell2021summary', '@online{rockwell2021summarya', '@online{rockwell2021summaryb']);
  });

  it('csl-json of no records is an empty array', async () => {
    let text = '';
    for await (const part of citationSlices(prepareExport(fixtureKnowledgeBase(), { format: 'csl-json', query: 'nothing-matches' }), 1)) text += part;
    expect(text).toBe('[]\n');
  });
});
