/** `GET /api/export`: a filtered slice of the knowledge base as a download (JSONL, CSV, Parquet, BibTeX, CSL-JSON, RIS), streamed. */
import type { Request, RequestHandler, Response } from 'express';
import { exportContentType, exportFilename, exportToStream, parseExportOptions, type RawExportOptions, type ResolvedExportOptions } from '../../export/index.js';
import { FaultlineError } from '../../model/index.js';
import type { KnowledgeBaseHolder } from '../knowledge-base-holder.js';
import type { WorkGate } from '../work-gate.js';

/** URL parameter -> export option name, for the parameters that differ. */
const OPTION_PARAMETER: ReadonlyMap<string, string> = new Map([
  ['query', 'q'],
  ['no-text', 'noText'],
  ['layer-role', 'layerRole'],
]);
const SCALARS = ['format', 'q', 'layerRole', 'from', 'to', 'noText'] as const;
const LISTS = ['layer', 'cause', 'certainty', 'provider'] as const;

function fail(parameter: string, message: string): never {
  throw new FaultlineError(`export: parameter ${parameter}: ${message}`, { status: 400, parameter });
}

/** Reads the export parameters of a request into raw export options (400 for unknown or repeated scalars). */
export function rawExportOptions(req: Request): RawExportOptions {
  const raw: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.query)) {
    const values = (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'string' ? v : fail(name, 'must be text')));
    if ((SCALARS as readonly string[]).includes(name)) {
      if (values.length > 1) fail(name, 'must be given once');
      raw[name] = values[0]!;
    } else if ((LISTS as readonly string[]).includes(name)) {
      raw[name] = values;
    } else {
      fail(name, 'unknown parameter');
    }
  }
  const { q, noText, ...rest } = raw as Record<string, string | string[] | undefined>;
  return { ...(rest as RawExportOptions), query: q as string | undefined, noText: noText as string | undefined };
}

/** Renames an export option in a FaultlineError to the URL parameter users wrote. */
function asParameterError(error: unknown): unknown {
  if (!(error instanceof FaultlineError) || error.parameter === undefined) return error;
  const parameter = OPTION_PARAMETER.get(error.parameter);
  return parameter === undefined ? error : new FaultlineError(error.message, { status: error.status, parameter, cause: error });
}

/**
 * The export route handler: options checked first (400 before any wait), then the export runs
 * through `gate` (503 with Retry-After when too many are running or queued) and is cut off when
 * it streams for longer than `deadlineMs`.
 */
export function exportRoute(holder: KnowledgeBaseHolder, gate: WorkGate, deadlineMs: number): RequestHandler {
  return async (req, res) => {
    holder.require();
    let options: ResolvedExportOptions;
    try {
      options = parseExportOptions(rawExportOptions(req));
    } catch (error) {
      throw asParameterError(error);
    }
    await gate.run(() => streamExport(holder, options, res, deadlineMs));
  };
}

/** Writes one export to the response, cutting the connection at the deadline. */
async function streamExport(holder: KnowledgeBaseHolder, options: ResolvedExportOptions, res: Response, deadlineMs: number): Promise<void> {
  if (res.destroyed) return;
  const { kb } = holder.require();
  const deadline = setTimeout(() => res.destroy(new Error(`export: deadline of ${deadlineMs} ms passed`)), deadlineMs);
  deadline.unref();
  try {
    res.setHeader('Content-Type', exportContentType(options.format));
    res.setHeader('Content-Disposition', `attachment; filename="${exportFilename(options.format, options)}"`);
    res.setHeader('Cache-Control', 'no-cache');
    try {
      await exportToStream(kb, options, res);
    } catch (error) {
      if (!res.headersSent) {
        res.removeHeader('Content-Disposition');
        res.removeHeader('Content-Type');
        throw asParameterError(error);
      }
      res.destroy(error instanceof Error ? error : undefined);
    }
  } finally {
    clearTimeout(deadline);
  }
}
