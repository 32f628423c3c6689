/**
 * The parse stage: one `SourceFile` -> one `ParsedDocument`, or diagnostics explaining why the
 * file cannot be used. Pure, and never throws on bad input: an unknown extension, an empty,
 * binary or non-UTF-8 file, malformed front matter or a page without article text each become a
 * fatal diagnostic (stage `parse`); an unexpected parser failure becomes `parse-failed`.
 */
import { FaultlineError, type Diagnostic, type StageResult } from '../model/diagnostic.js';
import type { ParsedDocument, SourceFile, SourceFormat } from '../model/document.js';
import { decodeText } from './decode-text.js';
import { detectFormat, extensionOf, KNOWN_EXTENSIONS } from './detect-format.js';
import { parseHtml } from './parse-html.js';
import { parseMarkdown } from './parse-markdown.js';
import { resolveParseOptions, type ParseOptions, type ResolvedParseOptions } from './parse-options.js';
import type { ParserOutput, ParserProblem } from './parsed-content.js';
import { parseText } from './parse-text.js';

export type { ParseOptions } from './parse-options.js';

/** Parses one file; returns the document, or null with a fatal diagnostic naming the reason. */
export function parseFile(file: SourceFile, options?: ParseOptions): StageResult<ParsedDocument> {
  checkFile(file);
  const resolved = resolveParseOptions(options);
  try {
    return parseChecked(file, resolved);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { value: null, diagnostics: [diagnostic(file, { code: 'parse-failed', reason: `parser failed: ${message}`, fatal: true })] };
  }
}

function parseChecked(file: SourceFile, options: ResolvedParseOptions): StageResult<ParsedDocument> {
  const extension = extensionOf(file.path);
  if (detectFormat(file.path, '') === null) {
    const expected = `expected one of ${KNOWN_EXTENSIONS.join(', ')}`;
    const reason = extension === '' ? `file has no extension (${expected})` : `unknown extension '.${extension}' (${expected})`;
    return failure(file, { code: 'unknown-extension', reason, fatal: true });
  }
  const decoded = decodeText(file.bytes);
  if (decoded.text === null) return failure(file, { ...decoded.problem, fatal: true });

  const format = detectFormat(file.path, decoded.text)!;
  const output = run(format, decoded.text, options);
  const diagnostics = output.problems.map((p) => diagnostic(file, p));
  if (output.content === null) return { value: null, diagnostics };
  return {
    value: { path: file.path, format, sha256: file.sha256, bytes: file.bytes.length, ...output.content },
    diagnostics,
  };
}

function run(format: SourceFormat, text: string, options: ResolvedParseOptions): ParserOutput {
  switch (format) {
    case 'markdown':
      return parseMarkdown(text, options);
    case 'html':
      return parseHtml(text, options);
    case 'text':
      return parseText(text, options);
  }
}

function failure(file: SourceFile, problem: ParserProblem): StageResult<ParsedDocument> {
  return { value: null, diagnostics: [diagnostic(file, problem)] };
}

function diagnostic(file: SourceFile, problem: ParserProblem): Diagnostic {
  const out: Diagnostic = { file: file.path, stage: 'parse', code: problem.code, reason: problem.reason, fatal: problem.fatal };
  if (problem.line !== undefined) out.line = problem.line;
  return out;
}

/** Caller misuse (not bad input): a file record without a path or bytes. */
function checkFile(value: unknown): asserts value is SourceFile {
  if (value === null || typeof value !== 'object') throw new FaultlineError(`parseFile: file must be a SourceFile, got ${String(value)}`, { parameter: 'file' });
  const file = value as Partial<Record<keyof SourceFile, unknown>>;
  if (typeof file.path !== 'string') throw new FaultlineError(`parseFile: file.path must be a string, got ${typeof file.path}`, { parameter: 'file.path' });
  if (!(file.bytes instanceof Uint8Array)) {
    throw new FaultlineError(`parseFile: file.bytes must be a Uint8Array (${file.path})`, { parameter: 'file.bytes' });
  }
}
