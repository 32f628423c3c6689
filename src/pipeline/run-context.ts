/**
 * The context one pipeline run shares across its stages: the diagnostics collected (one list,
 * per file), progress reported to the caller (for progress bars), and the time spent in each stage.
 */
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from '../model/diagnostic.js';
import type { StageName } from './stage.js';

/** Progress of one stage. */
export interface StageProgress {
  stage: StageName;
  done: number;
  total: number;
}

/** Diagnostics, progress and timings of one run. */
export class RunContext {
  /** Problems found so far, in the order they were reported. */
  readonly diagnostics: Diagnostic[] = [];
  /** Milliseconds spent in each timed step (tenths kept). */
  readonly timings: Record<string, number> = {};
  readonly #onProgress: (progress: StageProgress) => void;

  /** A context reporting progress to `onProgress` (nothing when omitted). */
  constructor(onProgress?: (progress: StageProgress) => void) {
    this.#onProgress = onProgress ?? (() => undefined);
  }

  /** Records problems found in the input. */
  report(...diagnostics: Diagnostic[]): void {
    this.diagnostics.push(...diagnostics);
  }

  /** Reports that `done` of `total` items of `stage` are done. */
  progress(stage: StageName, done: number, total: number): void {
    this.#onProgress({ stage, done, total });
  }

  /** Runs `fn`, recording its wall-clock time under `step` (a stage name, or `list`). */
  async time<T>(step: string, fn: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      this.timings[step] = Math.round((performance.now() - start) * 10) / 10;
    }
  }
}
