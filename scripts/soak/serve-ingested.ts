/**
 * The real app over a real ingest: a corpus folder ingested with `runIngest` into a temporary
 * data folder, loaded with `loadKnowledgeBase`, served by `createApp` on 127.0.0.1 (port 0).
 */
import type { Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runIngest, type IngestReport } from '../../src/ingest/run-ingest.js';
import type { KnowledgeBase } from '../../src/model/index.js';
import { loadKnowledgeBase } from '../../src/search/index.js';
import { createCitationService } from '../../src/server/citation-service.js';
import { createApp } from '../../src/server/create-app.js';

/** A served ingest. */
export interface IngestedApp {
  kb: KnowledgeBase;
  /** The ingest that wrote the data folder (null when an existing one is served). */
  report: IngestReport | null;
  /** Base URL, e.g. `http://127.0.0.1:40123`. */
  base: string;
  port: number;
  server: Server;
  /** Stops the server and the citation worker, then cleans up. */
  close(): Promise<void>;
}

/** Ingests `corpus` into a temporary data folder and serves it (the folder goes on close). */
export async function serveIngested(corpus: string): Promise<IngestedApp> {
  const root = await mkdtemp(path.join(tmpdir(), 'faultline-reliability-'));
  const out = path.join(root, 'data');
  const report = await runIngest({ corpus, out, workers: 0 });
  return serveDataFolder(out, report, () => rm(root, { recursive: true, force: true }));
}

/** Serves the data folder `dataDir` (ingested as `report`); `cleanup` runs on close. */
export async function serveDataFolder(dataDir: string, report: IngestReport | null, cleanup: () => Promise<void> = () => Promise.resolve()): Promise<IngestedApp> {
  const kb = await loadKnowledgeBase(dataDir);
  const citations = createCitationService();
  const server = createApp({ kb, citations }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    kb,
    report,
    base: `http://127.0.0.1:${port}`,
    port,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await citations.close();
      await cleanup();
    },
  };
}
