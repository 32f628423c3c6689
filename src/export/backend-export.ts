/**
 * An export read from a `SearchBackend` (issue 17): the documents its search matches (query and
 * filters), narrowed to `--id`s (an unknown id is a 400 naming `ids`, as in memory), and their
 * incidents, read by id; the totals are the backend's. The result is written by the same code as
 * an in-memory export (`exportPrepared`).
 */
import type { PreparedExport } from './export-dataset.js';
import { resolveExportOptions, type ExportOptions } from './export-options.js';
import { exportFilters, exportSearchRequest } from './select-records.js';
import { FaultlineError } from '../model/diagnostic.js';
import type { SearchBackend } from '../search/search-backend.js';

/** Checks `options` and selects the records of an export from `backend`. */
export async function prepareBackendExport(backend: SearchBackend, options: ExportOptions): Promise<PreparedExport> {
  const resolved = resolveExportOptions(options);
  const request = exportFilters(resolved) ? exportSearchRequest(resolved) : { query: '' };
  let ids = await backend.matchingIds(request);
  if (resolved.ids !== null) {
    const known = new Set((await backend.documents(resolved.ids)).map((doc) => doc.id));
    const unknown = resolved.ids.find((id) => !known.has(id));
    if (unknown !== undefined) throw new FaultlineError(`export: ids: unknown document id "${unknown}"`, { status: 400, parameter: 'ids' });
    const wanted = new Set(resolved.ids);
    ids = ids.filter((id) => wanted.has(id));
  }
  const documents = await backend.documents(ids);
  const incidents = await backend.incidents([...new Set(documents.map((doc) => doc.incident))]);
  return {
    options: resolved,
    selection: { documents, incidents },
    kb: {
      dir: backend.location,
      manifest: await backend.manifest(),
      documents: new Map(documents.map((doc) => [doc.id, doc])),
      incidents: new Map(incidents.map((incident) => [incident.id, incident])),
    },
    totals: await backend.counts(),
  };
}
