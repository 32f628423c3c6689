/**
 * Type declarations for the parts of citation-js (which ships no TypeScript types) that
 * Faultline uses: the `Cite` class, its output formats and the CSL plugin's style register.
 */
declare module '@citation-js/core' {
  /** Options of `Cite#format`. */
  export interface CiteFormatOptions {
    /** `text`, `html` or `rtf` for bibliographies; `object`, `string` or `text` for data. */
    format?: string;
    /** CSL style id registered with the CSL plugin. */
    template?: string;
    /** Locale such as `en-US`. */
    lang?: string;
    [key: string]: unknown;
  }

  /** Options of the `Cite` constructor. */
  export interface CiteOptions {
    /** Input type to assume (e.g. `@csl/list+object`, `@biblatex/text`, `@ris/file`) instead of guessing it. */
    forceType?: string;
    [key: string]: unknown;
  }

  /** A set of bibliographic records held as CSL-JSON, convertible to other formats. */
  export class Cite {
    /** Parses the input (CSL-JSON objects, BibTeX text, RIS text, ...). */
    constructor(data?: unknown, options?: CiteOptions);
    /** The records as CSL-JSON. */
    data: Record<string, unknown>[];
    /** Formats the records (`bibtex`, `biblatex`, `ris`, `data`, `bibliography`, `citation`). */
    format(format: string, options?: CiteFormatOptions): unknown;
  }

  /** A name -> value register (CSL styles, locales). */
  export interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    get(name: string): T;
  }

  /** The plugin system. */
  export const plugins: {
    config: { get(plugin: string): unknown };
  };

  /** The library version. */
  export const version: string;
}

declare module '@citation-js/name' {
  /** Parses a personal name ("Jane Doe", "Doe, Jane", "Ludwig van Beethoven") into CSL name parts. */
  export function parse(name: string): Record<string, unknown>;
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
