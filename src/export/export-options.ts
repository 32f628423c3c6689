/**
 * The options of every export (CLI `faultline export`, HTTP `/api/export`): the format, the
 * filters that pick documents, and `noText`. Defaults live in `DEFAULT_EXPORT_OPTIONS` only;
 * `resolveExportOptions` checks a caller's options and fills in the defaults, and
 * `parseExportOptions` does the same for string input (command-line flags, URL query values).
 */
import type { CauseLabel, Certainty, LayerLabel } from '../model/document.js';
import { FaultlineError } from '../model/diagnostic.js';
import { LAYER_ROLE_FILTERS, type LayerRoleFilter } from '../model/layer-role-filter.js';
import { YEAR_RANGE } from '../search/validate-request.js';
import { EXPORT_CAUSE_LABELS, EXPORT_CERTAINTY_LEVELS, EXPORT_LAYER_LABELS } from './taxonomy-source.js';

/** The export formats. */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'parquet', 'bibtex', 'csl-json', 'ris'] as const;

/** An export format: data tables (`jsonl`, `csv`, `parquet`) or citations (`bibtex`, `csl-json`, `ris`). */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Options of an export. Only `format` is required; see `DEFAULT_EXPORT_OPTIONS` for the rest. */
export interface ExportOptions {
  /** Output format. */
  format: ExportFormat;
  /** Keep documents carrying any of these layer labels (default: no layer filter). */
  layers?: LayerLabel[];
  /** Which layers `layers` reads: origin (default), impacted, or any (both). */
  layerRole?: LayerRoleFilter;
  /** Keep documents carrying any of these cause labels (default: no cause filter). */
  causes?: CauseLabel[];
  /** Keep documents with a layer or cause tag of any of these certainties (default: any). */
  certainty?: Certainty[];
  /** Keep documents whose providers include any of these, case-insensitive (default: any). */
  providers?: string[];
  /** Earliest incident year, inclusive (default: null, no lower bound). */
  from?: number | null;
  /** Latest incident year, inclusive (default: null, no upper bound). */
  to?: number | null;
  /** Full-text query in the search syntax; '' keeps every document (default ''). */
  query?: string;
  /** Export only these document ids (default: null, every document passing the filters). */
  ids?: string[] | null;
  /** Drop full article text and comment texts; keep summaries, evidence and links (default false). */
  noText?: boolean;
}

/** Export options with every default filled in. */
export type ResolvedExportOptions = Required<ExportOptions>;

/** The defaults of every optional export option, in one place. */
export const DEFAULT_EXPORT_OPTIONS: Readonly<Omit<ResolvedExportOptions, 'format'>> = Object.freeze({
  layers: [],
  layerRole: 'origin',
  causes: [],
  certainty: [],
  providers: [],
  from: null,
  to: null,
  query: '',
  ids: null,
  noText: false,
});

/** Longest query accepted (characters). */
export const MAX_EXPORT_QUERY_LENGTH = 1000;

/** Throws a 400 `FaultlineError` naming the export option and the bad value. */
function invalid(option: string, message: string): never {
  throw new FaultlineError(`export: ${option}: ${message}`, { status: 400, parameter: option });
}

/** Checks that every value is one of `allowed`, naming the option otherwise. */
function checkLabels<T extends string>(option: string, values: unknown, allowed: readonly T[]): T[] {
  if (!Array.isArray(values)) invalid(option, `expected a list, got ${JSON.stringify(values)}`);
  for (const value of values) {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      invalid(option, `unknown value "${String(value)}" (expected one of: ${allowed.join(', ')})`);
    }
  }
  return [...new Set(values as T[])];
}

/** Checks the layer-role option: one of `LAYER_ROLE_FILTERS`. */
function checkLayerRole(value: unknown): LayerRoleFilter {
  if (typeof value !== 'string' || !(LAYER_ROLE_FILTERS as readonly string[]).includes(value)) {
    invalid('layer-role', `unknown value "${String(value)}" (expected one of: ${LAYER_ROLE_FILTERS.join(', ')})`);
  }
  return value as LayerRoleFilter;
}

/** Checks a year option: a whole number in the search's `YEAR_RANGE`, or null. */
function checkYear(option: string, value: unknown): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < YEAR_RANGE.min || value > YEAR_RANGE.max) {
    invalid(option, `expected a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Checks options and fills in the defaults; throws a 400 `FaultlineError` naming the bad option. */
export function resolveExportOptions(options: ExportOptions): ResolvedExportOptions {
  if (typeof options !== 'object' || options === null) invalid('format', 'options are required');
  if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    invalid('format', `unknown format "${String(options.format)}" (expected one of: ${EXPORT_FORMATS.join(', ')})`);
  }
  const merged = { ...DEFAULT_EXPORT_OPTIONS, ...stripUndefined(options) } as ResolvedExportOptions;
  const providers = merged.providers;
  if (!Array.isArray(providers) || providers.some((p) => typeof p !== 'string' || p.trim() === '' || p.length > 200)) {
    invalid('provider', `expected non-empty provider names, got ${JSON.stringify(providers)}`);
  }
  if (typeof merged.query !== 'string') invalid('query', `expected a string, got ${JSON.stringify(merged.query)}`);
  if (merged.query.length > MAX_EXPORT_QUERY_LENGTH) invalid('query', `longer than ${MAX_EXPORT_QUERY_LENGTH} characters`);
  if (merged.ids !== null && (!Array.isArray(merged.ids) || merged.ids.some((id) => typeof id !== 'string'))) {
    invalid('ids', `expected a list of document ids, got ${JSON.stringify(merged.ids)}`);
  }
  if (typeof merged.noText !== 'boolean') invalid('no-text', `expected true or false, got ${JSON.stringify(merged.noText)}`);
  const from = checkYear('from', merged.from);
  const to = checkYear('to', merged.to);
  if (from !== null && to !== null && from > to) invalid('from', `${from} is after --to ${to}`);
  return {
    format: merged.format,
    layers: checkLabels('layer', merged.layers, EXPORT_LAYER_LABELS),
    layerRole: checkLayerRole(merged.layerRole),
    causes: checkLabels('cause', merged.causes, EXPORT_CAUSE_LABELS),
    certainty: checkLabels('certainty', merged.certainty, EXPORT_CERTAINTY_LEVELS),
    providers: [...new Set(providers.map((p) => p.trim()))],
    from,
    to,
    query: merged.query.trim(),
    ids: merged.ids === null ? null : [...new Set(merged.ids)],
    noText: merged.noText,
  };
}

/** Removes keys whose value is undefined (so they fall back to the defaults). */
function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Export options as strings, the way a command line or a URL query gives them. A list option
 * takes repeated values and/or comma-separated values (`--layer dns,cdn --layer network`),
 * except `provider`, whose names may contain commas ("Acme, Inc."): repeat it instead.
 */
export interface RawExportOptions {
  format?: string;
  layer?: string | string[];
  /** `origin`, `impacted` or `any` (empty: the default, origin). */
  layerRole?: string;
  cause?: string | string[];
  certainty?: string | string[];
  provider?: string | string[];
  from?: string;
  to?: string;
  query?: string;
  ids?: string | string[];
  /** `true`/`1`/`yes` or `false`/`0`/`no` (a boolean is taken as is). */
  noText?: string | boolean;
}

/** Splits repeated (and, unless `commas` is false, comma-separated) values into a trimmed, non-empty list. */
export function splitListOption(value: string | string[] | undefined, commas = true): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => (commas ? String(v).split(',') : [String(v)]))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** Parses a year given as a string, naming the option when it is not a whole number. */
function parseYear(option: string, value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  if (!/^\d{4}$/.test(value.trim())) invalid(option, `expected a four-digit year, got "${value}"`);
  return Number(value.trim());
}

/** Parses a boolean flag given as a string. */
function parseFlag(option: string, value: string | boolean | undefined): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  const lower = value.trim().toLowerCase();
  if (['true', '1', 'yes', ''].includes(lower)) return true;
  if (['false', '0', 'no'].includes(lower)) return false;
  return invalid(option, `expected true or false, got "${value}"`);
}

/** Parses string options (CLI flags, URL query) into checked, defaulted export options. */
export function parseExportOptions(raw: RawExportOptions): ResolvedExportOptions {
  if (raw.format === undefined || raw.format.trim() === '') invalid('format', `required (one of: ${EXPORT_FORMATS.join(', ')})`);
  const ids = splitListOption(raw.ids);
  return resolveExportOptions({
    format: raw.format.trim().toLowerCase() as ExportFormat,
    layers: splitListOption(raw.layer).map((v) => v.toLowerCase()) as LayerLabel[],
    layerRole: raw.layerRole === undefined || raw.layerRole.trim() === '' ? undefined : (raw.layerRole.trim().toLowerCase() as LayerRoleFilter),
    causes: splitListOption(raw.cause).map((v) => v.toLowerCase()) as CauseLabel[],
    certainty: splitListOption(raw.certainty).map((v) => v.toLowerCase()) as Certainty[],
    providers: splitListOption(raw.provider, false),
    from: parseYear('from', raw.from),
    to: parseYear('to', raw.to),
    query: raw.query ?? '',
    ids: ids.length > 0 ? ids : null,
    noText: parseFlag('no-text', raw.noText),
  });
}
