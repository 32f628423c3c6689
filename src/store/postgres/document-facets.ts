/**
 * The narrow table of the filter and facet columns (issue 17, schema version 4): `document_facets`
 * holds, for each document, only what filters and facets read, so that a search without words
 * counts its facets (exactly, or over `facetWindow` matches when broad) from rows about a quarter of
 * the width of a `documents` row. The load fills it from `documents` on the server.
 */

/** The columns of `document_facets`, each the `documents` column of the same name. */
export const NARROW_COLUMNS = Object.freeze([
  'id', 'date_key', 'year', 'provider_keys', 'providers', 'origin_layers', 'impacted_layers', 'any_layers', 'causes',
  'origin_layer_certainty', 'impacted_layer_certainty', 'cause_certainty', 'certainties', 'trigger', 'detection', 'mitigations',
] as const);

/** The statement that fills the narrow table `target` from the documents table `source`. */
export function documentFacetsStatement(source: string, target: string): string {
  const columns = NARROW_COLUMNS.join(', ');
  return `INSERT INTO ${target} (${columns}) SELECT ${columns} FROM ${source}`;
}
