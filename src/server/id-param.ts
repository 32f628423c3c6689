/** Validation of incident ids in paths. */
import { z } from 'zod';
import { FaultlineError } from '../model/index.js';

/** Incident ids are slugs: letters, digits, dots, underscores and dashes, at most 200 characters. */
const ID_SCHEMA = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a slug of letters, digits, ".", "_" and "-"');

/** Returns `raw` when it is a well-formed incident id; throws FaultlineError 400 (parameter `id`) otherwise. */
export function parseIncidentId(raw: unknown): string {
  const parsed = ID_SCHEMA.safeParse(raw);
  if (!parsed.success) {
    throw new FaultlineError(`incident: parameter id: ${parsed.error.issues[0]!.message}`, { status: 400, parameter: 'id' });
  }
  return parsed.data;
}

/** The FaultlineError 404 for an unknown incident id. */
export function unknownIncident(id: string): FaultlineError {
  return new FaultlineError(`incident: no incident with id "${id}"`, { status: 404, parameter: 'id' });
}

/** Parses a `limit` query value (1..max, default `fallback`); throws FaultlineError 400 (parameter `limit`). */
export function parseLimit(raw: unknown, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !/^\d{1,4}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new FaultlineError(`related: parameter limit: must be a whole number from 1 to ${max}`, { status: 400, parameter: 'limit' });
  }
  return Number(raw);
}

/** Reports of an incident per page: the page's default and the API's largest page size. */
export const REPORTS_PAGE = { size: 25, maxSize: 100 } as const;

/** Parses a 1-based page number or page size `parameter` (1..max, default `fallback`); throws FaultlineError 400 naming it. */
export function parsePageNumber(raw: unknown, parameter: string, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !/^\d{1,6}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new FaultlineError(`incident: parameter ${parameter}: must be a whole number from 1 to ${max}`, { status: 400, parameter });
  }
  return Number(raw);
}
