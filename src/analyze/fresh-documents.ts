/**
 * Makes every `readDoc` of a wink-nlp instance read its text as a fresh instance would.
 *
 * wink keeps one lexicon per instance and adds every out-of-vocabulary word it meets to it; its
 * tokenizer then keeps a word whole when it finds it in that lexicon. So a word one document
 * added changes how a later document is split: once a text wrote "today’s." (kept whole before
 * the full stop), every later "today’s" stayed one token instead of "today" + "’s", and its DATE
 * entity was lost. Results then depended on which documents a process (or worker) read before.
 *
 * The fix hides, during each document, the words earlier documents added: the lexicon's lookup
 * finds only words of the model, of the set-up (custom entities) and of the current document.
 * It works on wink's cache object (wink-nlp 2.4: the model's feature functions receive it, and
 * its `lookup`/`add` are called as methods), checked when the instance is set up.
 */
import type { WinkMethods } from 'wink-nlp';

/** wink's per-instance lexicon cache (the parts this module uses). */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  currentSize(): number;
}

/** A language model as wink-nlp loads it (the parts this module wraps). */
export interface WinkModel {
  featureFn: (...args: unknown[]) => Record<string, unknown>;
  [key: string]: unknown;
}

/** A wrapped model and the hook that finishes the isolation once the instance is set up. */
export interface FreshDocumentsModel<M> {
  /** The model to give to `winkNLP(...)`. */
  model: M;
  /**
   * Installs the isolation on `nlp` (created from {@link FreshDocumentsModel.model}); call it
   * after the set-up (custom entities), whose words stay visible to every document.
   */
  isolate(nlp: WinkMethods): void;
}

const PROBE = 'faultlinefreshdocumentsprobe';

function isCache(value: unknown): value is WinkCache {
  const v = value as Partial<WinkCache> | null;
  return typeof v === 'object' && v !== null && typeof v.lookup === 'function' && typeof v.add === 'function' && typeof v.currentSize === 'function';
}

/** Wraps `model` so that the instance built from it can read each document as a fresh instance would. */
export function freshDocumentsModel<M extends WinkModel>(model: M): FreshDocumentsModel<M> {
  let cache: WinkCache | null = null;
  const featureFn = (...args: unknown[]): Record<string, unknown> => {
    const features = model.featureFn(...args);
    const wrapped: Record<string, unknown> = { ...features };
    for (const [name, fn] of Object.entries(features)) {
      if (typeof fn !== 'function') continue;
      wrapped[name] = (...fnArgs: unknown[]): unknown => {
        if (cache === null && isCache(fnArgs[2])) cache = fnArgs[2];
        return (fn as (...a: unknown[]) => unknown)(...fnArgs);
      };
    }
    return wrapped;
  };
  const wrappedModel = { ...model, featureFn };

  const isolate = (nlp: WinkMethods): void => {
    // A word unknown to the model makes wink extract its features, which hands over the cache.
    if (cache === null) nlp.readDoc(PROBE);
    const found: WinkCache | null = cache;
    if (found === null) throw new Error('freshDocuments: wink-nlp did not hand its lexicon cache to the model\'s feature functions (wink-nlp version changed?)');
    const lookup = found.lookup.bind(found);
    const add = found.add.bind(found);
    // Lexicon entries from this size on were added by documents.
    const setUpSize = found.currentSize() + 1;
    const current = new Set<number>();
    // wink's feature functions look up the word being added (its lower-cased form, just added):
    // inside `add` every entry is visible, as in a fresh instance.
    let adding = false;
    found.lookup = (text: string): number[] | null => {
      const hit = lookup(text);
      if (adding || hit?.length !== 1) return hit;
      const index = hit[0]!;
      return index < setUpSize || current.has(index) ? hit : null;
    };
    found.add = (text: string, category: number): number => {
      adding = true;
      let index: number;
      try {
        index = add(text, category);
      } finally {
        adding = false;
      }
      if (index >= setUpSize) {
        current.add(index);
        // A fresh instance adds the lower-cased form too (a word of the set-up has its own).
        const lower = text.toLowerCase();
        if (lower !== text) {
          const normal = lookup(lower);
          if (normal !== null && normal.length === 1 && (normal[0]!) >= setUpSize) current.add(normal[0]!);
        }
      }
      return index;
    };
    const readDoc = nlp.readDoc.bind(nlp);
    nlp.readDoc = ((text: string) => {
      current.clear();
      return readDoc(text);
    });
  };
  return { model: wrappedModel, isolate };
}
