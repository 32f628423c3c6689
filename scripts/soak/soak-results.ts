/** The shape of a soak's results (printed as Markdown, written as JSON). */
import type { MemoryVerdict } from './memory-verdict.js';
import type { RssSample } from './rss-sampler.js';
import type { StreamSummary, WindowSummary } from './stream-summary.js';

/** One reload of the knowledge base during the load. */
export interface ReloadRecord {
  /** 1-based. */
  n: number;
  /** The corpus file that changed. */
  changedFile: string;
  /** Generation folder the ingest wrote. */
  generation: string;
  /** Documents and incidents in it. */
  documents: number;
  incidents: number;
  /** Time of the ingest (worker thread), ms. */
  ingestMs: number;
  /** From the end of the ingest until /readyz showed the new generation, ms. */
  swapMs: number;
  /** /api/stats counted the new generation's documents once swapped. */
  servedNewGeneration: boolean;
  /** The window (soak clock, s): ingest start to swap seen. */
  fromS: number;
  toS: number;
  /** The soak's own searches, sent back to back through the window. */
  probed: WindowSummary;
  /** What the good and bad streams saw in the window. */
  good: WindowSummary;
  bad: WindowSummary;
}

/** One pass/fail criterion. */
export interface Criterion {
  name: string;
  pass: boolean;
  detail: string;
}

/** Everything a soak run reports. */
export interface SoakResults {
  version: 1;
  mode: 'short' | 'full';
  startedAt: string;
  machine: { cpus: number; loadAverage1m: number; node: string };
  corpus: { folders: string[]; files: number; documents: number; incidents: number; firstIngestMs: number };
  load: { seconds: number; goodRate: number; goodConnections: number; badRate: number; badConnections: number; timeoutS: number };
  /** The good stream (every request must get a 2xx) and the bad stream (every request its exact 4xx). */
  good: StreamSummary;
  bad: StreamSummary;
  /** Health probes sent by the soak itself (readyz polling during reloads, stats checks). */
  probes: { requests: number; failures: number; fiveXx: number };
  reloads: ReloadRecord[];
  rss: { intervalMs: number; samples: RssSample[]; verdict: MemoryVerdict };
  server: {
    errorLogLines: string[];
    refusedReloads: number;
    generationsLoaded: number;
    aliveAtEnd: boolean;
    exit: { code: number | null; signal: string | null; ms: number; killed: boolean };
  };
  criteria: Criterion[];
  pass: boolean;
}
