import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYER_ROLE_FILTER, LAYER_ROLE_FILTERS } from '../../src/model/layer-role-filter.js';
import {
  DEFAULT_SEARCH_REQUEST_LIMITS,
  EXPORT_FORMATS,
  MAX_PROVIDER_LENGTH,
  parameterOf,
  routeParameters,
  searchRequestSpec,
  YEAR_RANGE,
} from '../../src/model/search-request.js';
import { DETECTION_METHODS, MITIGATION_STEPS, TRIGGER_KINDS } from '../../src/model/outline.js';
import { CAUSE_LABELS, CERTAINTY_LEVELS, LAYER_LABELS } from '../../src/model/taxonomy.js';

const spec = searchRequestSpec();

describe('searchRequestSpec', () => {
  it('declares each parameter once, with its URL name and flag', () => {
    expect(spec.map((p) => [p.field, p.http, p.cli])).toEqual([
      ['format', 'format', 'format'],
      ['query', 'q', 'query'],
      ['layers', 'layer', 'layer'],
      ['layerRole', 'layerRole', 'layer-role'],
      ['causes', 'cause', 'cause'],
      ['certainty', 'certainty', 'certainty'],
      ['providers', 'provider', 'provider'],
      ['triggers', 'trigger', 'trigger'],
      ['detections', 'detection', 'detection'],
      ['mitigations', 'mitigation', 'mitigation'],
      ['from', 'from', 'from'],
      ['to', 'to', 'to'],
      ['undated', 'undated', 'undated'],
      ['sort', 'sort', 'sort'],
      ['page', 'page', 'page'],
      ['pageSize', 'pageSize', 'limit'],
      ['ids', null, 'id'],
      ['noText', 'noText', 'no-text'],
    ]);
    for (const key of ['field', 'http', 'cli'] as const) {
      const names = spec.map((p) => p[key]).filter((n) => n !== null);
      expect(new Set(names).size, key).toBe(names.length);
    }
    for (const param of spec) expect(param.doc, param.field).toMatch(/^[A-Z1].*\.$/);
  });

  it('gives each route its parameters', () => {
    expect(routeParameters(spec, 'search').map((p) => p.field)).toEqual(['query', 'layers', 'layerRole', 'causes', 'certainty', 'providers', 'triggers', 'detections', 'mitigations', 'from', 'to', 'undated', 'sort', 'page', 'pageSize']);
    expect(routeParameters(spec, 'export').map((p) => p.field)).toEqual(['format', 'query', 'layers', 'layerRole', 'causes', 'certainty', 'providers', 'triggers', 'detections', 'mitigations', 'from', 'to', 'undated', 'ids', 'noText']);
  });

  it('takes the vocabularies from the taxonomy and one year range for both routes', () => {
    expect(parameterOf(spec, 'layers').type).toEqual({ kind: 'enum', values: LAYER_LABELS });
    expect(parameterOf(spec, 'causes').type).toEqual({ kind: 'enum', values: CAUSE_LABELS });
    expect(parameterOf(spec, 'certainty').type).toEqual({ kind: 'enum', values: CERTAINTY_LEVELS });
    expect(parameterOf(spec, 'triggers').type).toEqual({ kind: 'enum', values: TRIGGER_KINDS });
    expect(parameterOf(spec, 'detections').type).toEqual({ kind: 'enum', values: DETECTION_METHODS });
    expect(parameterOf(spec, 'mitigations').type).toEqual({ kind: 'enum', values: MITIGATION_STEPS });
    expect(parameterOf(spec, 'layerRole')).toMatchObject({ type: { kind: 'enum', values: LAYER_ROLE_FILTERS }, default: DEFAULT_LAYER_ROLE_FILTER });
    expect(parameterOf(spec, 'format')).toMatchObject({ type: { kind: 'enum', values: EXPORT_FORMATS }, required: true });
    expect(YEAR_RANGE).toEqual({ min: 1900, max: 2200 });
    expect(parameterOf(spec, 'from').type).toEqual({ kind: 'integer', min: 1900, max: 2200 });
    expect(parameterOf(spec, 'to').type).toEqual({ kind: 'integer', min: 1900, max: 2200 });
  });

  it('splits label lists at commas, provider names never', () => {
    expect(parameterOf(spec, 'layers').list).toEqual({ commas: true, maxValues: 20 });
    expect(parameterOf(spec, 'providers')).toMatchObject({ type: { kind: 'text', maxLength: MAX_PROVIDER_LENGTH }, list: { commas: false, maxValues: 20 } });
    expect(MAX_PROVIDER_LENGTH).toBe(100);
    expect(spec.filter((p) => p.list !== undefined).map((p) => p.field)).toEqual(['layers', 'causes', 'certainty', 'providers', 'triggers', 'detections', 'mitigations', 'ids']);
  });

  it('takes its tunable bounds from the limits given', () => {
    expect(DEFAULT_SEARCH_REQUEST_LIMITS).toEqual({ maxQueryLength: 512, maxPage: 1000, maxPageSize: 100, maxListValues: 20 });
    const wide = searchRequestSpec({ maxQueryLength: 64, maxPage: 5, maxPageSize: 7, maxListValues: 3 });
    expect(parameterOf(wide, 'query').type).toEqual({ kind: 'text', maxLength: 64 });
    expect(parameterOf(wide, 'page').type).toEqual({ kind: 'integer', min: 1, max: 5 });
    expect(parameterOf(wide, 'pageSize').type).toEqual({ kind: 'integer', min: 1, max: 7 });
    expect(parameterOf(wide, 'causes').list).toEqual({ commas: true, maxValues: 3 });
  });
});
