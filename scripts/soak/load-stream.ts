/**
 * One stream of load from autocannon's programmatic API, at a fixed rate, recording every
 * response (when, status, latency) and every failed request (socket error or timeout), and per
 * request path the answers that were not the expected ones.
 */
import autocannon from 'autocannon';

/** One request of a stream, with the status class it must get. */
export interface StreamRequest {
  /** Label in the report (the path when not given). */
  name?: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** The exact status expected, or `'2xx'` for any success. */
  expect: number | '2xx';
}

/** Options of one stream. */
export interface StreamOptions {
  name: string;
  url: string;
  connections: number;
  /** Requests per second, all connections together. */
  rate: number;
  /** Hard cap on the run, in seconds (the soak stops it earlier). */
  maxSeconds: number;
  /** Seconds before an unanswered request counts as timed out. */
  timeoutS: number;
  requests: readonly StreamRequest[];
  /** Clock shared by the soak's records (ms). */
  now: () => number;
}

/** A request that got an answer other than the expected one. */
export interface UnexpectedAnswer {
  name: string;
  expected: number | '2xx';
  /** Count by status received. */
  got: Record<string, number>;
}

/** Everything a stream recorded. */
export interface StreamRecord {
  name: string;
  /** Time of each response (soak clock, ms). */
  responseTimes: number[];
  /** Status of each response (same order). */
  statuses: number[];
  /** Latency of each response, ms. */
  latencies: number[];
  /** Failed requests: socket errors and timeouts (soak clock, ms). */
  failures: { t: number; message: string }[];
  /** Requests answered other than expected, by request name. */
  unexpected: UnexpectedAnswer[];
}

/** The parts of autocannon's programmatic API used here (the bench's ambient typings declare fewer). */
interface CannonRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  onResponse?: (status: number, body: string) => void;
}
interface CannonOptions {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  overallRate: number;
  ignoreCoordinatedOmission: boolean;
  requests: CannonRequest[];
}
interface CannonInstance extends PromiseLike<unknown> {
  stop(): void;
  on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): unknown;
  on(event: 'reqError', listener: (error: Error) => void): unknown;
}
const cannon = autocannon as unknown as (options: CannonOptions) => CannonInstance;

/** A running stream. */
export interface LoadStream {
  /** Stops sending and resolves with the record once in-flight requests have settled. */
  stop(): Promise<StreamRecord>;
  /** The record so far (live). */
  record: StreamRecord;
}

/** True when `status` meets `expect`. */
export function statusMatches(status: number, expect: number | '2xx'): boolean {
  return expect === '2xx' ? status >= 200 && status < 300 : status === expect;
}

/** Starts a stream. */
export function startStream(options: StreamOptions): LoadStream {
  const record: StreamRecord = { name: options.name, responseTimes: [], statuses: [], latencies: [], failures: [], unexpected: [] };
  const unexpected = new Map<string, UnexpectedAnswer>();
  const requests: CannonRequest[] = options.requests.map((request) => {
    const name = request.name ?? request.path;
    return {
      method: request.method ?? 'GET',
      path: request.path,
      headers: request.headers,
      body: request.body,
      onResponse: (status) => {
        if (statusMatches(status, request.expect)) return;
        let entry = unexpected.get(name);
        if (entry === undefined) {
          entry = { name, expected: request.expect, got: {} };
          unexpected.set(name, entry);
          record.unexpected.push(entry);
        }
        entry.got[status] = (entry.got[status] ?? 0) + 1;
      },
    };
  });
  const instance = cannon({
    url: options.url,
    connections: options.connections,
    duration: options.maxSeconds,
    timeout: options.timeoutS,
    overallRate: options.rate,
    ignoreCoordinatedOmission: true,
    requests,
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    record.responseTimes.push(options.now());
    record.statuses.push(statusCode);
    record.latencies.push(responseTime);
  });
  instance.on('reqError', (error) => {
    record.failures.push({ t: options.now(), message: error.message });
  });
  const finished = Promise.resolve(instance).then(() => record);
  return {
    record,
    stop: () => {
      instance.stop();
      return finished;
    },
  };
}
