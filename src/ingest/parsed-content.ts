/**
 * What a format parser returns before `parseFile` adds the file's identity (path, format, hash,
 * size): the extracted content, or null, and the problems found, without file and stage.
 */
import type { DiagnosticCode } from '../model/diagnostic.js';
import type { ParsedDocument } from '../model/document.js';

/** The content fields of a `ParsedDocument`. */
export type ParsedContent = Omit<ParsedDocument, 'path' | 'format' | 'sha256' | 'bytes'>;

/** A problem a parser found; `parseFile` turns it into a `Diagnostic` for the file. */
export interface ParserProblem {
  code: DiagnosticCode;
  /** Human-readable explanation naming what is wrong. */
  reason: string;
  /** 1-based line number, when known. */
  line?: number;
  /** True when the file cannot be used. */
  fatal: boolean;
}

/** A parser's result: content (null when a fatal problem prevents it) and problems. */
export interface ParserOutput {
  content: ParsedContent | null;
  problems: ParserProblem[];
}

/** Content with every field empty, for parsers to fill in. */
export function emptyContent(): ParsedContent {
  return {
    hasMetadata: false,
    title: null,
    url: null,
    published: null,
    author: null,
    description: null,
    tags: [],
    company: null,
    product: null,
    startTime: null,
    meta: {},
    text: '',
    comments: [],
  };
}
