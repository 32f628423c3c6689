/**
 * The shape of `bench/results.json`: every figure of one bench run, per corpus size, with the
 * parts that could not be measured marked `{ unavailable: reason }` instead of crashing the run.
 */
import type { PostgresBenchResult } from '../bench-postgres/run-postgres-bench.js';
import type { CorpusMeta } from '../gen-corpus.js';
import type { CodeInfo } from './code-snapshot.js';
import type { BenchOptions } from './bench-options.js';
import type { LoadTestResult } from './load-test.js';
import type { MachineInfo } from './machine-info.js';
import type { NlpTaskResult } from './task-nlp.js';
import type { KnowledgeBaseTaskResult } from './task-knowledge-base.js';
import type { PlantedRecall } from './planted-recall.js';
import type { TargetRow } from './targets.js';

/** A part of the bench that could not run (a pipeline piece missing, a failure, a timeout). */
export interface Unavailable {
  unavailable: string;
}

/** A measured value or the reason it is missing. */
export type Measured<T> = T | Unavailable;

/** True when `value` was measured. */
export function isMeasured<T>(value: Measured<T> | undefined): value is T {
  return value !== undefined && !(typeof value === 'object' && value !== null && 'unavailable' in value);
}

/** One ingest run in its own process. */
export interface IngestRun {
  kind: 'cold' | 'warm' | 'changed';
  /** Worker threads requested and used. */
  workersRequested: number;
  workers: number;
  /** `runIngest` time, ms; and from spawn to result (module loading included). */
  ms: number;
  wallMs: number;
  files: number;
  documents: number;
  docsPerS: number;
  /** Corpus bytes (all files) per second, MB/s. */
  mbPerS: number;
  /** Estimated article+comment tokens per second (tokens per document from the NLP sample). */
  tokensPerS: number | null;
  timings: Record<string, number>;
  counts: Record<string, number>;
  upToDate: boolean;
  /** Peak RSS of the ingest process, MB. */
  maxRssMb: number;
  /** Files changed before this run (changed runs only). */
  changedFiles?: number;
}

/** HTTP figures at one size. */
export interface HttpResults {
  /** Bare Express with a fixed JSON body, at each connection count. */
  bare: Measured<LoadTestResult[]>;
  /** `/api/search`: server start time, peak RSS, and the runs. */
  search: Measured<{ startMs: number; readyMs: number; maxRssMb: number; documents: number | null; runs: LoadTestResult[] }>;
}

/** Everything measured at one corpus size. */
export interface SizeResults {
  n: number;
  /** Remarks on how to read this size's figures. */
  notes: string[];
  corpus: CorpusMeta & { cached: boolean; mb: number };
  ingest: { cold: Measured<IngestRun>[]; warm: Measured<IngestRun>; changed: Measured<IngestRun> };
  nlp: Measured<NlpTaskResult>;
  dedupe: {
    /** The ingest's dedupe stage (signatures precomputed in the parse workers), ms and µs per document. */
    stage: Measured<{ ms: number; usPerDoc: number }>;
    /** Direct: signatures + dedupeDocuments over the prepared corpus, one core. */
    direct: Measured<{ prepareMs: number; signatureMs: number; dedupeMs: number; totalMs: number; usPerDoc: number; documents: number }>;
    recall: Measured<PlantedRecall>;
  };
  index: Measured<{ buildMs: number; sizeBytes: number; files: number }>;
  kb: Measured<KnowledgeBaseTaskResult & { maxRssMb: number; wallMs: number }>;
  http: HttpResults;
}

/** A real corpus measured in place (issue 4's load vs build on real post-mortems). */
export interface RealCorpusResults {
  name: string;
  path: string;
  files: number;
  bytes: number;
  ingest: Measured<IngestRun>;
  index: Measured<{ buildMs: number; sizeBytes: number; files: number }>;
  kb: Measured<KnowledgeBaseTaskResult & { maxRssMb: number; wallMs: number }>;
}

/** `bench/results.json`. */
export interface BenchResults {
  version: 1;
  startedAt: string;
  finishedAt: string;
  durationS: number;
  machine: MachineInfo & { loadAvg1End: number };
  options: BenchOptions;
  /** The code measured (a snapshot of src/ unless --live-code). */
  code: CodeInfo;
  sizes: SizeResults[];
  /** Real corpora measured in place. */
  realCorpora: RealCorpusResults[];
  /** The PostgreSQL backend's benchmark (`--store`), or null when not asked for. */
  postgres: Measured<PostgresBenchResult> | null;
  targets: TargetRow[];
  /** Pipeline pieces or measurements that were not available, with the reason. */
  unavailable: string[];
}
