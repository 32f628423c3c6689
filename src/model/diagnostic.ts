/**
 * Diagnostics: problems in the *input* (a bad file, a malformed header) are collected as
 * records, never thrown, so one bad file never stops an ingest. Misuse by a caller (a wrong
 * option, a programming error) throws instead.
 */

/** Machine-readable reason codes for input problems. */
export type DiagnosticCode =
  | 'empty-file'
  | 'binary-file'
  | 'invalid-utf8'
  | 'too-large'
  | 'malformed-front-matter'
  | 'no-article-text'
  | 'unreadable'
  | 'symlink-loop'
  | 'unknown-extension'
  | 'parse-failed'
  | 'analyze-failed'
  /** A symbolic link whose target lies outside the corpus folder (see `--follow-symlinks-outside`). */
  | 'outside-corpus'
  /** Not a regular file: a FIFO, a socket, a device. */
  | 'not-regular-file'
  /** A file or folder name that is not valid UTF-8. */
  | 'invalid-file-name'
  /** Input whose structure is past a parser's bound (nesting depth, expanded front matter). */
  | 'too-complex'
  /** A file whose parsing or analysis ran past the per-file time budget. */
  | 'timed-out'
  /** A document whose id another document already has (the later file is refused). */
  | 'duplicate-id'
  /** A declared character set that cannot be decoded. */
  | 'unsupported-charset'
  /** A date that cannot be what it claims: a publication decades after the events, a date after the ingest (see `DocumentDates.problems`). */
  | 'implausible-date'
  | 'warning';

/** One problem found in one input file. */
export interface Diagnostic {
  /** Corpus-relative path of the file (or the folder) concerned. */
  file: string;
  /** Pipeline stage that found it (`read`, `parse`, `normalize`, `dedupe`, `analyze`, ...). */
  stage: string;
  /** Reason code. */
  code: DiagnosticCode;
  /** Human-readable explanation naming what is wrong. */
  reason: string;
  /** 1-based line number in the file, when it can be named. */
  line?: number;
  /** True when the file was skipped; false for a warning (the file was still ingested). */
  fatal: boolean;
}

/** Result of a stage that may fail on bad input: a value or diagnostics, never an exception. */
export interface StageResult<T> {
  /** The stage's output, or null when the input could not be used. */
  value: T | null;
  /** Problems found (fatal ones explain why `value` is null). */
  diagnostics: Diagnostic[];
}

/** Thrown for caller misuse (bad option, bad parameter); the message names the component and value. */
export class FaultlineError extends Error {
  /** HTTP-style status a server should answer with (400 for bad parameters, 404 for unknown ids). */
  readonly status: number;
  /** The parameter or option concerned, when there is one. */
  readonly parameter: string | undefined;

  /** Creates an error naming the component, the parameter and what is wrong. */
  constructor(message: string, options: { status?: number; parameter?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FaultlineError';
    this.status = options.status ?? 400;
    this.parameter = options.parameter;
  }
}
