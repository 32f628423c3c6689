/**
 * A stage of the ingest pipeline: a named step over plain, JSON-serialisable records with its
 * scope (one file, one document, or the whole corpus), its options, and the key of its code and
 * options that a cached output must carry to be reused. Per-file and per-document stages run in
 * the worker pool (`run-stage.ts`), so their options are plain data a worker can rebuild the stage from.
 */
import { createHash } from 'node:crypto';
import { codeFingerprint } from '../ingest/code-fingerprint.js';
import type { RunContext } from './run-context.js';

/** The stages of an ingest, in order (also the names progress and timings are reported under). */
export type StageName = 'read' | 'parse' | 'dedupe' | 'analyze' | 'incidents' | 'index' | 'write';

/** What one run of a stage covers: one file, one document, or the whole corpus. */
export type StageScope = 'file' | 'document' | 'corpus';

/** A stage of the pipeline from `I` to `O`. */
export interface Stage<I, O> {
  readonly name: StageName;
  readonly scope: StageScope;
  /** The options the stage runs with (plain JSON: sent to the worker threads). */
  readonly options: unknown;
  /** Hex key of the stage's code and options: a cached output is reused only under the same key. */
  readonly cacheKey: string;
  /** Runs the stage on one input (a file, a document, or the corpus), reporting problems to `ctx`. */
  run(input: I, ctx: RunContext): O | Promise<O>;
}

/**
 * Defines a stage from its fields (and any more a kind of stage has): its cache key, computed
 * when first read, is the code fingerprint, its name and its options.
 */
export function defineStage<S extends Omit<Stage<never, unknown>, 'cacheKey'>>(definition: S): NoInfer<S> & { readonly cacheKey: string } {
  let key: string | null = null;
  return Object.defineProperty({ ...definition }, 'cacheKey', {
    enumerable: true,
    get(): string {
      key ??= stageKey(definition.name, definition.options);
      return key;
    },
  }) as S & { readonly cacheKey: string };
}

/** Hex key of a stage's code and options: the code fingerprint, the stage's name and its options as JSON. */
export function stageKey(name: StageName, options: unknown): string {
  return createHash('sha256')
    .update(codeFingerprint())
    .update(name)
    .update(JSON.stringify(options ?? null))
    .digest('hex')
    .slice(0, 32);
}
