/**
 * Schema version 6 (issue 17): related incidents by their wording. `incidents.tsv`, a generated
 * tsvector of each incident's title and summary (configuration `english`) with a GIN index, and
 * `incident_words`, every stem of those tsvectors (letters only) with the number of incidents
 * holding it (`ts_stat`, written by the load): the inverse incident frequencies of the tf-idf
 * similarity `related-sql.ts` computes.
 */

/** The statements of version 6. */
export const MIGRATION_006 = `
ALTER TABLE incidents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, title || ' ' || summary)) STORED;
CREATE INDEX incidents_tsv ON incidents USING gin (tsv);
CREATE TABLE incident_words (
  stem text COLLATE "C" PRIMARY KEY,
  incidents integer NOT NULL
);
`;
