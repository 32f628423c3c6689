/** Minimal typings of the parts of autocannon's programmatic API the bench uses. */
declare module 'autocannon' {
  /** A histogram summary (hdr-histogram-percentiles-obj). */
  interface Histogram {
    min: number;
    max: number;
    average: number;
    mean: number;
    stddev: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  }
  /** Options of one run. */
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    pipelining?: number;
    requests?: { method?: string; path?: string; headers?: Record<string, string> }[];
  }
  /** Results of one run. */
  interface Result {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    mismatches: number;
    statusCodeStats?: Record<string, { count: number }>;
  }
  /** Runs a load test; resolves with its results. */
  function autocannon(options: Options): Promise<Result> & { stop(): void };
  export default autocannon;
}
