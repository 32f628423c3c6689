/**
 * Schema version 1 (issue 17): one snapshot of a knowledge base. `documents` holds what search,
 * filters, facets, sorting and hits read (derived at load by the in-memory engine's own row
 * builder, so both backends filter alike) with a weighted tsvector generated from the indexed fields
 * (title A; summary, keywords, providers and labels B; body C; comments D; configuration
 * `english`) and GIN indexes for the text and the label arrays;
 * `record` is the document as the pipeline wrote it (authoritative for reading). The other tables
 * lay the same records out for SQL users: sentences with roles and offsets, tags with evidence,
 * comments, incidents and the document↔incident links.
 */

/** The statements of version 1. */
export const MIGRATION_001 = `
CREATE TABLE snapshot (
  id integer PRIMARY KEY CHECK (id = 1),
  manifest json NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now(),
  documents integer NOT NULL,
  incidents integer NOT NULL
);

CREATE TABLE documents (
  id text COLLATE "C" PRIMARY KEY,
  incident text COLLATE "C" NOT NULL,
  title text NOT NULL,
  published text,
  incident_date text,
  url text,
  date_key integer NOT NULL,
  year integer,
  description text,
  keywords text[] NOT NULL,
  providers text[] NOT NULL,
  provider_keys text[] NOT NULL,
  origin_layers text[] NOT NULL,
  impacted_layers text[] NOT NULL,
  any_layers text[] NOT NULL,
  causes text[] NOT NULL,
  origin_layer_certainty text[] NOT NULL,
  impacted_layer_certainty text[] NOT NULL,
  cause_certainty text[] NOT NULL,
  certainties text[] NOT NULL,
  layer_badges jsonb NOT NULL,
  impacted_layer_badges jsonb NOT NULL,
  cause_badges jsonb NOT NULL,
  trigger text,
  detection text,
  mitigations text[] NOT NULL,
  summary text NOT NULL,
  search_title text NOT NULL,
  search_summary text NOT NULL,
  body text NOT NULL,
  search_comments text NOT NULL,
  outline jsonb,
  dates jsonb,
  record json NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, search_title), 'A') ||
    setweight(to_tsvector('english'::regconfig, search_summary), 'B') ||
    setweight(to_tsvector('english'::regconfig, body), 'C') ||
    setweight(to_tsvector('english'::regconfig, search_comments), 'D')
  ) STORED
);
CREATE INDEX documents_tsv ON documents USING gin (tsv);
CREATE INDEX documents_provider_keys ON documents USING gin (provider_keys);
CREATE INDEX documents_any_layers ON documents USING gin (any_layers);
CREATE INDEX documents_causes ON documents USING gin (causes);
CREATE INDEX documents_mitigations ON documents USING gin (mitigations);
CREATE INDEX documents_date ON documents (date_key DESC, id);
CREATE INDEX documents_incident ON documents (incident);

CREATE TABLE incidents (
  id text COLLATE "C" PRIMARY KEY,
  title text NOT NULL,
  date text,
  operator text,
  providers text[] NOT NULL,
  services text[] NOT NULL,
  layers text[] NOT NULL,
  causes text[] NOT NULL,
  summary text NOT NULL,
  outline jsonb,
  record json NOT NULL
);
CREATE INDEX incidents_layers ON incidents USING gin (layers);
CREATE INDEX incidents_causes ON incidents USING gin (causes);

CREATE TABLE document_incidents (
  document text COLLATE "C" NOT NULL,
  incident text COLLATE "C" NOT NULL,
  role text NOT NULL,
  reason text NOT NULL,
  evidence jsonb,
  PRIMARY KEY (incident, document)
);
CREATE INDEX document_incidents_document ON document_incidents (document);

CREATE TABLE sentences (
  document text COLLATE "C" NOT NULL,
  ordinal integer NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  role text NOT NULL,
  section text,
  PRIMARY KEY (document, ordinal)
);

CREATE TABLE tags (
  document text COLLATE "C" NOT NULL,
  comment text,
  kind text NOT NULL CHECK (kind IN ('layer', 'cause')),
  ordinal integer NOT NULL,
  label text NOT NULL,
  role text NOT NULL,
  certainty text NOT NULL,
  confidence real NOT NULL,
  rules text[] NOT NULL,
  evidence jsonb NOT NULL
);
CREATE INDEX tags_document ON tags (document);
CREATE INDEX tags_label ON tags (kind, label);

CREATE TABLE comments (
  document text COLLATE "C" NOT NULL,
  ordinal integer NOT NULL,
  id text NOT NULL,
  author text,
  published text,
  url text,
  text text NOT NULL,
  PRIMARY KEY (document, ordinal)
);
`;
