/**
 * Facet counts over the matched documents after every filter (each facet includes its own
 * filter, so every count is the size of the result set that adding that value would give within
 * the current results). Layer, cause and provider facets count a document once per value;
 * the certainty facet counts a document once per certainty of the tags a certainty filter reads
 * there (any tag; with a layer or cause filter, the tags that filter keeps); the year facet counts each
 * document once (`unknown` for undated ones), so it sums to the total.
 * The layer facet counts the layers of the search's layer role (origin by default; `any` counts a
 * label once per document whether it is an origin or an impacted layer there). The trigger,
 * detection and mitigation facets count what each document's outline states (one trigger and one
 * detection method per document, each mitigation step once; documents without an outline are not
 * counted there).
 */
import { DEFAULT_LAYER_ROLE_FILTER, type LayerRoleFilter } from '../model/layer-role-filter.js';
import { CERTAINTY_LEVELS } from '../model/taxonomy.js';
import type { FacetCounts } from '../model/search.js';
import type { LabelBadge } from '../model/search.js';
import type { DocumentRow, DocumentTable, PackedCodes, RowFilters } from './document-table.js';

/** The filters the certainty facet reads: a certainty filter applies to the tags these keep. */
export type CertaintyScope = Pick<RowFilters, 'layers' | 'causes'>;

/** Whether some badge has a label in `labels` (any when null) and the certainty `level`. */
function hasLevel(badges: readonly LabelBadge[], labels: ReadonlySet<string> | null, level: string): boolean {
  return badges.some((b) => b.certainty === level && (labels === null || labels.has(b.label)));
}

/** Year facet key of undated documents. */
export const UNKNOWN_YEAR = 'unknown';

/** Accumulates facet counts one row at a time, in typed arrays indexed by the table's facet codes. */
export class FacetCounter {
  private readonly layer: Int32Array;
  private readonly cause: Int32Array;
  private readonly certainty = new Int32Array(CERTAINTY_LEVELS.length);
  private readonly provider: Int32Array;
  private readonly year: Int32Array;
  private readonly trigger: Int32Array;
  private readonly detection: Int32Array;
  private readonly mitigation: Int32Array;
  private readonly layerCodes: 'layers' | 'impactedLayers' | 'anyLayers';

  /** A counter for rows of `table`, counting the layers of `layerRole` and certainties within `scope`'s layer and cause filters. */
  constructor(
    private readonly table: DocumentTable,
    private readonly layerRole: LayerRoleFilter = DEFAULT_LAYER_ROLE_FILTER,
    private readonly scope: CertaintyScope = { layers: null, causes: null },
  ) {
    this.layerCodes = layerRole === 'origin' ? 'layers' : layerRole === 'impacted' ? 'impactedLayers' : 'anyLayers';
    this.layer = new Int32Array(table.layerNames.length);
    this.cause = new Int32Array(table.causeNames.length);
    this.provider = new Int32Array(table.providerNames.length);
    this.year = new Int32Array(table.years.length);
    this.trigger = new Int32Array(table.triggerNames.length);
    this.detection = new Int32Array(table.detectionNames.length);
    this.mitigation = new Int32Array(table.mitigationNames.length);
  }

  /** Counts the row at `position` of the table (`row`, its row). */
  add(position: number, row: DocumentRow): void {
    const { columns } = this.table;
    countPacked(this.layer, columns[this.layerCodes], position);
    countPacked(this.cause, columns.causes, position);
    if (this.scope.layers === null && this.scope.causes === null) {
      const mask = columns.certainties[position]!;
      for (let c = 0; c < this.certainty.length; c++) if ((mask >> c) & 1) this.certainty[c] = this.certainty[c]! + 1;
    } else {
      CERTAINTY_LEVELS.forEach((level, c) => {
        if (this.keepsLevel(row, level)) this.certainty[c] = this.certainty[c]! + 1;
      });
    }
    countPacked(this.provider, columns.providers, position);
    const year = columns.year[position]!;
    this.year[year] = this.year[year]! + 1;
    const trigger = columns.trigger[position]!;
    if (trigger >= 0) this.trigger[trigger] = this.trigger[trigger]! + 1;
    const detection = columns.detection[position]!;
    if (detection >= 0) this.detection[detection] = this.detection[detection]! + 1;
    countPacked(this.mitigation, columns.mitigations, position);
  }

  /** Whether `certainty=<level>` added to the current filters keeps `row` (as `passesFilters` reads it). */
  private keepsLevel(row: DocumentRow, level: string): boolean {
    const { layers, causes } = this.scope;
    const layer = (role: LayerRoleFilter): boolean =>
      (role !== 'impacted' && hasLevel(row.layers, layers, level)) || (role !== 'origin' && hasLevel(row.impactedLayers, layers, level));
    if (layers === null && causes === null) return layer('any') || hasLevel(row.causes, null, level);
    return (layers === null || layer(this.layerRole)) && (causes === null || hasLevel(row.causes, causes, level));
  }

  /** The counts so far (values seen at least once), most frequent first. */
  result(): FacetCounts {
    return {
      layer: record(this.layer, this.table.layerNames),
      cause: record(this.cause, this.table.causeNames),
      certainty: record(this.certainty, CERTAINTY_LEVELS),
      provider: record(this.provider, this.table.providerNames),
      year: record(this.year, this.table.years.map((y) => (y === null ? UNKNOWN_YEAR : String(y)))),
      trigger: record(this.trigger, this.table.triggerNames),
      detection: record(this.detection, this.table.detectionNames),
      mitigation: record(this.mitigation, this.table.mitigationNames),
    };
  }
}

/** Adds one to `counts` at each code of row `position` in `packed`. */
function countPacked(counts: Int32Array, packed: PackedCodes, position: number): void {
  const { offsets, values } = packed;
  for (let i = offsets[position]!, end = offsets[position + 1]!; i < end; i++) {
    const c = values[i]!;
    counts[c] = counts[c]! + 1;
  }
}

function record(counts: Int32Array, names: readonly string[]): Record<string, number> {
  const entries: [string, number][] = [];
  counts.forEach((count, code) => {
    if (count > 0) entries.push([names[code]!, count]);
  });
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(entries);
}
