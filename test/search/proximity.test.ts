import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument } from '../../src/model/document.js';
import { DEFAULT_PROXIMITY_OPTIONS, isCloseForm, proximityFactor } from '../../src/search/proximity.js';
import { knowledgeBaseFromRecords } from '../fixtures/knowledge-base-from-records.js';
import { findTermHits } from '../../src/search/snippet.js';
import { fixtureDocuments } from '../fixtures/kb/fixture-kb.js';

function doc(id: string, title: string, text: string, summary: string): AnalyzedDocument {
  const base = fixtureDocuments().find((d) => d.id === 'essay-failover-design')!;
  return { ...structuredClone(base), id, title, text, summary: { text: summary, sentences: [] }, keyphrases: [], layers: [], causes: [] };
}

const filler = 'Operators restarted several hosts while customers waited for news from the provider. ';

describe('proximity re-scoring', () => {
  const far = doc(
    'far',
    'Retail site down',
    `Our communications team was busy. ${filler}International sites were fine.`,
    'International sites were fine.',
  );
  const near = doc('near', 'Storage outage', `${filler.repeat(4)}We had a problem with internal system communications. ${filler.repeat(4)}`, 'Storage was down.');
  const kb = knowledgeBaseFromRecords({ documents: [far, near] });

  it('ranks the document where the typed words occur together first', () => {
    // Pure lunr scoring (an operator makes the query non-plain) prefers the short document...
    expect(kb.search({ query: 'internal communication^1' }).hits.map((h) => h.id)).toEqual(['far', 'near']);
    // ...whose "international" only shares a stem with "internal".
    expect(kb.search({ query: 'internal communication' }).hits.map((h) => h.id)).toEqual(['near', 'far']);
  });

  it('keeps pages consistent with one big page', () => {
    const fixture = knowledgeBaseFromRecords({ documents: fixtureDocuments() });
    const whole = fixture.search({ query: 'software bug', pageSize: 100 }).hits.map((h) => h.id);
    const paged = [1, 2, 3, 4].flatMap((page) => fixture.search({ query: 'software bug', page, pageSize: 2 }).hits.map((h) => h.id));
    expect(whole.length).toBe(7);
    expect(paged).toEqual(whole);
  });

  it('counts close forms of the typed words only', () => {
    const words = [
      { term: 'intern', word: 'internal' },
      { term: 'commun', word: 'communication' },
    ];
    const terms = new Set(['intern', 'commun']);
    const factor = (text: string, title = '') =>
      proximityFactor(text, findTermHits(text, terms), [{ text: title, hits: findTermHits(title, terms) }], words, DEFAULT_PROXIMITY_OPTIONS);
    expect(factor('internal communications')).toBe(3);
    expect(factor('international communications')).toBe(0.75);
    expect(factor(`internal ${'x '.repeat(40)}communication`)).toBe(1);
    expect(factor('communication', 'Internal memo')).toBe(1);
    expect(factor('no match here')).toBe(0.5);
  });

  it('knows close forms from stem-sharing words', () => {
    expect(['communications', 'deployment', 'studies', 'Outages'].map((w, i) => isCloseForm(w, ['communication', 'deploy', 'study', 'outage'][i]!))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(isCloseForm('international', 'internal')).toBe(false);
    expect(isCloseForm('general', 'generate')).toBe(false);
  });
});
