/**
 * The facet counts of a whole snapshot (issue 17), written into `facet_counts` by the load in the
 * snapshot's transaction: the same `facetQuery` as a search's, with no text and no filter, so a
 * search of everything reads them instead of counting every document.
 */
import { REQUEST_DEFAULTS } from '../../model/read-request-parameters.js';
import { CERTAINTY_LEVELS } from '../../model/taxonomy.js';
import type { RowFilters } from '../../search/document-table.js';
import { FACET_COLUMNS, facetQuery, SqlParams } from './filter-sql.js';

/** The layer role of the layer facet kept in `facet_counts` (the requests' default). */
export const SNAPSHOT_FACET_ROLE = REQUEST_DEFAULTS.layerRole;

const NO_FILTERS: RowFilters = Object.freeze({
  layers: null,
  layerRole: SNAPSHOT_FACET_ROLE,
  causes: null,
  certainty: null,
  providers: null,
  triggers: null,
  detections: null,
  mitigations: null,
  from: null,
  to: null,
  undated: false,
});

/** The statement (and its values) that fills the facet table `target` from `source`, a table with the facet columns (the load's `document_facets`). */
export function snapshotFacetsStatement(source: string, target: string): { text: string; values: unknown[] } {
  const params = new SqlParams();
  const counts = facetQuery(NO_FILTERS, CERTAINTY_LEVELS, params);
  return {
    text: `INSERT INTO ${target} (facet, value, n)
      WITH m AS MATERIALIZED (SELECT ${FACET_COLUMNS} FROM ${source})
      SELECT facet, value, n FROM (${counts}) f WHERE facet <> 'total' AND n > 0`,
    values: params.values,
  };
}
