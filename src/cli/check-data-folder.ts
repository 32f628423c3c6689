/**
 * Before `faultline serve` listens: the data folder must exist, be a folder, be readable and hold
 * a manifest. Otherwise one clear line naming the folder and how to build it, and the command
 * exits non-zero at once (issue 15: it used to answer 503 and log a stack trace every second).
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { FaultlineError } from '../model/diagnostic.js';
import { DATA_FOLDER_LAYOUT } from '../store/data-folder-layout.js';
import { escapeControlCharacters } from './terminal-text.js';

/** What the system errors of reading a folder mean, in words. */
const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'a part of its path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'a symbolic link loop',
  EIO: 'input/output error',
};

/** The hint printed after a data folder that cannot be served: the two commands that build it. */
export function buildDataHint(dir: string): string {
  const shown = /^[\w./-]+$/.test(dir) ? dir : `'${dir.replace(/'/g, `'\\''`)}'`;
  return `build it with \`faultline ingest --corpus corpus --out ${shown}\`, or serve with \`faultline serve --data ${shown} --ingest-if-stale\``;
}

/** Throws a FaultlineError naming `dir` unless it is a readable folder holding a manifest. */
export async function checkDataFolder(dir: string): Promise<void> {
  const shown = escapeControlCharacters(dir);
  const refuse = (why: string, cause?: unknown): FaultlineError =>
    new FaultlineError(`serve: cannot serve the data folder ${shown}: ${why}; ${escapeControlCharacters(buildDataHint(dir))}`, { parameter: 'data', cause });
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw refuse('it is not a folder');
    await access(dir, constants.R_OK | constants.X_OK);
  } catch (error) {
    if (error instanceof FaultlineError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw refuse(`${READ_ERRORS[code] ?? (error as Error).message}${code === '' ? '' : ` [${code}]`}`, error);
  }
  const manifest = path.join(dir, DATA_FOLDER_LAYOUT.manifest);
  try {
    await access(manifest, constants.R_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw refuse(code === 'ENOENT' ? `it holds no ${DATA_FOLDER_LAYOUT.manifest} (not a Faultline data folder)` : `cannot read its ${DATA_FOLDER_LAYOUT.manifest}: ${READ_ERRORS[code] ?? code}`, error);
  }
}
