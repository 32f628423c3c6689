/** Summaries of a load stream's record: counts by status, latency percentiles, and what happened inside a time window. */
import type { StreamRecord, UnexpectedAnswer } from './load-stream.js';

/** Latency percentiles in ms. */
export interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** The summary of one stream. */
export interface StreamSummary {
  /** Responses received. */
  requests: number;
  /** Responses per second over the load phase. */
  rps: number;
  /** Responses by status code. */
  byStatus: Record<string, number>;
  /** Responses with a 5xx status. */
  fiveXx: number;
  /** Failed requests (socket errors and timeouts). */
  failures: number;
  /** Of the failures, the timeouts. */
  timeouts: number;
  /** The first few failure messages. */
  failureMessages: string[];
  latency: LatencySummary;
  /** Requests answered other than expected. */
  unexpected: UnexpectedAnswer[];
}

/** What a stream saw during one time window. */
export interface WindowSummary {
  served: number;
  fiveXx: number;
  failures: number;
}

/** The nearest-rank percentile `p` (0-100) of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Latency percentiles of `latencies` (ms). */
export function summarizeLatency(latencies: readonly number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const mean = sorted.length === 0 ? 0 : sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  return {
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
    mean: round(mean),
  };
}

/** Summarises a stream over a load phase of `seconds`. */
export function summarizeStream(record: StreamRecord, seconds: number): StreamSummary {
  const byStatus: Record<string, number> = {};
  let fiveXx = 0;
  for (const status of record.statuses) {
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    if (status >= 500) fiveXx += 1;
  }
  return {
    requests: record.statuses.length,
    rps: seconds > 0 ? Math.round((record.statuses.length / seconds) * 10) / 10 : 0,
    byStatus,
    fiveXx,
    failures: record.failures.length,
    timeouts: record.failures.filter((f) => /timed out/i.test(f.message)).length,
    failureMessages: [...new Set(record.failures.map((f) => f.message))].slice(0, 5),
    latency: summarizeLatency(record.latencies),
    unexpected: record.unexpected,
  };
}

/** What `record` saw between `from` and `to` (soak clock, ms, inclusive). */
export function summarizeWindow(record: StreamRecord, from: number, to: number): WindowSummary {
  let served = 0;
  let fiveXx = 0;
  record.responseTimes.forEach((t, i) => {
    if (t < from || t > to) return;
    served += 1;
    if (record.statuses[i]! >= 500) fiveXx += 1;
  });
  const failures = record.failures.filter((f) => f.t >= from && f.t <= to).length;
  return { served, fiveXx, failures };
}
