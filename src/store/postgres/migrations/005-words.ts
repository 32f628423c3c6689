/**
 * Schema version 5 (issue 17): `words`, the vocabulary of the snapshot for "did you mean": every
 * word stem of the documents' tsvectors (letters only) with the number of documents holding it
 * (`ts_stat`), written by the load, and a trigram index (`pg_trgm`, a trusted extension shipped
 * with the server: Debian's postgresql-15 includes contrib) so the stems nearest a misspelt word
 * are found without reading the vocabulary.
 */

/** The statements of version 5. */
export const MIGRATION_005 = `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE words (
  stem text COLLATE "C" PRIMARY KEY,
  documents integer NOT NULL
);
CREATE INDEX words_stem_trgm ON words USING gist (stem gist_trgm_ops);
`;
