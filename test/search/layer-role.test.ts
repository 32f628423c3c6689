import { describe, expect, it } from 'vitest';
import type { AnalyzedDocument, Certainty, LayerLabel, LayerRole, LayerTag } from '../../src/model/document.js';
import type { SearchRequest, SearchResponse } from '../../src/model/search.js';
import { knowledgeBaseFromRecords } from '../fixtures/knowledge-base-from-records.js';
import { fixtureDocuments } from '../fixtures/kb/fixture-kb.js';

/** A layer tag whose evidence is the first sentence of `text` holding `phrase`. */
function layer(text: string, label: LayerLabel, certainty: Certainty, role: LayerRole, phrase: string): LayerTag {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`no "${phrase}"`);
  return {
    label,
    certainty,
    confidence: 0.8,
    role,
    evidence: [{ start, end: start + phrase.length, text: phrase, role: role === 'origin' ? 'root-cause' : 'impact' }],
    rules: [`layer.${label}.cue`],
  };
}

function doc(id: string, title: string, text: string, layers: (t: string) => LayerTag[]): AnalyzedDocument {
  const base = fixtureDocuments().find((d) => d.id === 'essay-failover-design')!;
  return {
    ...structuredClone(base),
    id,
    title,
    text,
    sentences: [],
    summary: { text: '', sentences: [] },
    keyphrases: [],
    layers: layers(text),
    causes: [],
  };
}

const DNS_TEXT = 'A bad zone push broke name resolution. Databases that found their replicas by name stopped replicating.';
const STORAGE_TEXT = 'A storage array lost its controller. The web tier may have served errors while it failed over.';
const CDN_TEXT = 'An edge configuration pushed to every point of presence returned errors.';

const dnsReport = doc('dns-report', 'Resolver outage', DNS_TEXT, (t) => [
  layer(t, 'dns', 'confirmed', 'origin', 'A bad zone push broke name resolution.'),
  layer(t, 'database', 'reported', 'impacted', 'Databases that found their replicas by name stopped replicating.'),
]);
const storageReport = doc('storage-report', 'Array failure', STORAGE_TEXT, (t) => [
  layer(t, 'storage', 'confirmed', 'origin', 'A storage array lost its controller.'),
  layer(t, 'application', 'speculated', 'impacted', 'The web tier may have served errors while it failed over.'),
]);
const cdnReport = doc('cdn-report', 'Edge errors', CDN_TEXT, (t) => [layer(t, 'cdn', 'confirmed', 'origin', 'returned errors')]);

const kb = knowledgeBaseFromRecords({ documents: [dnsReport, storageReport, cdnReport] });

const ids = (r: SearchResponse): string[] => r.hits.map((h) => h.id).sort();
const search = (request: Omit<SearchRequest, 'query'>): SearchResponse => kb.search({ query: '', pageSize: 100, ...request });

describe('search: origin versus impacted layers', () => {
  it('filters by origin layers by default: an impacted database is not found', () => {
    const r = search({ layers: ['database'] });
    expect(r.total).toBe(0);
    expect(r.hits).toEqual([]);
    expect(ids(search({ layers: ['database'], layerRole: 'origin' }))).toEqual([]);
    expect(ids(search({ layers: ['dns'] }))).toEqual(['dns-report']);
  });

  it('finds the impacted database with layerRole impacted or any', () => {
    expect(ids(search({ layers: ['database'], layerRole: 'impacted' }))).toEqual(['dns-report']);
    expect(ids(search({ layers: ['database'], layerRole: 'any' }))).toEqual(['dns-report']);
    expect(ids(search({ layers: ['dns'], layerRole: 'impacted' }))).toEqual([]);
    expect(ids(search({ layers: ['dns'], layerRole: 'any' }))).toEqual(['dns-report']);
    expect(ids(search({ layers: ['dns', 'application'], layerRole: 'any' }))).toEqual(['dns-report', 'storage-report']);
  });

  it('counts the layer facet over the layers of the role (count first, then label)', () => {
    expect(Object.entries(search({}).facets.layer)).toEqual([
      ['cdn', 1],
      ['dns', 1],
      ['storage', 1],
    ]);
    expect(Object.entries(search({ layerRole: 'impacted' }).facets.layer)).toEqual([
      ['application', 1],
      ['database', 1],
    ]);
    expect(Object.entries(search({ layerRole: 'any' }).facets.layer)).toEqual([
      ['application', 1],
      ['cdn', 1],
      ['database', 1],
      ['dns', 1],
      ['storage', 1],
    ]);
    // Within a filtered result, the facet counts the same role as the filter.
    expect(search({ layers: ['database'], layerRole: 'any' }).facets.layer).toEqual({ database: 1, dns: 1 });
    expect(search({ layers: ['database'], layerRole: 'impacted' }).facets.layer).toEqual({ database: 1 });
    expect(search({ layers: ['database'] }).facets.layer).toEqual({});
  });

  it('applies a certainty filter to the layers of the role, and to any tag without a layer filter', () => {
    expect(ids(search({ layers: ['application'], layerRole: 'impacted', certainty: ['confirmed'] }))).toEqual([]);
    expect(ids(search({ layers: ['application'], layerRole: 'impacted', certainty: ['speculated'] }))).toEqual(['storage-report']);
    expect(ids(search({ certainty: ['speculated'] }))).toEqual(['storage-report']);
    expect(ids(search({ certainty: ['reported'] }))).toEqual(['dns-report']);
  });

  it('gives each hit its origin layers and its impacted layers apart', () => {
    const hit = search({ layers: ['dns'] }).hits[0];
    expect(hit?.layers).toEqual([{ label: 'dns', certainty: 'confirmed' }]);
    expect(hit?.impactedLayers).toEqual([{ label: 'database', certainty: 'reported' }]);
    const cdn = search({ layers: ['cdn'] }).hits[0];
    expect(cdn?.layers).toEqual([{ label: 'cdn', certainty: 'confirmed' }]);
    expect(cdn?.impactedLayers).toEqual([]);
  });

  it('reads a layer tag without a role (older data) as an origin layer', () => {
    const legacy = doc('legacy-report', 'Old record', 'The cache cluster was flushed by mistake.', (t) => [
      layer(t, 'cache', 'confirmed', 'origin', 'The cache cluster was flushed by mistake.'),
    ]);
    const { role: _role, rules: _rules, ...withoutRole } = legacy.layers[0]!;
    const old = knowledgeBaseFromRecords({ documents: [{ ...legacy, layers: [withoutRole as LayerTag] }] });
    expect(old.search({ query: '', layers: ['cache'] }).total).toBe(1);
    expect(old.search({ query: '', layers: ['cache'], layerRole: 'impacted' }).total).toBe(0);
    expect(old.search({ query: '' }).hits[0]?.layers).toEqual([{ label: 'cache', certainty: 'confirmed' }]);
  });

  it('asserts a layer role the edges would refuse (a programmer error, 500)', () => {
    expect(() => kb.search({ query: '', layerRole: 'root' as never })).toThrow(expect.objectContaining({ status: 500, parameter: 'layerRole' }));
    expect(() => kb.search({ query: '', layerRole: 'root' as never })).toThrow('search: request field layerRole is not a layer role: "root"');
  });
});
