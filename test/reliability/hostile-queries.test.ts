/**
 * Hostile queries against the real app over an ingest of the seed corpus (`test/fixtures/seed-corpus/`): each is answered with its
 * 4xx or a result, never a 5xx, never a stack trace, within a generous bound, while a concurrent
 * `/healthz` is answered too (the event loop is not blocked). Times are recorded and the worst
 * cases printed, not asserted (`scripts/hostile-queries.ts` prints the full table).
 */
import path from 'node:path';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_REQUESTS, type HostileRequest } from '../../scripts/soak/hostile-requests.js';
import { renderTimingTable, sendWithHealthCheck, type HostileTiming } from '../../scripts/soak/hostile-timings.js';
import { sendRequest } from '../../scripts/soak/send-request.js';
import { serveIngested, type IngestedApp } from '../../scripts/soak/serve-ingested.js';
import { rawGet, rawStatus } from './raw-http.js';

/** Bound on one request: generous, so it cannot flake on a busy machine, but a hang fails. */
const BOUND_MS = 20_000;

/** Signs of a stack trace or a server path in a response body. */
const STACK_TRACE = /\n\s+at |node_modules|\/src\/|\.ts:\d+/;

let served: IngestedApp;
let loopDelay: IntervalHistogram;
/** What beforeAll set up, undone in reverse order (only what it got to, if it failed). */
const cleanups: (() => Promise<void>)[] = [];
const timings: HostileTiming[] = [];
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  served = await serveIngested(path.resolve('test/fixtures/seed-corpus'));
  cleanups.push(() => served.close());
  loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  cleanups.push(() => {
    loopDelay.disable();
    return Promise.resolve();
  });
}, 120_000);

afterAll(async () => {
  if (timings.length > 0) {
    console.log(
      `Hostile requests, slowest first (ms, this machine, in-process server):\n${renderTimingTable(timings, 8)}\n` +
        `Event loop delay while they ran: max ${(loopDelay.max / 1e6).toFixed(1)} ms, p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms.`,
    );
  }
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('hostile requests get their 4xx or a result, never a 5xx, and never block /healthz', () => {
  it.each(HOSTILE_REQUESTS.map((request) => [request.name, request] as [string, HostileRequest]))('%s', async (_name, request) => {
    const { answer, health } = await sendWithHealthCheck(served.base, request, BOUND_MS);
    timings.push({ name: request.name, status: answer.status, ms: [answer.ms], healthzMs: [health.ms] });
    expect(answer.status).toBe(request.status);
    expect(health.status).toBe(200);
    expect(answer.body).not.toMatch(STACK_TRACE);
    if (request.parameter !== undefined) {
      const error = request.parameter === null ? 'bad-request' : 'bad-parameter';
      expect(JSON.parse(answer.body)).toMatchObject({ error, parameter: request.parameter });
    }
  });

  it('all of them at once: every one answered as alone, and /healthz answered meanwhile', async () => {
    const answers = await Promise.all([
      ...HOSTILE_REQUESTS.map((request) => sendRequest(served.base, request, BOUND_MS).then((answer) => answer.status)),
      sendRequest(served.base, { path: '/healthz' }, BOUND_MS).then((answer) => answer.status),
    ]);
    expect(answers).toEqual([...HOSTILE_REQUESTS.map((request) => request.status), 200]);
  });

  it('no query parameter reached Object.prototype', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('the search API still answers normally afterwards', async () => {
    const answer = await sendRequest(served.base, { path: '/api/search?q=load+balancer' }, BOUND_MS);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ query: 'load balancer', total: 3 });
  });
});

describe('bytes no HTTP client sends are refused by the HTTP parser with a 400', () => {
  it.each<[string, Buffer, number]>([
    ['raw 0xff 0xfe in the query', rawGet(Buffer.concat([Buffer.from('/api/search?q='), Buffer.from([0xff, 0xfe])])), 400],
    ['raw 0xff in an incident path', rawGet(Buffer.concat([Buffer.from('/incidents/'), Buffer.from([0xff])])), 400],
    ['raw UTF-8 in the query', rawGet(Buffer.from('/api/search?q=störung', 'utf8')), 400],
    ['a raw NUL in the query', rawGet('/api/search?q=a\0b'), 400],
    ['a NUL in a header', rawGet('/healthz', ['Host: 127.0.0.1', 'X-A: a\0b']), 400],
    ['no Host header', rawGet('/healthz', []), 400],
    ['headers over 16 KB', rawGet('/healthz', ['Host: 127.0.0.1', `X-Big: ${'a'.repeat(20_000)}`]), 431],
    ['two Content-Length headers', rawGet('/healthz', ['Host: 127.0.0.1', 'Content-Length: 1', 'Content-Length: 2']), 400],
    ['Content-Length with Transfer-Encoding', rawGet('/healthz', ['Host: 127.0.0.1', 'Content-Length: 4', 'Transfer-Encoding: chunked']), 400],
    ['a TLS handshake on the plain port', Buffer.from('\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 hello\r\n\r\n', 'latin1'), 400],
  ])('%s', async (_name, bytes, status) => {
    const [raw, health] = await Promise.all([rawStatus(served.port, bytes, BOUND_MS), sendRequest(served.base, { path: '/healthz' }, BOUND_MS)]);
    expect(raw.status).toBe(status);
    expect(health.status).toBe(200);
  });
});
