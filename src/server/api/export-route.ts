/** `GET /api/export`: a filtered slice of the knowledge base as a download (JSONL, CSV, Parquet, BibTeX, CSL-JSON, RIS), streamed. */
import type { RequestHandler, Response } from 'express';
import { prepareBackendExport } from '../../export/backend-export.js';
import { exportContentType, exportFilename, parseExportOptions, prepareExport, writeExport, type ResolvedExportOptions } from '../../export/index.js';
import { asReaderError } from '../../model/read-request-parameters.js';
import type { KnowledgeBaseHolder } from '../knowledge-base-holder.js';
import { guardQuery } from '../query-guard.js';
import type { ServerOptions } from '../server-options.js';
import type { WorkGate } from '../work-gate.js';


/**
 * The export route handler: options checked first (400 before any wait; the parameters of the
 * request declarations, the query through the server's query guard), then the export runs
 * through `gate` (503 with Retry-After when too many are running or queued) and is cut off when
 * it streams for longer than `options.exportDeadlineMs`.
 */
export function exportRoute(holder: KnowledgeBaseHolder, gate: WorkGate, options: ServerOptions): RequestHandler {
  return async (req, res) => {
    holder.require();
    const exportOptions = parseExportOptions(req.query, 'http', options);
    guardQuery(exportOptions.query, options);
    await gate.run(() => streamExport(holder, exportOptions, res, options.exportDeadlineMs));
  };
}

/** Writes one export to the response, cutting the connection at the deadline. */
async function streamExport(holder: KnowledgeBaseHolder, options: ResolvedExportOptions, res: Response, deadlineMs: number): Promise<void> {
  if (res.destroyed) return;
  const { kb, backend } = holder.require();
  const deadline = setTimeout(() => res.destroy(new Error(`export: deadline of ${deadlineMs} ms passed`)), deadlineMs);
  deadline.unref();
  try {
    res.setHeader('Content-Type', exportContentType(options.format));
    res.setHeader('Content-Disposition', `attachment; filename="${exportFilename(options.format, options)}"`);
    res.setHeader('Cache-Control', 'no-cache');
    try {
      // Held in memory: selected synchronously, as always; a database: read through the backend.
      await writeExport(kb === null ? await prepareBackendExport(backend, options) : prepareExport(kb, options), res);
    } catch (error) {
      if (!res.headersSent) {
        res.removeHeader('Content-Disposition');
        res.removeHeader('Content-Type');
        throw asReaderError(error, { naming: 'http' });
      }
      res.destroy(error instanceof Error ? error : undefined);
    }
  } finally {
    clearTimeout(deadline);
  }
}
