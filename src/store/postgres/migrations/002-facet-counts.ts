/**
 * Schema version 2 (issue 17): `facet_counts`, the facet counts of the whole snapshot (no text, no
 * filter; the layer facet of layer role `any`), written by the load in the snapshot's transaction
 * so that the unfiltered facets are read, not counted over every document.
 */

/** The statements of version 2. */
export const MIGRATION_002 = `
CREATE TABLE facet_counts (
  facet text NOT NULL,
  value text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (facet, value)
);
`;
