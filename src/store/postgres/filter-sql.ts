/**
 * The SQL of a search's filters and facets over the `documents` table (issue 17), read the way the
 * in-memory engine reads them (`passesFilters` and `FacetCounter` in `src/search/`): a layer
 * filter reads the layers of the layer role, a certainty filter applies to the tags the layer and
 * cause filters keep (to any tag without them), the outline filters read the document's outline,
 * years are the incident date's. Values are always bound parameters.
 */
import type { LayerRoleFilter } from '../../model/layer-role-filter.js';
import type { RowFilters } from '../../search/document-table.js';

/** Bound parameters of a statement being built; `add` returns the placeholder of a value. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** The placeholder (`$n`) of `value`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Every `label:certainty` pair of the labels and certainties. */
function pairs(labels: ReadonlySet<string>, certainties: Iterable<string>): string[] {
  const out: string[] = [];
  for (const label of labels) for (const certainty of certainties) out.push(`${label}:${certainty}`);
  return out;
}

/** The condition "some layer of `role` has a label in `labels` and a certainty in `certainties` (any when null)". */
function layerCondition(role: LayerRoleFilter, labels: ReadonlySet<string>, certainties: Iterable<string> | null, params: SqlParams): string {
  const one = (prefix: 'origin' | 'impacted'): string =>
    certainties === null
      ? `${prefix}_layers && ${params.add([...labels])}::text[]`
      : `${prefix}_layer_certainty && ${params.add(pairs(labels, certainties))}::text[]`;
  if (role === 'origin') return one('origin');
  if (role === 'impacted') return one('impacted');
  return `(${one('origin')} OR ${one('impacted')})`;
}

/** The condition of the cause filter. */
function causeCondition(causes: ReadonlySet<string>, certainties: Iterable<string> | null, params: SqlParams): string {
  if (certainties === null) return `causes && ${params.add([...causes])}::text[]`;
  return `cause_certainty && ${params.add(pairs(causes, certainties))}::text[]`;
}

/** The conditions of `filters` (ANDed; empty when none filters). */
export function filterConditions(f: RowFilters, params: SqlParams): string[] {
  const out: string[] = [];
  if (f.layers !== null) out.push(layerCondition(f.layerRole, f.layers, f.certainty, params));
  if (f.causes !== null) out.push(causeCondition(f.causes, f.certainty, params));
  if (f.certainty !== null && f.layers === null && f.causes === null) out.push(`certainties && ${params.add([...f.certainty])}::text[]`);
  if (f.providers !== null) out.push(`provider_keys && ${params.add([...f.providers])}::text[]`);
  if (f.triggers !== null) out.push(`trigger = ANY(${params.add([...f.triggers])}::text[])`);
  if (f.detections !== null) out.push(`detection = ANY(${params.add([...f.detections])}::text[])`);
  if (f.mitigations !== null) out.push(`mitigations && ${params.add([...f.mitigations])}::text[]`);
  if (f.from !== null) out.push(`year >= ${params.add(f.from)}`);
  if (f.to !== null) out.push(`year <= ${params.add(f.to)}`);
  if (f.undated) out.push('year IS NULL');
  return out;
}

/** The condition under which `certainty=<level>` added to the filters keeps a row (the certainty facet's count of `level`). */
function keepsLevel(f: RowFilters, level: string, params: SqlParams): string {
  if (f.layers === null && f.causes === null) return `${params.add(level)} = ANY(certainties)`;
  const parts: string[] = [];
  if (f.layers !== null) parts.push(layerCondition(f.layerRole, f.layers, [level], params));
  if (f.causes !== null) parts.push(causeCondition(f.causes, [level], params));
  return parts.join(' AND ');
}

/** The columns of `documents` the facets read. */
export const FACET_COLUMNS =
  'origin_layers, impacted_layers, any_layers, causes, origin_layer_certainty, impacted_layer_certainty, cause_certainty, certainties, providers, year, trigger, detection, mitigations';

/** The column of the layer facet of a layer role. */
const LAYER_FACET_COLUMN: Readonly<Record<LayerRoleFilter, string>> = Object.freeze({ origin: 'origin_layers', impacted: 'impacted_layers', any: 'any_layers' });

/**
 * The facet rows (`facet`, `value`, `n`) of the rows of the relation `m`, and one `total` row:
 * each facet as the in-memory `FacetCounter` counts it (values of each document counted once).
 */
export function facetQuery(f: RowFilters, certaintyLevels: readonly string[], params: SqlParams): string {
  const certainty = certaintyLevels.map((level) => `SELECT 'certainty', ${params.add(level)}::text, count(*) FILTER (WHERE ${keepsLevel(f, level, params)}) FROM m`);
  return [
    `SELECT 'total' AS facet, '' AS value, count(*) AS n FROM m`,
    `SELECT 'layer', v, count(*) FROM m, unnest(m.${LAYER_FACET_COLUMN[f.layerRole]}) v GROUP BY v`,
    `SELECT 'cause', v, count(*) FROM m, unnest(m.causes) v GROUP BY v`,
    ...certainty,
    `SELECT 'provider', v, count(*) FROM m, unnest(m.providers) v GROUP BY v`,
    `SELECT 'year', coalesce(m.year::text, 'unknown'), count(*) FROM m GROUP BY 2`,
    `SELECT 'trigger', m.trigger, count(*) FROM m WHERE m.trigger IS NOT NULL GROUP BY 2`,
    `SELECT 'detection', m.detection, count(*) FROM m WHERE m.detection IS NOT NULL GROUP BY 2`,
    `SELECT 'mitigation', v, count(*) FROM m, unnest(m.mitigations) v GROUP BY v`,
  ].join('\nUNION ALL ');
}
