/**
 * Incident overrides: a user's corrections to the grouping, kept in a file that survives
 * re-ingests (`incidents.yaml`, `incidents.yml` or `incidents.json` in the corpus folder, or the
 * file given by the `incidents.overrides` option):
 *
 *     merge:                 # these documents are one incident
 *       - documents: [blackout-task-force.md, https://en.wikipedia.org/wiki/Northeast_blackout_of_2003]
 *         reason: the task force's report and Wikipedia's tell one blackout
 *     split:                 # these documents are never in one incident
 *       - documents: [github-2018-10-21.md, github-2018-10-22-follow-up.md]
 *     link:                  # this document also covers that incident (many-to-many)
 *       - document: cloud-roundup-2021.md
 *         incident: 2021-06-08-fastly      # an incident id, or any document of the incident
 *
 * A document is named by its id (or a prefix of 8 characters or more), its corpus path (or its
 * file name when only one file has it) or its URL, so the file keeps working when documents are
 * re-analysed. A file of the wrong shape is a caller mistake: a FaultlineError names the file, the
 * entry and the value. A name that matches no document is a warning diagnostic of the ingest.
 */
import { readFileSync } from 'node:fs';
import { FaultlineError } from '../model/diagnostic.js';
import { parseDataFile } from '../providers/parse-data-file.js';

/** Documents that are one incident, or never one. */
export interface DocumentGroupOverride {
  /** Document references (id, id prefix, corpus path, file name or URL). */
  documents: string[];
  /** Why, in the user's words (recorded on the incident). */
  reason: string | null;
}

/** A document that also covers an incident. */
export interface DocumentLinkOverride {
  /** Document reference. */
  document: string;
  /** An incident id, or a reference to any document of the incident. */
  incident: string;
  reason: string | null;
}

/** The overrides of one file. */
export interface IncidentOverrides {
  /** The file they came from (named in reasons and diagnostics). */
  file: string;
  merge: DocumentGroupOverride[];
  split: DocumentGroupOverride[];
  link: DocumentLinkOverride[];
}

const SECTIONS = new Set(['merge', 'split', 'link']);

function bad(file: string, what: string): never {
  throw new FaultlineError(`incident overrides ${file}: ${what}`, { parameter: 'incidents.overrides' });
}

function reference(file: string, where: string, key: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') bad(file, `${where}: "${key}" must be a document id, path or URL, got ${JSON.stringify(value)}`);
  return value.trim();
}

function reasonOf(file: string, where: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') bad(file, `${where}: "reason" must be text, got ${JSON.stringify(value)}`);
  return value.trim() === '' ? null : value.trim();
}

function entries(file: string, section: string, value: unknown): Record<string, unknown>[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) bad(file, `"${section}" must be a list of entries, got ${JSON.stringify(value)}`);
  return value.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) bad(file, `${section} entry ${i + 1} must be a record, got ${JSON.stringify(item)}`);
    return item as Record<string, unknown>;
  });
}

function groups(file: string, section: 'merge' | 'split', value: unknown): DocumentGroupOverride[] {
  return entries(file, section, value).map((entry, i) => {
    const where = `${section} entry ${i + 1}`;
    for (const key of Object.keys(entry)) if (key !== 'documents' && key !== 'reason') bad(file, `${where}: unknown key "${key}" (expected documents, reason)`);
    const documents = entry.documents;
    if (!Array.isArray(documents) || documents.length < 2) bad(file, `${where}: "documents" must list two documents or more, got ${JSON.stringify(documents)}`);
    return { documents: documents.map((d: unknown) => reference(file, where, 'documents', d)), reason: reasonOf(file, where, entry.reason) };
  });
}

/** Checks the parsed content of an overrides file (`file` names it in errors). */
export function checkIncidentOverrides(value: unknown, file: string): IncidentOverrides {
  if (value === null || value === undefined) return { file, merge: [], split: [], link: [] };
  if (typeof value !== 'object' || Array.isArray(value)) bad(file, 'expected a record with "merge", "split" and/or "link" lists');
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!SECTIONS.has(key)) bad(file, `unknown section "${key}" (expected merge, split, link)`);
  const link = entries(file, 'link', record.link).map((entry, i): DocumentLinkOverride => {
    const where = `link entry ${i + 1}`;
    for (const key of Object.keys(entry)) if (!['document', 'incident', 'reason'].includes(key)) bad(file, `${where}: unknown key "${key}" (expected document, incident, reason)`);
    return { document: reference(file, where, 'document', entry.document), incident: reference(file, where, 'incident', entry.incident), reason: reasonOf(file, where, entry.reason) };
  });
  const overrides: IncidentOverrides = { file, merge: groups(file, 'merge', record.merge), split: groups(file, 'split', record.split), link };
  // A pair both merged and split is a contradiction the user must resolve.
  overrides.merge.forEach((m, i) => {
    overrides.split.forEach((s, j) => {
      const shared = s.documents.filter((d) => m.documents.includes(d));
      if (shared.length >= 2) bad(file, `merge entry ${i + 1} and split entry ${j + 1} both name ${shared.slice(0, 2).join(' and ')}`);
    });
  });
  return overrides;
}

/** Reads and checks an overrides file. */
export function readIncidentOverrides(file: string): IncidentOverrides {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    throw new FaultlineError(`incident overrides ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`, { parameter: 'incidents.overrides', cause: error });
  }
  return checkIncidentOverrides(parseDataFile(content, file, 'incident overrides', 'incidents.overrides'), file);
}
