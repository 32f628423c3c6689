/**
 * Reads an ingest config file (`faultline ingest --config faultline.json`): a JSON object with the
 * keys of `PipelineOptions` (`corpus`, `out`, `workers`, `fileTimeoutMs`, `force`, and the
 * sections `read`, `parse`, `dedupe`, `tag`, `incidents`, `index` with their stages' options).
 * Every key is optional; an unknown key, a value of the wrong type or out of range is an error
 * naming the file, the key and the value. `corpus`, `out`, a `tag.providerDomains` file and the
 * `incidents.providers` and `incidents.overrides` files are relative to the config file's folder;
 * `tag.providerDomains` may also be the list itself.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FaultlineError } from '../model/diagnostic.js';
import { parseProviderDomains, readProviderDomains } from '../rulebook/read-provider-domains.js';
import type { ProviderDomains } from '../rulebook/rule.js';
import { PIPELINE_DEFAULTS, resolvePipelineOptions, type PipelineOptions } from './pipeline-options.js';

/** What a config file sets: any `PipelineOptions` but the progress callback. */
export type PipelineConfig = Partial<Omit<PipelineOptions, 'onProgress'>>;

/** The sections of a config file and their keys, from the defaults (so a new option is a new key). */
const SECTIONS = ['read', 'parse', 'dedupe', 'tag', 'incidents', 'index'] as const;
const TOP_LEVEL = ['corpus', 'out', 'workers', 'fileTimeoutMs', 'force', ...SECTIONS] as const;

/** Throws the error of one bad key. */
function bad(file: string, what: string): never {
  throw new FaultlineError(`config ${file}: ${what}`, { parameter: 'config' });
}

/** A value as it is quoted in an error. */
function shown(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Refuses keys of `value` that are not in `known` (`where`: the section, '' at the top). */
function refuseUnknownKeys(file: string, value: Record<string, unknown>, known: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) bad(file, `unknown key "${where}${key}" (known: ${known.join(', ')})`);
  }
}

/** Checks one section's values against its defaults' types; returns it. */
function checkSection(file: string, name: (typeof SECTIONS)[number], value: unknown): Record<string, unknown> {
  if (!isObject(value)) bad(file, `"${name}" must be an object, got ${shown(value)}`);
  const defaults = PIPELINE_DEFAULTS[name] as Readonly<Record<string, unknown>>;
  refuseUnknownKeys(file, value, Object.keys(defaults), `${name}.`);
  for (const [key, entry] of Object.entries(value)) {
    if (name === 'tag' && key === 'providerDomains') continue; // a file name or the list: read below
    const expected = typeof defaults[key];
    if (typeof entry !== expected) bad(file, `${name}.${key} must be a ${expected}, got ${shown(entry)}`);
  }
  return value;
}

/** Parses the text of a config file (`file` names it in errors; relative paths are resolved against its folder). */
export async function parsePipelineConfig(content: string, file: string): Promise<PipelineConfig> {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    bad(file, `invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(value)) bad(file, `expected a JSON object of options, got ${shown(value)}`);
  refuseUnknownKeys(file, value, TOP_LEVEL, '');
  const folder = path.dirname(path.resolve(file));
  const config: Record<string, unknown> = {};
  for (const key of ['corpus', 'out'] as const) {
    if (value[key] === undefined) continue;
    if (typeof value[key] !== 'string' || value[key] === '') bad(file, `${key} must be a folder name, got ${shown(value[key])}`);
    config[key] = path.resolve(folder, value[key]);
  }
  if (value.workers !== undefined && value.workers !== 'auto' && typeof value.workers !== 'number') bad(file, `workers must be a number or "auto", got ${shown(value.workers)}`);
  if (value.fileTimeoutMs !== undefined && typeof value.fileTimeoutMs !== 'number') bad(file, `fileTimeoutMs must be a number, got ${shown(value.fileTimeoutMs)}`);
  if (value.force !== undefined && typeof value.force !== 'boolean') bad(file, `force must be a boolean, got ${shown(value.force)}`);
  for (const key of ['workers', 'fileTimeoutMs', 'force'] as const) if (value[key] !== undefined) config[key] = value[key];
  for (const name of SECTIONS) if (value[name] !== undefined) config[name] = { ...checkSection(file, name, value[name]) };
  const tag = config.tag as { providerDomains?: unknown } | undefined;
  if (tag?.providerDomains !== undefined) tag.providerDomains = await providerDomainsOf(file, folder, tag.providerDomains);
  const incidents = config.incidents as { providers?: string; overrides?: string } | undefined;
  for (const key of ['providers', 'overrides'] as const) if (incidents?.[key]) incidents[key] = path.resolve(folder, incidents[key]); // '' keeps meaning the corpus folder's own file
  // Ranges and the relations between options: the stages' own checks, named with this file.
  try {
    resolvePipelineOptions({ corpus: '', out: '', ...(config as PipelineConfig) });
  } catch (error) {
    if (error instanceof FaultlineError) bad(file, error.message.replace(/^ingest: option /, ''));
    throw error;
  }
  return config;
}

/** `tag.providerDomains`: a file (relative to the config's folder) or the list itself. */
async function providerDomainsOf(file: string, folder: string, value: unknown): Promise<ProviderDomains[]> {
  if (typeof value === 'string') return readProviderDomains(path.resolve(folder, value));
  if (Array.isArray(value)) return parseProviderDomains(JSON.stringify(value), `${file} (tag.providerDomains)`);
  bad(file, `tag.providerDomains must be a file name or a list of {provider, aliases, domains}, got ${shown(value)}`);
}

/** Reads a config file (see `parsePipelineConfig`). */
export async function readPipelineConfig(file: string): Promise<PipelineConfig> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new FaultlineError(`config ${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`, { parameter: 'config', cause: error });
  }
  return parsePipelineConfig(content, file);
}
