import { describe, expect, it } from 'vitest';
import { engineRequest } from '../../src/search/engine-request.js';
import { DEFAULT_SEARCH_LIMITS } from '../../src/search/search-limits.js';

describe('engineRequest', () => {
  it('fills the defaults of the declarations and turns filters into sets', () => {
    expect(engineRequest({ query: 'x' }, DEFAULT_SEARCH_LIMITS)).toEqual({
      query: 'x',
      filters: { layers: null, layerRole: 'origin', causes: null, certainty: null, providers: null, triggers: null, detections: null, mitigations: null, from: null, to: null, undated: false },
      sort: 'relevance',
      page: 1,
      pageSize: 10,
    });
    const request = engineRequest(
      { query: '', layers: ['dns'], layerRole: 'any', causes: [], certainty: ['confirmed'], providers: ['Amazon Web Services', '!!!'], triggers: ['deployment'], mitigations: ['rollback', 'failover'], from: 2008, to: 2009, sort: 'date', page: 2, pageSize: 5 },
      DEFAULT_SEARCH_LIMITS,
    );
    expect(request).toEqual({
      query: '',
      filters: { layers: new Set(['dns']), layerRole: 'any', causes: null, certainty: new Set(['confirmed']), providers: new Set(['amazon web services', 'amazon']), triggers: new Set(['deployment']), detections: null, mitigations: new Set(['rollback', 'failover']), from: 2008, to: 2009, undated: false },
      sort: 'date',
      page: 2,
      pageSize: 5,
    });
  });

  it('keeps a provider filter that names no provider (it matches nothing, never everything)', () => {
    expect(engineRequest({ query: '', providers: ['!!!'] }, DEFAULT_SEARCH_LIMITS).filters.providers).toEqual(new Set());
  });

  it('asserts with a 500 naming the field what would make the engine misbehave', () => {
    const pastWindow = () => engineRequest({ query: '', page: 2, pageSize: 10 }, { ...DEFAULT_SEARCH_LIMITS, maxResultWindow: 15 });
    expect(pastWindow).toThrow(expect.objectContaining({ status: 500, parameter: 'page' }));
    expect(pastWindow).toThrow('search: request field page 2 with pageSize 10 reaches past the first 15 results');
    expect(() => engineRequest({ query: '', certainty: [1 as never] }, DEFAULT_SEARCH_LIMITS)).toThrow(expect.objectContaining({ status: 500, parameter: 'certainty' }));
  });
});
