/**
 * The options of every export (CLI `faultline export`, HTTP `/api/export`, library callers): the
 * format, the filters that pick documents, and `noText`, as the request declarations
 * (`src/model/search-request.ts`) define them. Defaults live in `DEFAULT_EXPORT_OPTIONS` (taken
 * from the declarations); `resolveExportOptions` checks a library caller's typed options, and
 * `parseExportOptions` reads raw strings (URL query values, command-line flags); both fill in
 * the defaults and throw a 400 `FaultlineError` naming the option as the caller wrote it.
 */
import type { CauseLabel, LayerLabel } from '../model/document.js';
import { FaultlineError } from '../model/diagnostic.js';
import type { DocumentFilters } from '../model/search.js';
import {
  checkRequestValues,
  readRawParameters,
  REQUEST_DEFAULTS,
  type ParameterNaming,
  type RawParameters,
} from '../model/read-request-parameters.js';
import { DEFAULT_SEARCH_REQUEST_LIMITS, searchRequestSpec, type ExportFormat, type RequestValues, type SearchRequestLimits } from '../model/search-request.js';

export { EXPORT_FORMATS, type ExportFormat } from '../model/search-request.js';

/** Options of an export. Only `format` is required; see `DEFAULT_EXPORT_OPTIONS` for the rest. */
export interface ExportOptions extends DocumentFilters {
  /** Output format. */
  format: ExportFormat;
  /** Keep documents carrying any of these layer labels (default: no layer filter). */
  layers?: LayerLabel[];
  /** Keep documents carrying any of these cause labels (default: no cause filter). */
  causes?: CauseLabel[];
  /** Earliest incident year, inclusive (default: null, no lower bound). */
  from?: number | null;
  /** Latest incident year, inclusive (default: null, no upper bound). */
  to?: number | null;
  /** Keep only documents whose incident year is unknown (default false). */
  undated?: boolean;
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
  layerRole: REQUEST_DEFAULTS.layerRole,
  causes: [],
  certainty: [],
  providers: [],
  triggers: [],
  detections: [],
  mitigations: [],
  from: null,
  to: null,
  undated: REQUEST_DEFAULTS.undated,
  query: REQUEST_DEFAULTS.query,
  ids: null,
  noText: REQUEST_DEFAULTS.noText,
});

/** Options made by this module (already checked, possibly with a server's wider limits): resolved again as they are. */
const resolved = new WeakSet<ResolvedExportOptions>();

/** Resolved options of checked values. */
function fromValues(values: RequestValues): ResolvedExportOptions {
  const options: ResolvedExportOptions = {
    format: values.format!,
    layers: values.layers ?? [],
    layerRole: values.layerRole ?? DEFAULT_EXPORT_OPTIONS.layerRole,
    causes: values.causes ?? [],
    certainty: values.certainty ?? [],
    providers: values.providers ?? [],
    triggers: values.triggers ?? [],
    detections: values.detections ?? [],
    mitigations: values.mitigations ?? [],
    from: values.from ?? null,
    to: values.to ?? null,
    undated: values.undated ?? DEFAULT_EXPORT_OPTIONS.undated,
    query: values.query ?? DEFAULT_EXPORT_OPTIONS.query,
    ids: values.ids ?? null,
    noText: values.noText ?? DEFAULT_EXPORT_OPTIONS.noText,
  };
  resolved.add(options);
  return options;
}

/** Checks a library caller's options and fills in the defaults; throws a 400 `FaultlineError` naming the bad field (`layers`, `noText`). */
export function resolveExportOptions(options: ExportOptions, limits: SearchRequestLimits = DEFAULT_SEARCH_REQUEST_LIMITS): ResolvedExportOptions {
  const given: unknown = options;
  if (typeof given !== 'object' || given === null) throw new FaultlineError('export: format: options are required', { status: 400, parameter: 'format' });
  if (resolved.has(options as ResolvedExportOptions)) return options as ResolvedExportOptions;
  return fromValues(checkRequestValues(searchRequestSpec(limits), { component: 'export', route: 'export', naming: 'field' }, options));
}

/**
 * Reads raw export options, keyed by URL parameter (`naming` http: `q`, `layerRole`, `noText`;
 * unknown names refused) or by command-line flag (`naming` cli: `--query`, `--layer-role`,
 * `--no-text`; unknown names ignored), into checked, defaulted options.
 */
export function parseExportOptions(raw: RawParameters, naming: Exclude<ParameterNaming, 'field'>, limits: SearchRequestLimits = DEFAULT_SEARCH_REQUEST_LIMITS): ResolvedExportOptions {
  const reader = { component: 'export', route: 'export', naming } as const;
  return fromValues(readRawParameters(searchRequestSpec(limits), reader, raw, { rejectUnknown: naming === 'http' }));
}
