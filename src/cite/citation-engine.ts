/**
 * The one place that loads citation-js with its BibTeX, CSL and RIS plugins, so every other
 * module gets a fully configured `Cite`. Input is always passed as CSL-JSON objects with an
 * explicit type: citation-js never guesses (and never fetches a URL given as a string).
 */
import { Cite, plugins, type Register } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl-item.js';

/** The CSL plugin's style register (style id -> CSL XML or citeproc JSON). */
export function cslStyleRegister(): Register<unknown> {
  const config = plugins.config.get('@csl') as { styles: Register<unknown> } | undefined;
  if (!config?.styles) throw new Error('citation-js CSL plugin is not loaded');
  return config.styles;
}

/** A citation-js `Cite` over CSL records (copied, so citation-js's bookkeeping never touches them). */
export function citeOf(items: readonly (CslItem | Record<string, unknown>)[]): Cite {
  return new Cite(structuredClone([...items]), { forceType: '@csl/list+object' });
}

