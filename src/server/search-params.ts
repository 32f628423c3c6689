/**
 * Validation of search parameters (shared by `/api/search`, `/api/export` and the search page):
 * raw query-string values in, a `SearchRequest` out, or FaultlineError 400 naming the parameter.
 */
import { z } from 'zod';
import type { Certainty, SearchRequest } from '../model/index.js';
import { FaultlineError, LAYER_ROLE_FILTERS } from '../model/index.js';
import { CAUSE_LABELS, CERTAINTY_LEVELS, LAYER_LABELS } from '../model/taxonomy.js';
import { guardQuery } from './query-guard.js';
import type { ServerOptions } from './server-options.js';

/** The certainty values a `certainty` parameter accepts. */
export const CERTAINTIES: readonly Certainty[] = CERTAINTY_LEVELS;

/** Parameters taking one value. */
const SCALAR_PARAMS = ['q', 'layerRole', 'from', 'to', 'sort', 'page', 'pageSize'] as const;
/** Parameters taking several values (repeated or comma-separated). */
const LIST_PARAMS = ['layer', 'cause', 'certainty', 'provider'] as const;
/** Every search parameter name. */
export const SEARCH_PARAMS: readonly string[] = [...SCALAR_PARAMS, ...LIST_PARAMS];

/** A raw query-string object as Express's simple parser gives it. */
export type RawQuery = Record<string, unknown>;

/** Parses raw query values into a SearchRequest; `extra` lists further accepted parameter names (returned untouched). */
export type SearchParamsParser = (query: RawQuery, mode?: { rejectUnknown?: boolean; extra?: readonly string[] }) => SearchRequest;

function fail(parameter: string, message: string): never {
  throw new FaultlineError(`search: parameter ${parameter}: ${message}`, { status: 400, parameter });
}

function integer(min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** Builds the parser once per app (the zod schema is compiled once, not per request). */
export function createSearchParamsParser(options: ServerOptions): SearchParamsParser {
  const list = <T extends string>(values: readonly T[]) =>
    z.array(z.enum(values as [T, ...T[]])).max(options.maxListValues, `at most ${options.maxListValues} values`);
  const schema = z.object({
    q: z.string().optional(),
    layer: list(LAYER_LABELS).optional(),
    layerRole: z.enum(LAYER_ROLE_FILTERS).optional(),
    cause: list(CAUSE_LABELS).optional(),
    certainty: list(CERTAINTIES).optional(),
    provider: z
      .array(z.string().max(100, 'values must be at most 100 characters'))
      .max(options.maxListValues, `at most ${options.maxListValues} values`)
      .optional(),
    from: integer(1000, 9999).optional(),
    to: integer(1000, 9999).optional(),
    sort: z.enum(['relevance', 'date']).optional(),
    page: integer(1, options.maxPage).optional(),
    pageSize: integer(1, options.maxPageSize).optional(),
  });

  return (query, mode = {}) => {
    const normalized: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(query)) {
      const isScalar = (SCALAR_PARAMS as readonly string[]).includes(name);
      const isList = (LIST_PARAMS as readonly string[]).includes(name);
      if (!isScalar && !isList) {
        if (mode.rejectUnknown === true && mode.extra?.includes(name) !== true) fail(name, 'unknown parameter');
        continue;
      }
      const values = (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'string' ? v : fail(name, 'must be text')));
      if (isScalar) {
        if (values.length > 1) fail(name, 'must be given once');
        const one = values[0]!.trim();
        if (one !== '' || name === 'q') normalized[name] = one;
      } else {
        const items = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
        if (items.length > 0) normalized[name] = items;
      }
    }
    const parsed = schema.safeParse(normalized);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      fail(String(issue.path[0] ?? 'query'), issue.message);
    }
    const p = parsed.data;
    if (p.from !== undefined && p.to !== undefined && p.from > p.to) fail('from', `must not be after to (${p.from} > ${p.to})`);
    const request: SearchRequest = { query: guardQuery(p.q ?? '', options) };
    if (p.layer !== undefined) request.layers = p.layer;
    if (p.layerRole !== undefined) request.layerRole = p.layerRole;
    if (p.cause !== undefined) request.causes = p.cause;
    if (p.certainty !== undefined) request.certainty = p.certainty;
    if (p.provider !== undefined) request.providers = p.provider;
    if (p.from !== undefined) request.from = p.from;
    if (p.to !== undefined) request.to = p.to;
    if (p.sort !== undefined) request.sort = p.sort;
    request.page = p.page ?? 1;
    request.pageSize = p.pageSize ?? 10;
    return request;
  };
}
