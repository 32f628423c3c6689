import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS, parseExportOptions, resolveExportOptions } from '../../src/export/export-options.js';
import { FaultlineError } from '../../src/model/diagnostic.js';

describe('resolveExportOptions', () => {
  it('fills every default from DEFAULT_EXPORT_OPTIONS', () => {
    expect(resolveExportOptions({ format: 'csv' })).toEqual({ format: 'csv', ...DEFAULT_EXPORT_OPTIONS });
    expect(DEFAULT_EXPORT_OPTIONS).toEqual({
      layers: [],
      layerRole: 'origin',
      causes: [],
      certainty: [],
      providers: [],
      triggers: [],
      detections: [],
      mitigations: [],
      from: null,
      to: null,
      undated: false,
      query: '',
      ids: null,
      noText: false,
    });
  });

  it('keeps valid filters, deduplicated and trimmed', () => {
    expect(
      resolveExportOptions({ format: 'jsonl', layers: ['cdn', 'cdn', 'dns'], layerRole: 'any', causes: ['time'], certainty: ['confirmed'], providers: [' Fastly '], from: 2008, to: 2021, query: ' cdn ', noText: true }),
    ).toEqual({ ...DEFAULT_EXPORT_OPTIONS, format: 'jsonl', layers: ['cdn', 'dns'], layerRole: 'any', causes: ['time'], certainty: ['confirmed'], providers: ['Fastly'], from: 2008, to: 2021, query: 'cdn', noText: true });
  });

  it('returns options it resolved before as they are (checked once)', () => {
    const once = resolveExportOptions({ format: 'csv', layers: ['dns'] });
    expect(resolveExportOptions(once)).toBe(once);
    expect(resolveExportOptions({ ...once })).not.toBe(once);
  });

  it.each([
    [{ format: 'xml' }, 'format', 'export: format: must be one of jsonl, csv, parquet, bibtex, csl-json, ris, got "xml"'],
    [{}, 'format', 'export: format: is required (one of: jsonl, csv, parquet, bibtex, csl-json, ris)'],
    [{ format: 'csv', layers: ['cdn', 'disk'] }, 'layers', 'export: layers: must be one of dns, '],
    [{ format: 'csv', layers: 'cdn' }, 'layers', 'export: layers: must be a list, got "cdn"'],
    [{ format: 'csv', causes: ['gremlins'] }, 'causes', 'got "gremlins"'],
    [{ format: 'csv', layerRole: 'root' }, 'layerRole', 'export: layerRole: must be one of origin, impacted, any, got "root"'],
    [{ format: 'csv', certainty: ['sure'] }, 'certainty', 'export: certainty: must be one of confirmed, reported, speculated, got "sure"'],
    [{ format: 'csv', providers: [''] }, 'providers', 'export: providers: values must not be empty'],
    [{ format: 'csv', providers: ['p'.repeat(101)] }, 'providers', 'export: providers: must be at most 100 characters, got 101'],
    [{ format: 'csv', providers: Array.from({ length: 21 }, (_, i) => `p${i}`) }, 'providers', 'export: providers: takes at most 20 values, got 21'],
    [{ format: 'csv', from: 20.5 }, 'from', 'export: from: must be a whole number from 1900 to 2200, got 20.5'],
    [{ format: 'csv', to: 1800 }, 'to', 'export: to: must be a whole number from 1900 to 2200, got 1800'],
    [{ format: 'csv', from: 2201 }, 'from', 'export: from: must be a whole number from 1900 to 2200, got 2201'],
    [{ format: 'csv', from: 2020, to: 2010 }, 'from', 'export: from: must not be after to (2020 > 2010)'],
    [{ format: 'csv', query: 'x'.repeat(513) }, 'query', 'export: query: must be at most 512 characters, got 513'],
    [{ format: 'csv', noText: 'maybe' }, 'noText', 'export: noText: must be true or false, got "maybe"'],
  ])('rejects %j naming the field', (options, parameter, message) => {
    const call = () => resolveExportOptions(options as never);
    expect(call).toThrow(FaultlineError);
    expect(call).toThrow(message);
    expect(call).toThrow(expect.objectContaining({ parameter, status: 400 }));
  });
});

describe('parseExportOptions', () => {
  it('reads URL parameters: repeated and comma-separated labels, provider names whole, years, flags', () => {
    expect(
      parseExportOptions(
        { format: 'CSV', layer: ['dns,CDN', 'network'], layerRole: ' Impacted ', cause: 'capacity', certainty: 'confirmed,reported', provider: ['Acme, Inc.', 'Fastly'], from: '2010', to: ' 2020 ', q: 'bgp', noText: 'yes' },
        'http',
      ),
    ).toEqual({
      ...DEFAULT_EXPORT_OPTIONS,
      format: 'csv',
      layers: ['dns', 'cdn', 'network'],
      layerRole: 'impacted',
      causes: ['capacity'],
      certainty: ['confirmed', 'reported'],
      providers: ['Acme, Inc.', 'Fastly'],
      from: 2010,
      to: 2020,
      query: 'bgp',
      ids: null,
      noText: true,
    });
    expect(parseExportOptions({ format: 'ris', noText: 'false' }, 'http')).toMatchObject({ noText: false, layerRole: 'origin' });
    expect(parseExportOptions({ format: 'csv', layerRole: '' }, 'http')).toMatchObject({ layerRole: 'origin' });
  });

  it('reads command-line flags: --id split at commas, --no-text as a flag', () => {
    expect(parseExportOptions({ '--format': 'ris', '--id': ['a,b', 'c'], '--no-text': true, '--query': 'dns' }, 'cli')).toMatchObject({ ids: ['a', 'b', 'c'], noText: true, query: 'dns' });
    // Command-line callers may pass other options along; only URL parameters are refused when unknown.
    expect(parseExportOptions({ '--format': 'csv', '--out': 'x.csv' }, 'cli')).toMatchObject({ format: 'csv' });
  });

  it.each<[Record<string, unknown>, 'http' | 'cli', string, string]>([
    [{}, 'http', 'format', 'export: parameter format: is required'],
    [{ format: 'csv', from: '20x0' }, 'http', 'from', 'export: parameter from: must be a whole number from 1900 to 2200, got "20x0"'],
    [{ format: 'csv', noText: 'maybe' }, 'http', 'noText', 'export: parameter noText: must be true or false, got "maybe"'],
    [{ format: 'csv', layerRole: 'both' }, 'http', 'layerRole', 'export: parameter layerRole: must be one of origin, impacted, any, got "both"'],
    [{ format: 'csv', ids: 'a' }, 'http', 'ids', 'export: parameter ids: unknown parameter'],
    [{ format: 'csv', format2: 'a' }, 'http', 'format2', 'export: parameter format2: unknown parameter'],
    [{ '--format': 'csv', '--layer-role': 'both' }, 'cli', '--layer-role', 'export: --layer-role: must be one of origin, impacted, any, got "both"'],
    [{ '--format': 'csv', '--from': '2020', '--to': '2010' }, 'cli', '--from', 'export: --from: must not be after --to (2020 > 2010)'],
  ])('rejects %j (%s) naming %s', (raw, naming, parameter, message) => {
    expect(() => parseExportOptions(raw, naming)).toThrow(expect.objectContaining({ parameter, status: 400 }));
    expect(() => parseExportOptions(raw, naming)).toThrow(message);
  });
});
