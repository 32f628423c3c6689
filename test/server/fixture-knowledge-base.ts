/**
 * The route tests' knowledge base: the fixture records of test/fixtures/server/ (two seed-like
 * Amazon reports, one with reader comments; a hostile document with markup in its title, comment
 * and URLs; an undated DNS report), loaded into the real search engine in memory.
 */
import { readFileSync } from 'node:fs';
import type { Incident, IngestManifest, KnowledgeBase, KnowledgeDocument } from '../../src/model/index.js';
import { knowledgeBaseFromRecords } from '../fixtures/knowledge-base-from-records.js';

/** The fixture records. */
export interface FixtureRecords {
  documents: KnowledgeDocument[];
  incidents: Incident[];
  manifest: IngestManifest;
}

/** Reads test/fixtures/server/knowledge-base.json (fresh objects on every call). */
export function readFixtureRecords(): FixtureRecords {
  return JSON.parse(readFileSync(new URL('../fixtures/server/knowledge-base.json', import.meta.url), 'utf8')) as FixtureRecords;
}

/** Builds the knowledge base (with `dir` naming it, so reload tests can tell generations apart). */
export function fixtureKnowledgeBase(records: FixtureRecords = readFixtureRecords(), dir = '/fixtures/server'): KnowledgeBase {
  return knowledgeBaseFromRecords({ documents: records.documents, incidents: records.incidents, manifest: records.manifest, dir });
}

/** The same knowledge base with its `search` replaced (the engine's objects are frozen), for fault-injection tests. */
export function withSearch(kb: KnowledgeBase, search: KnowledgeBase['search']): KnowledgeBase {
  return { dir: kb.dir, manifest: kb.manifest, documents: kb.documents, incidents: kb.incidents, search, related: (id, limit) => kb.related(id, limit) };
}
