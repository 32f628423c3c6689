/** Runs the soak's ingests one at a time in a worker thread (see `ingest-worker.ts`). */
import { Worker } from 'node:worker_threads';

/** One ingest to run. */
export interface IngestRequest {
  corpus: string;
  out: string;
  workers: number | 'auto';
}

/** What the worker answers. */
export type IngestReply =
  | { ok: true; generation: string; upToDate: boolean; documents: number; incidents: number; ms: number }
  | { ok: false; error: string };

/** The finished ingest of a successful reply. */
export type IngestDone = Extract<IngestReply, { ok: true }>;

/** A worker thread running ingests. */
export interface IngestThread {
  /** Ingests `corpus` into `out`; rejects on failure or after `timeoutMs`. */
  ingest(corpus: string, out: string, timeoutMs: number): Promise<IngestDone>;
  /** Stops the worker. */
  close(): Promise<void>;
}

/** Starts the worker thread. */
export function startIngestThread(): IngestThread {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './ingest-worker.ts' : './ingest-worker.js', import.meta.url);
  // From sources, a bootstrap registers tsx's loader in the worker before importing the entry
  // (an `--import tsx` in the worker's execArgv does not reach the worker's own entry module).
  const bootstrap = fromSource
    ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`
    : `import(${JSON.stringify(entry.href)});`;
  const worker = new Worker(bootstrap, { eval: true });
  let busy = false;
  return {
    ingest(corpus, out, timeoutMs) {
      if (busy) return Promise.reject(new Error('soak: one ingest at a time'));
      busy = true;
      return new Promise<IngestDone>((resolve, reject) => {
        const timer = setTimeout(() => finish(new Error(`soak: ingest did not finish within ${timeoutMs} ms`)), timeoutMs);
        const onMessage = (reply: IngestReply): void => finish(reply.ok ? reply : new Error(`soak: ingest failed: ${reply.error}`));
        const onError = (error: Error): void => finish(error);
        const finish = (result: IngestDone | Error): void => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', onError);
          busy = false;
          if (result instanceof Error) reject(result);
          else resolve(result);
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        const request: IngestRequest = { corpus, out, workers: 'auto' };
        worker.postMessage(request);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
