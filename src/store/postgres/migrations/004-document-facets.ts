/**
 * Schema version 4 (issue 17): `document_facets`, the narrow copy of each document's filter and
 * facet columns (about a quarter of a `documents` heap row), filled by the load from `documents`, with
 * the same label indexes, so a search without words filters and counts its facets there instead of
 * reading the wide document rows.
 */

/** The statements of version 4. */
export const MIGRATION_004 = `
CREATE TABLE document_facets (
  id text COLLATE "C" PRIMARY KEY,
  date_key integer NOT NULL,
  year integer,
  provider_keys text[] NOT NULL,
  providers text[] NOT NULL,
  origin_layers text[] NOT NULL,
  impacted_layers text[] NOT NULL,
  any_layers text[] NOT NULL,
  causes text[] NOT NULL,
  origin_layer_certainty text[] NOT NULL,
  impacted_layer_certainty text[] NOT NULL,
  cause_certainty text[] NOT NULL,
  certainties text[] NOT NULL,
  trigger text,
  detection text,
  mitigations text[] NOT NULL
);
CREATE INDEX document_facets_provider_keys ON document_facets USING gin (provider_keys);
CREATE INDEX document_facets_any_layers ON document_facets USING gin (any_layers);
CREATE INDEX document_facets_causes ON document_facets USING gin (causes);
CREATE INDEX document_facets_mitigations ON document_facets USING gin (mitigations);
CREATE INDEX document_facets_date ON document_facets (date_key DESC, id);
`;
