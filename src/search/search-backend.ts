/**
 * The read side every reader of a knowledge base can use whatever holds it (issue 17): the
 * in-memory engine over a data folder (`memory-backend.ts`, the default) or a PostgreSQL database
 * (`src/store/postgres/postgres-backend.ts`). Requests and responses are today's types
 * (`src/model/search.ts`): a request is checked at its edge before it reaches a backend.
 */
import type { Incident } from '../model/incident.js';
import type { IngestManifest } from '../model/manifest.js';
import type { IncidentDate, KnowledgeDocument } from '../model/document.js';
import type { FacetCounts, RelatedIncident, SearchRequest, SearchResponse } from '../model/search.js';
import type { KnowledgeBaseStats } from '../server/knowledge-base-stats.js';

/** The kinds of backend. */
export type BackendKind = 'memory' | 'postgres';

/** How many records a knowledge base holds. */
export interface KnowledgeBaseCounts {
  documents: number;
  incidents: number;
}

/** What the server's statistics are computed from, read once per snapshot. */
export interface SnapshotFacts {
  /** Every incident. */
  incidents: Incident[];
  /** Each incident's date as its reports state it (reconciled over its reports; null or absent: undated). */
  incidentDates: ReadonlyMap<string, IncidentDate | null>;
  /** Number of reader comments over every document. */
  comments: number;
}

/** A read-only knowledge base behind the CLI, the server and exports. */
export interface SearchBackend {
  readonly kind: BackendKind;
  /** Where it reads from: the data folder, or the database URL without its password. */
  readonly location: string;
  /** The manifest of the ingest that wrote the knowledge base. */
  manifest(): Promise<IngestManifest>;
  /** How many documents and incidents it holds. */
  counts(): Promise<KnowledgeBaseCounts>;
  /** Runs a search; throws FaultlineError 400 for a query over the limits, 503 when the query passes its deadline. */
  search(request: SearchRequest): Promise<SearchResponse>;
  /** The facet counts of every document `request` matches (paging ignored). */
  facets(request: SearchRequest): Promise<FacetCounts>;
  /** The ids of every document `request` matches (query and filters; paging and sort ignored), sorted by id: what an export selects. */
  matchingIds(request: SearchRequest): Promise<string[]>;
  /** One document, or null when there is none with this id. */
  document(id: string): Promise<KnowledgeDocument | null>;
  /** One incident, or null when there is none with this id. */
  incident(id: string): Promise<Incident | null>;
  /** The documents of `ids` that exist, sorted by id. */
  documents(ids: readonly string[]): Promise<KnowledgeDocument[]>;
  /** The incidents of `ids` that exist, sorted by id. */
  incidents(ids: readonly string[]): Promise<Incident[]>;
  /** Incidents related to `incidentId`, best first; throws FaultlineError 404 for an unknown id, 400 for a bad limit. */
  related(incidentId: string, limit?: number): Promise<RelatedIncident[]>;
  /** Names the snapshot served (the data folder, or the database's load time): it changes when a new snapshot is loaded. Cheap: the server polls it. */
  snapshotId(): Promise<string>;
  /** The statistics of `/stats` and `/api/stats` (in memory computed from every incident; on PostgreSQL written by the load and read in one query). */
  stats(): Promise<KnowledgeBaseStats>;
  /** Releases connections (a no-op in memory). */
  close(): Promise<void>;
}

/** One ingest's complete output: what a store writes as a new snapshot. */
export interface KnowledgeBaseSnapshot {
  manifest: IngestManifest;
  documents: readonly KnowledgeDocument[];
  incidents: readonly Incident[];
}

/** What a load into a store did. */
export interface SnapshotLoadResult {
  documents: number;
  incidents: number;
  /** Bytes sent by COPY. */
  bytes: number;
  /** Milliseconds from the start of the transaction to its commit. */
  ms: number;
}

/** The write side: replaces the knowledge base with a new snapshot atomically (readers see the old or the new one, never a half). */
export interface KnowledgeBaseStore {
  /** Writes `snapshot` in place of the current one. */
  replace(snapshot: KnowledgeBaseSnapshot): Promise<SnapshotLoadResult>;
  /** Releases connections. */
  close(): Promise<void>;
}
