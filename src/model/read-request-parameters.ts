/**
 * Reads request parameters by their declarations (`search-request.ts`): raw strings as a URL
 * query or a command line gives them, or the typed fields of a library caller's object, into
 * checked `RequestValues`. Every problem is a FaultlineError 400 naming the parameter as the
 * caller wrote it (`parameter layer`, `--layer`, `layers`) and the value; this is the only
 * user-facing validation of a search or export request.
 */
import { FaultlineError } from './diagnostic.js';
import {
  MAX_RESULT_WINDOW,
  routeParameters,
  searchRequestSpec,
  type ParameterSpec,
  type RequestField,
  type RequestRoute,
  type RequestValues,
} from './search-request.js';
import type { SearchRequest } from './search.js';

/** How a caller names parameters: URL names (`layerRole`), command-line flags (`--layer-role`) or object fields (`layerRole`). */
export type ParameterNaming = 'http' | 'cli' | 'field';

/** Who reads a request, for which route, naming parameters how. */
export interface RequestReader {
  /** The component messages start with (`search`, `export`). */
  readonly component: string;
  readonly route: RequestRoute;
  readonly naming: ParameterNaming;
  /** Names replacing a parameter's own (the search command's positional `QUERY`). */
  readonly rename?: Partial<Record<RequestField, string>>;
}

/** What to do with raw parameters that no declaration names. */
export interface RawReadMode {
  /** Refuse them (400 naming the parameter); by default they are ignored. */
  rejectUnknown?: boolean;
  /** Further names accepted and left to the caller. */
  extra?: readonly string[];
}

/** Raw parameters by name: a string, repeated strings, a boolean (a command-line flag) or undefined (absent). */
export type RawParameters = Readonly<Record<string, unknown>>;

/** The defaults of the scalars that have one, from the declarations. */
export const REQUEST_DEFAULTS: Readonly<{ query: string; layerRole: NonNullable<RequestValues['layerRole']>; undated: boolean; sort: NonNullable<RequestValues['sort']>; page: number; pageSize: number; noText: boolean }> =
  Object.freeze(Object.fromEntries(searchRequestSpec().flatMap((p) => (p.default === undefined ? [] : [[p.field, p.default]]))) as never);

/** The name of `param` as `reader` writes it (null when that caller cannot give it). */
export function parameterName(param: ParameterSpec, reader: Pick<RequestReader, 'naming' | 'rename'>): string | null {
  const renamed = reader.rename?.[param.field];
  if (renamed !== undefined) return renamed;
  if (reader.naming === 'field') return param.field;
  if (reader.naming === 'http') return param.http;
  return param.cli === null ? null : `--${param.cli}`;
}

/** The 400 naming a parameter (by `name`) and what is wrong with its value. */
function refusal(reader: RequestReader, name: string, problem: string): FaultlineError {
  const label = reader.naming === 'http' ? `parameter ${name}` : name;
  return new FaultlineError(`${reader.component}: ${label}: ${problem}`, { status: 400, parameter: name });
}

/** A value as messages show it: quoted and escaped, long text cut. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** One value checked against its declaration's type (raw strings are trimmed; labels are read case-insensitively). */
function readValue(param: ParameterSpec, value: unknown, fail: (problem: string) => never): string | number | boolean {
  const { type } = param;
  switch (type.kind) {
    case 'text': {
      if (typeof value !== 'string') return fail(`must be text, got ${shown(value)}`);
      const text = value.trim();
      if (text.length > type.maxLength) return fail(`must be at most ${type.maxLength} characters, got ${text.length}`);
      if (text === '' && param.list !== undefined) return fail('values must not be empty');
      return text;
    }
    case 'integer': {
      const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,15}\s*$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(number) || number < type.min || number > type.max) {
        return fail(`must be a whole number from ${type.min} to ${type.max}, got ${shown(value)}`);
      }
      return number;
    }
    case 'enum': {
      const label = typeof value === 'string' ? value.trim().toLowerCase() : null;
      if (label === null || !type.values.includes(label)) return fail(`must be one of ${type.values.join(', ')}, got ${shown(value)}`);
      return label;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const word = typeof value === 'string' ? value.trim().toLowerCase() : null;
      if (word !== null && ['true', '1', 'yes', ''].includes(word)) return true;
      if (word !== null && ['false', '0', 'no'].includes(word)) return false;
      return fail(`must be true or false, got ${shown(value)}`);
    }
  }
}

/** Reads a caller's parameters into values: one declaration at a time, then the rules between them. */
class ValuesBuilder {
  readonly values: Record<string, unknown> = {};

  constructor(
    private readonly reader: RequestReader,
    private readonly params: readonly ParameterSpec[],
  ) {}

  name(param: ParameterSpec): string {
    return parameterName(param, this.reader) ?? param.field;
  }

  fail(param: ParameterSpec, problem: string): never {
    throw refusal(this.reader, this.name(param), problem);
  }

  /** Sets a list from its items (already split and without empty ones), deduplicated in order. */
  setList(param: ParameterSpec, items: readonly unknown[]): void {
    const list = param.list!;
    if (items.length > list.maxValues) this.fail(param, `takes at most ${list.maxValues} values, got ${items.length}`);
    const read = [...new Set(items.map((item) => readValue(param, item, (problem) => this.fail(param, problem))))];
    if (read.length > 0) this.values[param.field] = read;
  }

  setScalar(param: ParameterSpec, value: unknown): void {
    this.values[param.field] = readValue(param, value, (problem) => this.fail(param, problem));
  }

  /** The rules between parameters: required ones, `from` not after `to`, paging within the result window. */
  finish(): RequestValues {
    const values = this.values as RequestValues;
    for (const param of this.params) {
      if (param.required === true && values[param.field] === undefined) {
        const choices = param.type.kind === 'enum' ? ` (one of: ${param.type.values.join(', ')})` : '';
        this.fail(param, `is required${choices}`);
      }
    }
    const from = this.params.find((p) => p.field === 'from');
    const to = this.params.find((p) => p.field === 'to');
    if (from !== undefined && to !== undefined && values.from !== undefined && values.to !== undefined && values.from > values.to) {
      this.fail(from, `must not be after ${this.name(to)} (${values.from} > ${values.to})`);
    }
    const page = this.params.find((p) => p.field === 'page');
    const pageSize = this.params.find((p) => p.field === 'pageSize');
    if (page !== undefined && pageSize !== undefined) {
      const [n, size] = [values.page ?? REQUEST_DEFAULTS.page, values.pageSize ?? REQUEST_DEFAULTS.pageSize];
      if (n * size > MAX_RESULT_WINDOW) {
        this.fail(page, `${n} with ${this.name(pageSize)} ${size} reaches past the first ${MAX_RESULT_WINDOW} results; refine the query instead`);
      }
    }
    return values;
  }
}

/** The parameters `reader` can give, by their name. */
function namedParameters(spec: readonly ParameterSpec[], reader: RequestReader): Map<string, ParameterSpec> {
  const named = new Map<string, ParameterSpec>();
  for (const param of routeParameters(spec, reader.route)) {
    const name = parameterName(param, reader);
    if (name !== null) named.set(name, param);
  }
  return named;
}

/**
 * Reads raw parameters (a URL query as Express's simple parser gives it, or command-line option
 * values by flag): a scalar given once (empty: absent), a list repeated and, for labels, split at
 * commas (empty values ignored). Throws FaultlineError 400 naming the parameter.
 */
export function readRawParameters(spec: readonly ParameterSpec[], reader: RequestReader, raw: RawParameters, mode: RawReadMode = {}): RequestValues {
  const named = namedParameters(spec, reader);
  const builder = new ValuesBuilder(reader, [...named.values()]);
  for (const [name, value] of Object.entries(raw)) {
    const param = named.get(name);
    if (param === undefined) {
      if (mode.rejectUnknown === true && mode.extra?.includes(name) !== true) throw refusal(reader, name, 'unknown parameter');
      continue;
    }
    if (value === undefined) continue;
    const given = Array.isArray(value) ? (value as unknown[]) : [value];
    for (const one of given) {
      if (typeof one !== 'string' && !(typeof one === 'boolean' && param.type.kind === 'boolean')) builder.fail(param, 'must be text');
    }
    if (param.list !== undefined) {
      const items = (given as string[]).flatMap((v) => (param.list!.commas ? v.split(',') : [v])).map((v) => v.trim()).filter((v) => v !== '');
      builder.setList(param, items);
      continue;
    }
    if (given.length > 1) builder.fail(param, 'must be given once');
    const one = given[0];
    if (one === undefined || (typeof one === 'string' && one.trim() === '' && param.type.kind !== 'boolean')) continue;
    builder.setScalar(param, one);
  }
  return builder.finish();
}

/**
 * Checks the typed fields of a library caller's object (an `ExportOptions`, a `SearchRequest`):
 * undefined and null are absent, a list must be an array. Throws FaultlineError 400 naming the field.
 */
export function checkRequestValues(spec: readonly ParameterSpec[], reader: RequestReader, values: object): RequestValues {
  const params = routeParameters(spec, reader.route);
  const builder = new ValuesBuilder(reader, params);
  const fields = values as Partial<Record<RequestField, unknown>>;
  for (const param of params) {
    if (!Object.hasOwn(fields, param.field)) continue;
    const value = fields[param.field];
    if (value === undefined || value === null) continue;
    if (param.list === undefined) builder.setScalar(param, value);
    else if (!Array.isArray(value)) builder.fail(param, `must be a list, got ${shown(value)}`);
    else builder.setList(param, value);
  }
  return builder.finish();
}

/** The search request of checked values, with the page and page size the response will state. */
export function searchRequestFromValues(values: RequestValues): SearchRequest {
  const request: SearchRequest = { query: values.query ?? REQUEST_DEFAULTS.query };
  if (values.layers !== undefined) request.layers = values.layers;
  if (values.layerRole !== undefined) request.layerRole = values.layerRole;
  if (values.causes !== undefined) request.causes = values.causes;
  if (values.certainty !== undefined) request.certainty = values.certainty;
  if (values.providers !== undefined) request.providers = values.providers;
  if (values.triggers !== undefined) request.triggers = values.triggers;
  if (values.detections !== undefined) request.detections = values.detections;
  if (values.mitigations !== undefined) request.mitigations = values.mitigations;
  if (values.from !== undefined) request.from = values.from;
  if (values.to !== undefined) request.to = values.to;
  if (values.undated === true) request.undated = true;
  if (values.sort !== undefined) request.sort = values.sort;
  request.page = values.page ?? REQUEST_DEFAULTS.page;
  request.pageSize = values.pageSize ?? REQUEST_DEFAULTS.pageSize;
  return request;
}

/**
 * A FaultlineError 4xx raised past the edge on a request field (a query syntax error on `query`,
 * an unknown document id in `ids`) named as `reader` names that parameter (`q`, `--id`), its
 * message's `component: field:` prefix too; anything else is returned as it is.
 */
export function asReaderError(error: unknown, reader: Pick<RequestReader, 'naming' | 'rename'>, spec: readonly ParameterSpec[] = searchRequestSpec()): unknown {
  if (!(error instanceof FaultlineError) || error.status >= 500 || error.parameter === undefined) return error;
  const param = spec.find((p) => p.field === error.parameter);
  const name = param === undefined ? null : parameterName(param, reader);
  if (name === null || name === error.parameter) return error;
  const label = reader.naming === 'http' ? `parameter ${name}` : name;
  const message = error.message.replace(/^(\w+): (\w+):/, (whole, component: string, field: string) => (field === error.parameter ? `${component}: ${label}:` : whole));
  return new FaultlineError(message, { status: error.status, parameter: name, cause: error });
}
