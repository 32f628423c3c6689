import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS, parseExportOptions, resolveExportOptions, splitListOption } from '../../src/export/export-options.js';
import { FaultlineError } from '../../src/model/diagnostic.js';

describe('resolveExportOptions', () => {
  it('fills every default from DEFAULT_EXPORT_OPTIONS', () => {
    expect(resolveExportOptions({ format: 'csv' })).toEqual({ format: 'csv', ...DEFAULT_EXPORT_OPTIONS });
    expect(DEFAULT_EXPORT_OPTIONS).toEqual({ layers: [], layerRole: 'origin', causes: [], certainty: [], providers: [], from: null, to: null, query: '', ids: null, noText: false });
  });

  it('keeps valid filters, deduplicated and trimmed', () => {
    expect(
      resolveExportOptions({ format: 'jsonl', layers: ['cdn', 'cdn', 'dns'], layerRole: 'any', causes: ['time'], certainty: ['confirmed'], providers: [' Fastly '], from: 2008, to: 2021, query: ' cdn ', noText: true }),
    ).toEqual({ format: 'jsonl', layers: ['cdn', 'dns'], layerRole: 'any', causes: ['time'], certainty: ['confirmed'], providers: ['Fastly'], from: 2008, to: 2021, query: 'cdn', ids: null, noText: true });
  });

  it.each([
    [{ format: 'xml' }, 'format', /unknown format "xml"/],
    [{ format: 'csv', layers: ['cdn', 'disk'] }, 'layer', /unknown value "disk"/],
    [{ format: 'csv', causes: ['gremlins'] }, 'cause', /unknown value "gremlins"/],
    [{ format: 'csv', layerRole: 'root' }, 'layer-role', /export: layer-role: unknown value "root" \(expected one of: origin, impacted, any\)/],
    [{ format: 'csv', certainty: ['sure'] }, 'certainty', /unknown value "sure"/],
    [{ format: 'csv', providers: [''] }, 'provider', /non-empty/],
    [{ format: 'csv', from: 20.5 }, 'from', /expected a year/],
    [{ format: 'csv', to: 1800 }, 'to', /expected a year from 1900 to 2200, got 1800/],
    [{ format: 'csv', from: 2201 }, 'from', /expected a year from 1900 to 2200/],
    [{ format: 'csv', from: 2020, to: 2010 }, 'from', /2020 is after --to 2010/],
    [{ format: 'csv', query: 'x'.repeat(1001) }, 'query', /longer than 1000/],
  ])('rejects %j naming the option', (options, parameter, message) => {
    const call = () => resolveExportOptions(options as never);
    expect(call).toThrow(FaultlineError);
    expect(call).toThrow(message);
    expect(call).toThrow(expect.objectContaining({ parameter, status: 400 }));
  });
});

describe('parseExportOptions', () => {
  it('parses CLI/query strings: repeated and comma-separated lists, years, flags', () => {
    expect(
      parseExportOptions({ format: 'CSV', layer: ['dns,CDN', 'network'], layerRole: ' Impacted ', cause: 'capacity', certainty: 'confirmed,reported', provider: ['Acme, Inc.', 'Fastly'], from: '2010', to: ' 2020 ', query: 'bgp', noText: 'yes' }),
    ).toEqual({
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
    expect(parseExportOptions({ format: 'ris', ids: 'a,b', noText: 'false' })).toMatchObject({ ids: ['a', 'b'], noText: false, layerRole: 'origin' });
    expect(parseExportOptions({ format: 'csv', layerRole: '' })).toMatchObject({ layerRole: 'origin' });
  });

  it.each([
    [{}, 'format'],
    [{ format: 'csv', from: '20x0' }, 'from'],
    [{ format: 'csv', noText: 'maybe' }, 'no-text'],
    [{ format: 'csv', layerRole: 'both' }, 'layer-role'],
  ])('rejects %j naming the option', (raw, parameter) => {
    expect(() => parseExportOptions(raw)).toThrow(expect.objectContaining({ parameter }));
  });

  it('splits list options', () => {
    expect(splitListOption([' a, b', '', 'c'])).toEqual(['a', 'b', 'c']);
    expect(splitListOption('Acme, Inc.', false)).toEqual(['Acme, Inc.']);
    expect(splitListOption(undefined)).toEqual([]);
  });
});
