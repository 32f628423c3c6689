/**
 * Bench task: a bare Express 5 endpoint returning a fixed JSON body, the baseline the search API
 * is compared with (same machine, same load generator, same run).
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { TaskContext } from './child-protocol.js';

/** The fixed body (shaped like a small search answer). */
export const BARE_BODY = {
  query: 'dns',
  total: 3,
  page: 1,
  pageSize: 10,
  hits: [
    { id: 'doc-1', title: 'DNS outage takes down the API for 3 hours', score: 2.5 },
    { id: 'doc-2', title: 'Summary of the service disruption', score: 1.9 },
    { id: 'doc-3', title: 'Why the site went down', score: 1.2 },
  ],
};

/** Serves `/bare` until stopped. */
export async function run(_input: unknown, context: TaskContext): Promise<{ stopped: true }> {
  const app = express();
  app.disable('x-powered-by');
  app.get('/bare', (_req, res) => {
    res.json(BARE_BODY);
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  context.ready({ port: (server.address() as AddressInfo).port, startMs: 0 });
  await context.stopped;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return { stopped: true };
}
