/**
 * Latency statistics over a list of measured durations.
 */

/** Summary of measured latencies, ms. */
export interface LatencyStats {
  count: number;
  mean: number;
  p50: number;
  p99: number;
  max: number;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Nearest-rank percentile of sorted values (`p` in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Count, mean, p50, p99 and max of `values` (ms). */
export function latencyStats(values: readonly number[]): LatencyStats {
  const sorted = values.slice().sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, mean: round(mean), p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1] ?? Number.NaN) };
}
