import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/model/diagnostic.js';
import {
  asReaderError,
  checkRequestValues,
  parameterName,
  readRawParameters,
  REQUEST_DEFAULTS,
  searchRequestFromValues,
  type RequestReader,
} from '../../src/model/read-request-parameters.js';
import { parameterOf, searchRequestSpec } from '../../src/model/search-request.js';

const spec = searchRequestSpec();
const http: RequestReader = { component: 'search', route: 'search', naming: 'http' };
const cli: RequestReader = { component: 'search', route: 'search', naming: 'cli' };
const fields: RequestReader = { component: 'export', route: 'export', naming: 'field' };

/** The error `call` throws. */
function refusal(call: () => unknown): FaultlineError {
  try {
    call();
  } catch (error) {
    if (error instanceof FaultlineError) return error;
    throw error;
  }
  throw new Error('read-request-parameters test: no error');
}

describe('readRawParameters', () => {
  it('reads scalars once and lists repeated, labels comma-separated, names whole', () => {
    const values = readRawParameters(spec, http, {
      q: '  dns outage ',
      layer: ['DNS,cdn', ' gslb ', 'dns'],
      layerRole: 'Impacted',
      provider: ['Acme, Inc.', 'Fastly'],
      from: '2008',
      to: ' 2010 ',
      sort: 'date',
      page: '2',
      pageSize: '25',
    });
    expect(values).toEqual({
      query: 'dns outage',
      layers: ['dns', 'cdn', 'gslb'],
      layerRole: 'impacted',
      providers: ['Acme, Inc.', 'Fastly'],
      from: 2008,
      to: 2010,
      sort: 'date',
      page: 2,
      pageSize: 25,
    });
  });

  it('treats empty values as absent and ignores unknown names unless told to refuse them', () => {
    expect(readRawParameters(spec, http, { q: '', from: '', layer: ['', ' , '], sort: ' ', other: 'x' })).toEqual({});
    expect(() => readRawParameters(spec, http, { other: 'x' }, { rejectUnknown: true })).toThrow('search: parameter other: unknown parameter');
    expect(readRawParameters(spec, http, { other: 'x' }, { rejectUnknown: true, extra: ['other'] })).toEqual({});
    // Names of the other route or of the other caller are unknown here.
    expect(() => readRawParameters(spec, http, { format: 'csv' }, { rejectUnknown: true })).toThrow('search: parameter format: unknown parameter');
    expect(() => readRawParameters(spec, http, { limit: '5' }, { rejectUnknown: true })).toThrow('search: parameter limit: unknown parameter');
  });

  it.each<[Record<string, unknown>, string, string]>([
    [{ from: '1500' }, 'from', 'search: parameter from: must be a whole number from 1900 to 2200, got "1500"'],
    [{ from: '950' }, 'from', 'search: parameter from: must be a whole number from 1900 to 2200, got "950"'],
    [{ to: '2008.5' }, 'to', 'search: parameter to: must be a whole number from 1900 to 2200, got "2008.5"'],
    [{ from: '2010', to: '2008' }, 'from', 'search: parameter from: must not be after to (2010 > 2008)'],
    [{ provider: 'p'.repeat(150) }, 'provider', 'search: parameter provider: must be at most 100 characters, got 150'],
    [{ layer: 'dns,bogus' }, 'layer', 'got "bogus"'],
    [{ layer: Array.from({ length: 21 }, () => 'dns') }, 'layer', 'search: parameter layer: takes at most 20 values, got 21'],
    [{ sort: ['date', 'date'] }, 'sort', 'search: parameter sort: must be given once'],
    [{ q: ['a'] , page: ['1', '2'] }, 'page', 'search: parameter page: must be given once'],
    [{ q: { nested: 'x' } }, 'q', 'search: parameter q: must be text'],
    [{ page: '1001' }, 'page', 'search: parameter page: must be a whole number from 1 to 1000, got "1001"'],
    [{ page: '101', pageSize: '100' }, 'page', 'search: parameter page: 101 with pageSize 100 reaches past the first 10000 results; refine the query instead'],
    [{ q: 'q'.repeat(513) }, 'q', 'search: parameter q: must be at most 512 characters, got 513'],
  ])('refuses %j naming %s', (raw, parameter, message) => {
    const error = refusal(() => readRawParameters(spec, http, raw));
    expect(error.status).toBe(400);
    expect(error.parameter).toBe(parameter);
    expect(error.message).toContain(message);
  });

  it('names flags on the command line, and a renamed positional', () => {
    expect(refusal(() => readRawParameters(spec, cli, { '--limit': '0' })).message).toBe('search: --limit: must be a whole number from 1 to 100, got "0"');
    expect(refusal(() => readRawParameters(spec, cli, { '--page': '20', '--limit': '600' })).parameter).toBe('--limit');
    expect(refusal(() => readRawParameters(spec, cli, { '--page': '200', '--limit': '100' })).message).toBe(
      'search: --page: 200 with --limit 100 reaches past the first 10000 results; refine the query instead',
    );
    const positional: RequestReader = { ...cli, rename: { query: 'QUERY' } };
    expect(readRawParameters(spec, positional, { QUERY: ' gslb ' })).toEqual({ query: 'gslb' });
    expect(refusal(() => readRawParameters(spec, positional, { QUERY: 'x'.repeat(600) })).message).toBe('search: QUERY: must be at most 512 characters, got 600');
  });

  it('reads a boolean flag given bare, as a word, or as true', () => {
    const exportHttp: RequestReader = { component: 'export', route: 'export', naming: 'http' };
    expect(readRawParameters(spec, exportHttp, { format: 'csv', noText: '' })).toEqual({ format: 'csv', noText: true });
    expect(readRawParameters(spec, exportHttp, { format: 'csv', noText: 'No' })).toEqual({ format: 'csv', noText: false });
    expect(readRawParameters(spec, { ...exportHttp, naming: 'cli' }, { '--format': 'ris', '--no-text': true })).toEqual({ format: 'ris', noText: true });
    expect(() => readRawParameters(spec, exportHttp, { format: 'csv', noText: 'perhaps' })).toThrow('export: parameter noText: must be true or false, got "perhaps"');
    expect(() => readRawParameters(spec, exportHttp, {})).toThrow('export: parameter format: is required (one of: jsonl, csv, parquet, bibtex, csl-json, ris)');
  });
});

describe('checkRequestValues', () => {
  it('checks typed fields with the same declarations, naming the field', () => {
    expect(checkRequestValues(spec, fields, { format: 'csv', layers: ['DNS', 'dns'], from: 2008, to: null, ids: null, noText: false })).toEqual({
      format: 'csv',
      layers: ['dns'],
      from: 2008,
      noText: false,
    });
    expect(() => checkRequestValues(spec, fields, { format: 'csv', from: 1500 })).toThrow('export: from: must be a whole number from 1900 to 2200, got 1500');
    expect(() => checkRequestValues(spec, fields, { format: 'csv', providers: 'Acme' })).toThrow('export: providers: must be a list, got "Acme"');
    expect(() => checkRequestValues(spec, fields, { format: 'csv', providers: [' '] })).toThrow('export: providers: values must not be empty');
    expect(() => checkRequestValues(spec, fields, { format: 'csv', query: 7 })).toThrow('export: query: must be text, got 7');
  });
});

describe('searchRequestFromValues and the defaults', () => {
  it('fills the query, page and page size from the declarations', () => {
    expect(REQUEST_DEFAULTS).toEqual({ query: '', layerRole: 'origin', undated: false, sort: 'relevance', page: 1, pageSize: 10, noText: false });
    expect(searchRequestFromValues({})).toEqual({ query: '', page: 1, pageSize: 10 });
    expect(searchRequestFromValues({ query: 'x', layers: ['dns'], layerRole: 'any', causes: ['time'], certainty: ['reported'], providers: ['A'], from: 2000, to: 2001, sort: 'date', page: 3, pageSize: 5 })).toEqual({
      query: 'x',
      layers: ['dns'],
      layerRole: 'any',
      causes: ['time'],
      certainty: ['reported'],
      providers: ['A'],
      from: 2000,
      to: 2001,
      sort: 'date',
      page: 3,
      pageSize: 5,
    });
  });
});

describe('parameterName and asReaderError', () => {
  it('names a parameter as each caller writes it', () => {
    const pageSize = parameterOf(spec, 'pageSize');
    expect([parameterName(pageSize, http), parameterName(pageSize, cli), parameterName(pageSize, fields)]).toEqual(['pageSize', '--limit', 'pageSize']);
    expect(parameterName(parameterOf(spec, 'ids'), http)).toBeNull();
  });

  it('renames a 4xx raised past the edge on a field, message prefix included', () => {
    const unknownId = new FaultlineError('export: ids: unknown document id "x"', { status: 400, parameter: 'ids' });
    const renamed = asReaderError(unknownId, { naming: 'cli' }) as FaultlineError;
    expect([renamed.message, renamed.parameter, renamed.status, renamed.cause]).toEqual(['export: --id: unknown document id "x"', '--id', 400, unknownId]);
    const syntax = new FaultlineError('search: query syntax error at position 3', { status: 400, parameter: 'query' });
    expect(asReaderError(syntax, { naming: 'http' })).toMatchObject({ message: 'search: query syntax error at position 3', parameter: 'q' });
    const internal = new FaultlineError('search: broken', { status: 500, parameter: 'query' });
    expect(asReaderError(internal, { naming: 'http' })).toBe(internal);
    const other = new Error('x');
    expect(asReaderError(other, { naming: 'http' })).toBe(other);
  });
});
