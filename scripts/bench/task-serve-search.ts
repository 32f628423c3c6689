/**
 * Bench task: serves a data folder with Faultline's `startServer` on 127.0.0.1 (rate limit off,
 * logging silent, no watching, search cache as asked) until the parent stops it; reports the start-up (index load) time.
 */
import type { TaskContext } from './child-protocol.js';
import { importCode } from './code-snapshot.js';

/** Input of the search-server task. */
export interface ServeSearchInput {
  dataDir: string;
  /** Root of the measured code (default: the working tree). */
  codeRoot?: string;
  /** The server's search response cache size (default: the server's default; 0 turns it off). */
  searchCacheEntries?: number;
}

/** What the server task reports when ready. */
export interface ServeSearchReady {
  port: number;
  /** From `startServer` to the first load settled (knowledge base loaded and prepared), ms. */
  startMs: number;
  status: string;
  documents: number | null;
}

/** Serves until stopped. */
export async function run(input: ServeSearchInput, context: TaskContext): Promise<{ stopped: true }> {
  const { startServer } = await importCode<typeof import('../../src/server/listen.js')>(input.codeRoot, 'src/server/listen.ts');
  const { pino } = await import('pino');
  const started = performance.now();
  const server = await startServer({ dataDir: input.dataDir, host: '127.0.0.1', port: 0, logger: pino({ level: 'silent' }), watch: false, options: { rateLimit: false, ...(input.searchCacheEntries === undefined ? {} : { searchCacheEntries: input.searchCacheEntries }) } });
  const outcome = await server.firstLoad;
  const startMs = Math.round(performance.now() - started);
  if (outcome.status === 'refused') throw outcome.error;
  context.ready({ port: server.port, startMs, status: outcome.status, documents: server.holder.current()?.stats.documents ?? null } satisfies ServeSearchReady);
  await context.stopped;
  await server.close();
  return { stopped: true };
}
