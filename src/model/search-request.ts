/**
 * The search request, declared once: every parameter of a search (`/api/search`, the search
 * page, `faultline search`) and of an export (`/api/export`, `faultline export`) as data — its
 * field in `SearchRequest`/`ExportOptions`, its name in a URL and on the command line, its type,
 * bounds, list semantics, default and documentation. The HTTP parsers, the command-line options,
 * the export options and the OpenAPI parameters are all derived from `searchRequestSpec` (read
 * with `read-request-parameters.ts`), so they cannot disagree.
 *
 * Lists are given by repeating the parameter (`layer=dns&layer=cdn`, `--provider A --provider B`);
 * label lists also take comma-separated values (`layer=dns,cdn`), provider names never (they may
 * contain commas: "Acme, Inc.").
 */
import { DEFAULT_LAYER_ROLE_FILTER, LAYER_ROLE_FILTERS } from './layer-role-filter.js';
import { DETECTION_METHODS, MITIGATION_STEPS, TRIGGER_KINDS } from './outline.js';
import { CAUSE_LABELS, CERTAINTY_LEVELS, LAYER_LABELS, type CauseLabel, type LayerLabel } from './taxonomy.js';
import type { DocumentFilters } from './search.js';

/** The routes a parameter belongs to: a search (paged hits with facets) or an export (every match, as a file). */
export type RequestRoute = 'search' | 'export';

/** The export formats: data tables (`jsonl`, `csv`, `parquet`) or citations (`bibtex`, `csl-json`, `ris`). */
export const EXPORT_FORMATS = Object.freeze(['jsonl', 'csv', 'parquet', 'bibtex', 'csl-json', 'ris'] as const);

/** An export format. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The orders of search hits, the default first. */
export const SEARCH_SORTS = Object.freeze(['relevance', 'date'] as const);

/** An order of search hits: by score, or by date (newest first). */
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Earliest and latest years accepted by `from`/`to`. */
export const YEAR_RANGE = Object.freeze({ min: 1900, max: 2200 });

/** Longest provider name accepted, in characters. */
export const MAX_PROVIDER_LENGTH = 100;

/** Longest document id accepted by an export's id list, in characters. */
export const MAX_DOCUMENT_ID_LENGTH = 200;

/** Most document ids one export may name. */
export const MAX_EXPORT_IDS = 10_000;

/** Deepest result reachable by paging: `page * pageSize` may not exceed it. */
export const MAX_RESULT_WINDOW = 10_000;

/** The bounds a server may tune (`ServerOptions` carries the same names). */
export interface SearchRequestLimits {
  /** Longest query, in characters. */
  maxQueryLength: number;
  /** Highest page number. */
  maxPage: number;
  /** Largest page size. */
  maxPageSize: number;
  /** Most values in one filter list (layer, cause, certainty, provider, trigger, detection, mitigation). */
  maxListValues: number;
}

/** The bounds of every request made outside a server (the command line, library exports), and the server's defaults. */
export const DEFAULT_SEARCH_REQUEST_LIMITS: Readonly<SearchRequestLimits> = Object.freeze({
  maxQueryLength: 512,
  maxPage: 1000,
  maxPageSize: 100,
  maxListValues: 20,
});

/** The typed values of a request: the fields `SearchRequest` and `ExportOptions` share, and each one's own. */
export interface RequestValues extends DocumentFilters {
  query?: string;
  layers?: LayerLabel[];
  causes?: CauseLabel[];
  from?: number;
  to?: number;
  undated?: boolean;
  sort?: SearchSort;
  page?: number;
  pageSize?: number;
  format?: ExportFormat;
  ids?: string[];
  noText?: boolean;
}

/** A field of a request. */
export type RequestField = keyof RequestValues;

/** How a list parameter takes several values. */
export interface ListSemantics {
  /** True when one value may also hold several, separated by commas (labels); false when only repeating adds one (names). */
  readonly commas: boolean;
  /** Most values. */
  readonly maxValues: number;
}

/** What values a parameter takes. */
export type ParameterType =
  | { readonly kind: 'text'; readonly maxLength: number }
  | { readonly kind: 'integer'; readonly min: number; readonly max: number }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'boolean' };

/** One parameter of a request, declared once. */
export interface ParameterSpec {
  /** Its field in `SearchRequest` / `ExportOptions` (and in `RequestValues`). */
  readonly field: RequestField;
  /** Its name in a URL query (`/api/search`, `/api/export`, the search page); null when not taken over HTTP. */
  readonly http: string | null;
  /** Its command-line flag without the dashes (`layer-role` for `--layer-role`); null when not on the command line. */
  readonly cli: string | null;
  /** The placeholder of its value in command-line help (`<label>`). */
  readonly metavar: string;
  readonly type: ParameterType;
  /** Absent for a scalar (given at most once); else how it takes several values (any of them matches). */
  readonly list?: ListSemantics;
  /** The value when it is not given (scalars only; an absent list filters nothing). */
  readonly default?: string | number | boolean;
  /** True when a request must give it. */
  readonly required?: boolean;
  /** The routes that take it. */
  readonly routes: readonly RequestRoute[];
  /** What it does (one or two sentences; the bounds and values are added from the type). */
  readonly doc: string;
}

const BOTH: readonly RequestRoute[] = Object.freeze(['search', 'export']);
const SEARCH: readonly RequestRoute[] = Object.freeze(['search']);
const EXPORT: readonly RequestRoute[] = Object.freeze(['export']);

/** Every parameter with the given limits, in the order the OpenAPI document and the help list them. */
export function searchRequestSpec(limits: SearchRequestLimits = DEFAULT_SEARCH_REQUEST_LIMITS): readonly ParameterSpec[] {
  const labels = (values: readonly string[]): ParameterType => ({ kind: 'enum', values });
  const labelList: ListSemantics = { commas: true, maxValues: limits.maxListValues };
  const year: ParameterType = { kind: 'integer', min: YEAR_RANGE.min, max: YEAR_RANGE.max };
  return Object.freeze([
    {
      field: 'format',
      http: 'format',
      cli: 'format',
      metavar: 'format',
      type: labels(EXPORT_FORMATS),
      required: true,
      routes: EXPORT,
      doc: 'Output format: data tables (jsonl, csv, parquet) or citations (bibtex, csl-json, ris).',
    },
    {
      field: 'query',
      http: 'q',
      cli: 'query',
      metavar: 'query',
      type: { kind: 'text', maxLength: limits.maxQueryLength },
      default: '',
      routes: BOTH,
      doc: 'Full-text query: plain words or lunr syntax (`field:term`, `+must`, `-not`, `wild*`, `fuzzy~1`); empty matches every document.',
    },
    {
      field: 'layers',
      http: 'layer',
      cli: 'layer',
      metavar: 'label',
      type: labels(LAYER_LABELS),
      list: labelList,
      routes: BOTH,
      doc: 'Keep documents with any of these failure layers (of the role `layerRole` names).',
    },
    {
      field: 'layerRole',
      http: 'layerRole',
      cli: 'layer-role',
      metavar: 'role',
      type: labels(LAYER_ROLE_FILTERS),
      default: DEFAULT_LAYER_ROLE_FILTER,
      routes: BOTH,
      doc: 'Which layers the layer filter and the layer facet read: origin (where it broke), impacted (failed as a consequence) or any (both).',
    },
    {
      field: 'causes',
      http: 'cause',
      cli: 'cause',
      metavar: 'label',
      type: labels(CAUSE_LABELS),
      list: labelList,
      routes: BOTH,
      doc: 'Keep documents with any of these root-cause classes.',
    },
    {
      field: 'certainty',
      http: 'certainty',
      cli: 'certainty',
      metavar: 'level',
      type: labels(CERTAINTY_LEVELS),
      list: labelList,
      routes: BOTH,
      doc: 'Keep documents with a layer or cause tag stated this firmly (with a layer or cause filter: a tag it keeps).',
    },
    {
      field: 'providers',
      http: 'provider',
      cli: 'provider',
      metavar: 'name',
      type: { kind: 'text', maxLength: MAX_PROVIDER_LENGTH },
      list: { commas: false, maxValues: limits.maxListValues },
      routes: BOTH,
      doc: 'Keep documents about any of these providers (case-insensitive); repeat it for several, as names may contain commas.',
    },
    {
      field: 'triggers',
      http: 'trigger',
      cli: 'trigger',
      metavar: 'kind',
      type: labels(TRIGGER_KINDS),
      list: labelList,
      routes: BOTH,
      doc: 'Keep documents whose outline states any of these triggers (what set the incident off; none-stated: the report does not say).',
    },
    {
      field: 'detections',
      http: 'detection',
      cli: 'detection',
      metavar: 'method',
      type: labels(DETECTION_METHODS),
      list: labelList,
      routes: BOTH,
      doc: 'Keep documents whose outline states any of these detection methods (how it was first noticed; not-stated: the report does not say).',
    },
    {
      field: 'mitigations',
      http: 'mitigation',
      cli: 'mitigation',
      metavar: 'step',
      type: labels(MITIGATION_STEPS),
      list: labelList,
      routes: BOTH,
      doc: 'Keep documents whose outline states any of these mitigation steps (how service was restored).',
    },
    { field: 'from', http: 'from', cli: 'from', metavar: 'year', type: year, routes: BOTH, doc: 'Earliest incident year, inclusive.' },
    { field: 'to', http: 'to', cli: 'to', metavar: 'year', type: year, routes: BOTH, doc: 'Latest incident year, inclusive; not before `from`.' },
    {
      field: 'undated',
      http: 'undated',
      cli: 'undated',
      metavar: '',
      type: { kind: 'boolean' },
      default: false,
      routes: BOTH,
      doc: 'Keep only documents whose incident year is unknown (the year facet counts them as `unknown`).',
    },
    {
      field: 'sort',
      http: 'sort',
      cli: 'sort',
      metavar: 'order',
      type: labels(SEARCH_SORTS),
      default: 'relevance',
      routes: SEARCH,
      doc: 'Order of hits: relevance (score) or date (newest first).',
    },
    {
      field: 'page',
      http: 'page',
      cli: 'page',
      metavar: 'n',
      type: { kind: 'integer', min: 1, max: limits.maxPage },
      default: 1,
      routes: SEARCH,
      doc: `1-based page number; page × page size may not pass the first ${MAX_RESULT_WINDOW} results.`,
    },
    {
      field: 'pageSize',
      http: 'pageSize',
      cli: 'limit',
      metavar: 'n',
      type: { kind: 'integer', min: 1, max: limits.maxPageSize },
      default: 10,
      routes: SEARCH,
      doc: 'Hits per page.',
    },
    {
      field: 'ids',
      http: null,
      cli: 'id',
      metavar: 'id',
      type: { kind: 'text', maxLength: MAX_DOCUMENT_ID_LENGTH },
      list: { commas: true, maxValues: MAX_EXPORT_IDS },
      routes: EXPORT,
      doc: 'Export only these document ids (of those passing the filters).',
    },
    {
      field: 'noText',
      http: 'noText',
      cli: 'no-text',
      metavar: '',
      type: { kind: 'boolean' },
      default: false,
      routes: EXPORT,
      doc: 'Leave out full article and comment texts (keeps summaries, evidence and links).',
    },
  ] satisfies ParameterSpec[]);
}

/** The parameters of one route, in declaration order. */
export function routeParameters(spec: readonly ParameterSpec[], route: RequestRoute): ParameterSpec[] {
  return spec.filter((p) => p.routes.includes(route));
}

/** The declaration of `field` (every field is declared). */
export function parameterOf(spec: readonly ParameterSpec[], field: RequestField): ParameterSpec {
  const found = spec.find((p) => p.field === field);
  if (found === undefined) throw new Error(`search-request: no parameter declares field ${field}`);
  return found;
}
