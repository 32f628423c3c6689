/**
 * A gate in front of expensive work (wildcard and fuzzy searches, exports): at most
 * `concurrency` tasks run at once, at most `queue` wait in line (first come, first served), and a
 * task that waits longer than `waitMs` is refused. A refusal is a FaultlineError 503, which the
 * error handler answers with `Retry-After`, so a client under overload gets an answer at once
 * instead of a stalled connection. Each task starts in a fresh turn of the event loop, so
 * `/healthz` and cheap requests get their turn between two expensive ones.
 */
import { FaultlineError } from '../model/index.js';

/** Options of a `WorkGate`. */
export interface WorkGateOptions {
  /** Tasks running at once. */
  concurrency: number;
  /** Tasks waiting at most; one more is refused at once. */
  queue: number;
  /** Longest wait for a slot, in ms; past it the task is refused. */
  waitMs: number;
  /** What the gate admits, for the refusal message ("searches with wildcard or fuzzy terms"). */
  label: string;
}

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout;
}

/** Limits the concurrency of expensive work, with a bounded queue and a wait deadline. */
export class WorkGate {
  readonly #options: WorkGateOptions;
  #running = 0;
  readonly #waiting: Waiter[] = [];

  /** A gate with these limits. */
  constructor(options: WorkGateOptions) {
    this.#options = options;
  }

  /** Tasks running now. */
  get running(): number {
    return this.#running;
  }

  /** Tasks waiting now. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** Runs `task` once a slot is free; rejects with a FaultlineError 503 when the queue is full or the wait exceeds `waitMs`. */
  async run<T>(task: () => Promise<T> | T): Promise<T> {
    await this.#acquire();
    try {
      return await task();
    } finally {
      this.#release();
    }
  }

  #busy(): FaultlineError {
    return new FaultlineError(
      `The server is busy with other ${this.#options.label} (${this.#options.concurrency} at a time); try again in a few seconds`,
      { status: 503 },
    );
  }

  #acquire(): Promise<void> {
    if (this.#running < this.#options.concurrency && this.#waiting.length === 0) {
      this.#running++;
      return new Promise((resolve) => setImmediate(resolve));
    }
    if (this.#waiting.length >= this.#options.queue) return Promise.reject(this.#busy());
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          setImmediate(resolve);
        },
        timer: setTimeout(() => {
          const at = this.#waiting.indexOf(waiter);
          if (at !== -1) this.#waiting.splice(at, 1);
          reject(this.#busy());
        }, this.#options.waitMs),
      };
      waiter.timer.unref();
      this.#waiting.push(waiter);
    });
  }

  #release(): void {
    this.#running--;
    const next = this.#waiting.shift();
    if (next === undefined) return;
    this.#running++;
    next.start();
  }
}

/** The app's gates: searches with wildcard or fuzzy terms, and exports. */
export interface WorkGates {
  search: WorkGate;
  export: WorkGate;
}

/** True when a query has wildcard (`*`) or fuzzy (`~`) terms, whose expansion makes it expensive. */
export function isExpensiveQuery(query: string | undefined): boolean {
  return query !== undefined && /[*~]/.test(query);
}
