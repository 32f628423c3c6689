/**
 * `startServer`: loads the saved knowledge base of a data folder, serves the app, reloads when
 * the data folder is switched to a new generation, and shuts down gracefully (stop accepting,
 * finish in-flight requests, close within a bounded time).
 *
 * When the generation the data folder points at is refused while nothing is served yet (at
 * start), the newest other complete generation in `.<data>.gens/` that loads and passes the
 * probe is served instead, and the log and `/readyz` say so; a later switch of the data folder
 * is loaded as usual.
 *
 * With `store` (a database backend, issue 17) nothing is read from a data folder: the server
 * prepares the database's snapshot (statistics and facets) and polls its snapshot id every
 * `storePollMs`, preparing and swapping in a new snapshot when a load has committed one.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import type { KnowledgeBase } from '../model/index.js';
import { loadKnowledgeBase } from '../search/index.js';
import type { SearchBackend } from '../search/search-backend.js';
import path from 'node:path';
import { generationLinkTarget, listGenerations, resolveGeneration, watchDataFolder } from '../store/data-folder.js';
import { createCitationService } from './citation-service.js';
import { createApp } from './create-app.js';
import { KnowledgeBaseHolder, type KnowledgeBaseLoader, type ReloadOutcome } from './knowledge-base-holder.js';
import { prepareBackend, probeKnowledgeBase } from './prepared-knowledge-base.js';
import type { ServerOptions } from './server-options.js';

/** Options of `startServer`; defaults in `START_SERVER_DEFAULTS`. */
export interface StartServerOptions {
  /** The data folder (a generation symlink or a plain folder). */
  dataDir: string;
  /** Interface to listen on. */
  host?: string;
  /** Port (0 picks a free one). */
  port?: number;
  /** Logger; default: pino at `info` to stdout. */
  logger?: Logger;
  /** App options (rate limit, query limits, ...). */
  options?: Partial<ServerOptions>;
  /** Reload when the data folder switches to a new generation. */
  watch?: boolean;
  /** How often the data folder is checked for a new generation, in ms. */
  watchIntervalMs?: number;
  /** Longest wait for in-flight requests on shutdown before connections are cut, in ms. */
  shutdownTimeoutMs?: number;
  /** Close gracefully on SIGTERM and SIGINT, then exit the process. */
  handleSignals?: boolean;
  /** Loads a knowledge base from a generation folder (default: the saved index, `loadKnowledgeBase`). */
  load?: (generationDir: string) => Promise<KnowledgeBase>;
  /** Longest one load may take before it is refused, in ms. */
  loadTimeoutMs?: number;
  /** A database backend to serve instead of the data folder (`serve --store`); the server closes it on shutdown. */
  store?: SearchBackend;
  /** With `store`: how often its snapshot id is checked for a new load, in ms. */
  storePollMs?: number;
}

/** Defaults of `StartServerOptions`, in one place. */
export const START_SERVER_DEFAULTS = {
  host: '127.0.0.1',
  port: 3000,
  watch: true,
  watchIntervalMs: 500,
  shutdownTimeoutMs: 10_000,
  handleSignals: false,
  /** While nothing is loaded (the data folder is missing or broken), retry this often, in ms. */
  retryIntervalMs: 1000,
  loadTimeoutMs: 120_000,
  storePollMs: 5000,
} as const;

/** An error message with every absolute path reduced to its last part (it is shown to clients on /readyz). */
function withoutPaths(message: string): string {
  return message.replace(/(?:\/[^/\s'"`()]+)+\/([^/\s'"`()]*)/g, '$1').slice(0, 500);
}

/** Calls `check` every `intervalMs` (the database's snapshot id is compared by the loader); returns the stop function. */
function pollSnapshots(check: () => void, intervalMs: number): () => void {
  const timer = setInterval(check, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:3000`. */
  url: string;
  port: number;
  host: string;
  server: Server;
  holder: KnowledgeBaseHolder;
  /** Settles when the first load attempt has finished (swapped or refused). */
  firstLoad: Promise<ReloadOutcome>;
  /** Loads the data folder's current generation now (a no-op when it is already loaded). */
  reload(): Promise<ReloadOutcome>;
  /** Stops accepting, lets in-flight requests finish (bounded by `shutdownTimeoutMs`), stops watching. */
  close(): Promise<void>;
}

/** Starts serving `dataDir`; listening starts at once (`/readyz` says 503 until the knowledge base is loaded). */
export async function startServer(input: StartServerOptions): Promise<RunningServer> {
  const host = input.host ?? START_SERVER_DEFAULTS.host;
  const port = input.port ?? START_SERVER_DEFAULTS.port;
  const logger = input.logger ?? pino({ level: 'info' });
  const load = input.load ?? loadKnowledgeBase;
  const holder = new KnowledgeBaseHolder(undefined, logger, { loadTimeoutMs: input.loadTimeoutMs ?? START_SERVER_DEFAULTS.loadTimeoutMs });
  const citations = createCitationService({ logger });
  const app = createApp({ kb: holder, logger, options: input.options ?? {}, citations });

  /** At start, the newest other complete generation that loads and passes the probe, or null. */
  const fallBack = async (refused: string, error: unknown): Promise<{ kb: KnowledgeBase; fallback: { refused: string; reason: string } } | null> => {
    const reason = withoutPaths(error instanceof Error ? error.message : String(error));
    for (const candidate of await listGenerations(input.dataDir)) {
      if (candidate === refused) continue;
      try {
        const kb = await load(candidate);
        probeKnowledgeBase(kb);
        const fallback = { refused: path.basename(refused), reason };
        logger.warn({ refused: path.basename(refused), serving: path.basename(candidate), reason }, 'the current generation was refused; serving the newest good previous generation');
        return { kb, fallback };
      } catch (candidateError) {
        logger.warn({ generation: path.basename(candidate), err: candidateError }, 'previous generation refused too');
      }
    }
    return null;
  };
  const { store } = input;
  const storeLoader: KnowledgeBaseLoader | null =
    store === undefined ? null : async (current) => ((await store.snapshotId()) === current ? null : { prepared: await prepareBackend(store) });
  const folderLoader: KnowledgeBaseLoader = async (currentDir) => {
    let generation: string;
    try {
      generation = await resolveGeneration(input.dataDir);
    } catch (error) {
      // A data folder link to a generation that is gone: at start, the newest good generation still serves.
      if (holder.ready) throw error;
      const target = await generationLinkTarget(input.dataDir);
      const fallback = target === null ? null : await fallBack(path.resolve(path.dirname(path.resolve(input.dataDir)), target), error);
      if (fallback === null) throw error;
      return fallback;
    }
    if (generation === currentDir) return null;
    try {
      return await load(generation);
    } catch (error) {
      if (holder.ready) throw error;
      const fallback = await fallBack(generation, error);
      if (fallback === null || fallback.kb.dir === currentDir) throw error;
      return fallback;
    }
  };
  const reload = async (): Promise<ReloadOutcome> => {
    const outcome = await holder.reload(storeLoader ?? folderLoader);
    const current = holder.current();
    if (outcome.status === 'swapped' && current !== null && current.kb !== null) citations.warmUp(current.kb);
    return outcome;
  };

  const server = app.listen(port, host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  server.keepAliveTimeout = 5000;
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  logger.info(store === undefined ? { url, data: input.dataDir } : { url, store: store.location }, 'faultline server listening');

  const firstLoad = reload();
  // citation-js takes a few hundred ms to import: pay it now, not in the first citation export.
  void import('../cite/citations-for.js').catch(() => undefined);
  const stopWatching = !(input.watch ?? START_SERVER_DEFAULTS.watch)
    ? () => undefined
    : store === undefined
      ? watchDataFolder(input.dataDir, () => void reload(), input.watchIntervalMs ?? START_SERVER_DEFAULTS.watchIntervalMs)
      : pollSnapshots(() => void reload(), input.storePollMs ?? START_SERVER_DEFAULTS.storePollMs);
  const retry = setInterval(() => {
    // While a load is stuck in a read, another attempt would most likely get stuck too (and take another I/O thread).
    if (!holder.ready && !holder.wedged) void reload();
  }, START_SERVER_DEFAULTS.retryIntervalMs);
  retry.unref();

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      stopWatching();
      clearInterval(retry);
      const timeoutMs = input.shutdownTimeoutMs ?? START_SERVER_DEFAULTS.shutdownTimeoutMs;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutMs);
      });
      const result = await Promise.race([closed.then(() => 'closed' as const), timedOut]);
      clearInterval(idle);
      clearTimeout(timer);
      if (result === 'timeout') {
        logger.warn({ timeoutMs }, 'shutdown timed out; closing remaining connections');
        server.closeAllConnections();
        await closed;
      }
      await citations.close();
      await store?.close();
      logger.info('faultline server stopped');
    })();
    return closing;
  };

  if (input.handleSignals ?? START_SERVER_DEFAULTS.handleSignals) {
    const onSignal = (signal: NodeJS.Signals): void => {
      logger.info({ signal }, 'shutting down');
      const exit = (code: number): void => {
        if (holder.wedged) {
          // A load stuck in a read would make process.exit wait for it forever: end by the signal's default action instead.
          logger.warn({ signal }, 'a knowledge base load is still stuck; exiting by the signal');
          process.kill(process.pid, signal);
          return;
        }
        process.exit(code);
      };
      void close().then(
        () => exit(0),
        () => exit(1),
      );
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }

  return { url, port: address.port, host, server, holder, firstLoad, reload, close };
}
