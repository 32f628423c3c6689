/**
 * One HTTP load test with autocannon (programmatic API) against 127.0.0.1: requests/s and
 * latency percentiles, errors, timeouts and non-2xx answers.
 */
import autocannon from 'autocannon';

/** Input of one load test. */
export interface LoadTestInput {
  /** Label in the report. */
  label: string;
  /** Base URL, e.g. `http://127.0.0.1:3456`. */
  base: string;
  /** Request paths; each connection cycles through them. */
  paths: readonly string[];
  connections: number;
  durationS: number;
}

/** Result of one load test. */
export interface LoadTestResult {
  label: string;
  connections: number;
  durationS: number;
  requests: number;
  /** Completed requests per second. */
  rps: number;
  latency: { mean: number; p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Mean bytes per response. */
  bytesPerResponse: number;
}

/** Runs one autocannon load test. */
export async function loadTest(input: LoadTestInput): Promise<LoadTestResult> {
  const result = await autocannon({
    url: input.base,
    connections: input.connections,
    duration: input.durationS,
    timeout: 10,
    requests: input.paths.map((path) => ({ method: 'GET', path })),
  });
  const requests = result.requests.total;
  return {
    label: input.label,
    connections: input.connections,
    durationS: input.durationS,
    requests,
    rps: Math.round(requests / result.duration),
    latency: { mean: result.latency.average, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerResponse: requests === 0 ? 0 : Math.round(result.throughput.total / requests),
  };
}
