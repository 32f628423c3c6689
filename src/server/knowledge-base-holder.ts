/**
 * Holds the knowledge base the server answers from and swaps it atomically on reload: a new
 * generation is loaded and prepared completely in the background, checked, and only then
 * replaces the reference. A request takes the reference once, so it sees the old or the new
 * knowledge base, never a half-loaded one; a new one that fails to load or to prepare is refused
 * and the old one keeps serving. A load has a deadline: one that has not finished by then (a
 * file that never finishes reading on a hung mount) is refused, the holder is free to try again,
 * and `wedged` says a load is still stuck.
 */
import type { KnowledgeBase } from '../model/index.js';
import { FaultlineError } from '../model/index.js';
import { prepareKnowledgeBase, type FallbackNote, type PreparedKnowledgeBase } from './prepared-knowledge-base.js';

/** Outcome of one reload attempt. */
export type ReloadOutcome =
  // `dir`: the generation folder, or a database snapshot's id.
  | { status: 'swapped'; dir: string; ms: number }
  | { status: 'unchanged'; dir: string }
  | { status: 'refused'; error: Error };

/** A loaded knowledge base that is a fallback to an older generation, with the reason. */
export interface FallbackLoad {
  kb: KnowledgeBase;
  fallback: FallbackNote;
}

/** A knowledge base already prepared by the loader (a database snapshot: `prepareBackend`). */
export interface PreparedLoad {
  prepared: PreparedKnowledgeBase;
}

/** Loads a knowledge base (or a fallback, or a prepared one); gets the served one's snapshot id (its folder in memory) and returns null when that is still the newest. */
export type KnowledgeBaseLoader = (currentSnapshot: string | null) => Promise<KnowledgeBase | FallbackLoad | PreparedLoad | null>;

/** Options of a `KnowledgeBaseHolder`. */
export interface HolderOptions {
  /** Longest a load may take before it is refused, in ms. */
  loadTimeoutMs: number;
}

/** Defaults of `HolderOptions`. */
export const DEFAULT_HOLDER_OPTIONS: Readonly<HolderOptions> = { loadTimeoutMs: 120_000 };

/** Receives what the holder did (a pino logger fits). */
export interface HolderLogger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** The server's current knowledge base, swapped atomically on reload. */
export class KnowledgeBaseHolder {
  #current: PreparedKnowledgeBase | null = null;
  #pending: Promise<ReloadOutcome> | null = null;
  /** Reload calls made while one runs; the running reload goes round again until none came in during its last turn. */
  #requests = 0;
  #stuck = 0;
  readonly #logger: HolderLogger | undefined;
  readonly #options: HolderOptions;

  /** A holder, empty (not ready) unless `initial` is given. */
  constructor(initial?: KnowledgeBase, logger?: HolderLogger, options: Partial<HolderOptions> = {}) {
    this.#logger = logger;
    this.#options = { ...DEFAULT_HOLDER_OPTIONS, ...options };
    if (initial !== undefined) this.#current = prepareKnowledgeBase(initial);
  }

  /** True while a load that overran its deadline has still not settled (its reads may never return). */
  get wedged(): boolean {
    return this.#stuck > 0;
  }

  /** True once a knowledge base is loaded. */
  get ready(): boolean {
    return this.#current !== null;
  }

  /** The current prepared knowledge base, or null before the first load. */
  current(): PreparedKnowledgeBase | null {
    return this.#current;
  }

  /** The current prepared knowledge base; throws FaultlineError 503 before the first load. */
  require(): PreparedKnowledgeBase {
    const current = this.#current;
    if (current === null) throw new FaultlineError('The knowledge base is still loading; try again shortly', { status: 503 });
    return current;
  }

  /** Swaps in a knowledge base prepared elsewhere (a database snapshot: `prepareBackend`). */
  installPrepared(prepared: PreparedKnowledgeBase): void {
    this.#current = prepared;
  }

  /** Prepares `kb` (precomputes stats and facets, probing it) and swaps it in; throws, keeping the old one, when it is broken. */
  install(kb: KnowledgeBase, fallback: FallbackNote | null = null): PreparedKnowledgeBase {
    const prepared = prepareKnowledgeBase(kb, fallback);
    this.#current = prepared;
    return prepared;
  }

  /**
   * Loads a knowledge base with `load` and swaps it in when it loads and prepares cleanly.
   * Concurrent calls are coalesced: while one reload runs, further calls make it run once more
   * afterwards (so the newest generation wins) and share its promise.
   */
  reload(load: KnowledgeBaseLoader): Promise<ReloadOutcome> {
    if (this.#pending !== null) {
      this.#requests += 1;
      return this.#pending;
    }
    const run = async (): Promise<ReloadOutcome> => {
      let outcome: ReloadOutcome;
      let seen: number;
      do {
        seen = this.#requests;
        outcome = await this.#reloadOnce(load);
      } while (this.#requests !== seen);
      return outcome;
    };
    this.#pending = run().finally(() => {
      this.#pending = null;
    });
    return this.#pending;
  }

  async #reloadOnce(load: KnowledgeBaseLoader): Promise<ReloadOutcome> {
    const started = performance.now();
    try {
      const current = this.#current;
      const loaded = await this.#withDeadline(load(current?.snapshot ?? null));
      if (loaded === null) return { status: 'unchanged', dir: current?.snapshot ?? '' };
      if ('prepared' in loaded) {
        this.installPrepared(loaded.prepared);
        const { snapshot, stats } = loaded.prepared;
        const ms = Math.round(performance.now() - started);
        this.#logger?.info({ snapshot, ms, documents: stats.documents, incidents: stats.incidents }, 'knowledge base snapshot loaded');
        return { status: 'swapped', dir: snapshot, ms };
      }
      const kb = 'fallback' in loaded && 'kb' in loaded ? loaded.kb : (loaded);
      const fallback = 'fallback' in loaded && 'kb' in loaded ? loaded.fallback : null;
      this.install(kb, fallback);
      const ms = Math.round(performance.now() - started);
      this.#logger?.info({ dir: kb.dir, ms, documents: kb.documents.size, incidents: kb.incidents.size, fallback }, 'knowledge base loaded');
      return { status: 'swapped', dir: kb.dir, ms };
    } catch (cause) {
      const error = cause instanceof Error ? cause : new Error(String(cause));
      this.#logger?.error(
        { err: error, serving: this.#current?.snapshot ?? null },
        this.#current === null ? 'knowledge base failed to load' : 'new knowledge base refused; the previous one keeps serving',
      );
      return { status: 'refused', error };
    }
  }

  /** `loading`, or a refusal once `loadTimeoutMs` passes (the load goes on; `wedged` is true until it settles). */
  #withDeadline<T>(loading: Promise<T>): Promise<T> {
    const { loadTimeoutMs } = this.#options;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        this.#stuck += 1;
        void loading.then(
          () => (this.#stuck -= 1),
          () => (this.#stuck -= 1),
        );
        reject(new FaultlineError(`the knowledge base did not load within ${loadTimeoutMs} ms (a data file that never finishes reading?)`, { status: 503 }));
      }, loadTimeoutMs);
      timer.unref();
    });
    return Promise.race([loading, deadline]).finally(() => clearTimeout(timer));
  }
}
