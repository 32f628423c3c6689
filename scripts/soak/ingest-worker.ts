/**
 * Worker-thread entry of the soak's ingests: runs `runIngest` for each message, so the soak's
 * main thread (the load generator's clock) is never blocked by an ingest, and wink-nlp's model is
 * loaded once for every reload.
 */
import { parentPort } from 'node:worker_threads';
import { runIngest } from '../../src/ingest/run-ingest.js';
import type { IngestReply, IngestRequest } from './ingest-thread.js';

parentPort?.on('message', (request: IngestRequest) => {
  const started = performance.now();
  runIngest({ corpus: request.corpus, out: request.out, workers: request.workers }).then(
    (report) => {
      const reply: IngestReply = {
        ok: true,
        generation: report.generation,
        upToDate: report.upToDate,
        documents: report.manifest.counts.documents,
        incidents: report.manifest.counts.incidents,
        ms: Math.round(performance.now() - started),
      };
      parentPort?.postMessage(reply);
    },
    (error: unknown) => {
      const reply: IngestReply = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      parentPort?.postMessage(reply);
    },
  );
});
