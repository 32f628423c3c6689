/**
 * Sends one request with `node:http`, the path exactly as given (no URL normalisation, so
 * `/static/../x` and `%ff` reach the server as written), and times it. Used by the hostile-query
 * test and script; only 127.0.0.1 targets are accepted.
 */
import { request as httpRequest } from 'node:http';
import { FaultlineError } from '../../src/model/diagnostic.js';

/** What to send. */
export interface SendInput {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** What came back. */
export interface SendResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** From sending to the end of the body, ms. */
  ms: number;
}

/** Longest body kept, in characters. */
const MAX_BODY_CHARS = 1_000_000;

/** Sends `input` to `base` (e.g. `http://127.0.0.1:4000`); rejects on a socket error or after `timeoutMs`. */
export function sendRequest(base: string, input: SendInput, timeoutMs: number): Promise<SendResult> {
  const url = new URL(base);
  if (url.hostname !== '127.0.0.1') throw new FaultlineError(`send-request: only 127.0.0.1 is allowed, got ${url.hostname}`, { parameter: 'base' });
  const started = performance.now();
  return new Promise<SendResult>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(url.port),
        method: input.method ?? 'GET',
        path: input.path,
        // Node sends a GET body without a length unless told; say it, as clients that send bodies do.
        headers: { connection: 'close', ...(input.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(input.body)) }), ...input.headers },
        timeout: timeoutMs,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (body.length < MAX_BODY_CHARS) body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms: ${input.method ?? 'GET'} ${input.path.slice(0, 100)}`)));
    req.on('error', reject);
    req.end(input.body);
  });
}
