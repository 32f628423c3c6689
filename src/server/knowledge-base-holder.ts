/**
 * Holds the knowledge base the server answers from and swaps it atomically on reload: a new
 * generation is loaded and prepared completely in the background, checked, and only then
 * replaces the reference. A request takes the reference once, so it sees the old or the new
 * knowledge base, never a half-loaded one; a new one that fails to load or to prepare is refused
 * and the old one keeps serving.
 */
import type { KnowledgeBase } from '../model/index.js';
import { FaultlineError } from '../model/index.js';
import { prepareKnowledgeBase, type PreparedKnowledgeBase } from './prepared-knowledge-base.js';

/** Outcome of one reload attempt. */
export type ReloadOutcome =
  | { status: 'swapped'; dir: string; ms: number }
  | { status: 'unchanged'; dir: string }
  | { status: 'refused'; error: Error };

/** Loads a knowledge base; gets the loaded one's folder and returns null when that is still the newest. */
export type KnowledgeBaseLoader = (currentDir: string | null) => Promise<KnowledgeBase | null>;

/** Receives what the holder did (a pino logger fits). */
export interface HolderLogger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** The server's current knowledge base, swapped atomically on reload. */
export class KnowledgeBaseHolder {
  #current: PreparedKnowledgeBase | null = null;
  #pending: Promise<ReloadOutcome> | null = null;
  #again = false;
  readonly #logger: HolderLogger | undefined;

  /** A holder, empty (not ready) unless `initial` is given. */
  constructor(initial?: KnowledgeBase, logger?: HolderLogger) {
    this.#logger = logger;
    if (initial !== undefined) this.#current = prepareKnowledgeBase(initial);
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

  /** Prepares `kb` (precomputes stats and facets, probing it) and swaps it in; throws, keeping the old one, when it is broken. */
  install(kb: KnowledgeBase): PreparedKnowledgeBase {
    const prepared = prepareKnowledgeBase(kb);
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
      this.#again = true;
      return this.#pending;
    }
    const run = async (): Promise<ReloadOutcome> => {
      let outcome: ReloadOutcome;
      do {
        this.#again = false;
        outcome = await this.#reloadOnce(load);
      } while (this.#again);
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
      const kb = await load(current?.kb.dir ?? null);
      if (kb === null) return { status: 'unchanged', dir: current?.kb.dir ?? '' };
      this.install(kb);
      const ms = Math.round(performance.now() - started);
      this.#logger?.info({ dir: kb.dir, ms, documents: kb.documents.size, incidents: kb.incidents.size }, 'knowledge base loaded');
      return { status: 'swapped', dir: kb.dir, ms };
    } catch (cause) {
      const error = cause instanceof Error ? cause : new Error(String(cause));
      this.#logger?.error(
        { err: error, serving: this.#current?.kb.dir ?? null },
        this.#current === null ? 'knowledge base failed to load' : 'new knowledge base refused; the previous one keeps serving',
      );
      return { status: 'refused', error };
    }
  }
}
