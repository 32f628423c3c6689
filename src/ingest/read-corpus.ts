/**
 * The read stage: lists the files of a corpus folder. The corpus folder is a jail: a symbolic
 * link is resolved with `realpath` and refused (`outside-corpus`) when its target lies outside the
 * folder, unless `followSymlinksOutside`; only regular files are listed (a FIFO, socket or device
 * is `not-regular-file`); folders are keyed by device and inode and each is read once, so links
 * that reach one folder many ways cannot make the walk exponential. Input problems (an unreadable
 * file, a symlink loop, a file over the size limit, an unknown extension, a name that is not
 * UTF-8) become diagnostics; only a corpus folder that cannot be read at all throws. A folder's
 * own README and LICENSE files (`README.md`, `LICENSE.txt`, `LICENCE`, ...) describe the corpus
 * and are not reports: they are skipped without a diagnostic unless `includeReadmeFiles`.
 */
import type { Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CORPUS_SETTINGS_FILES } from '../incidents/corpus-settings-files.js';
import { FaultlineError, type Diagnostic } from '../model/diagnostic.js';

/** Extensions the parsers understand (lower case, with the dot). */
export const CORPUS_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown', '.txt', '.text', '.html', '.htm']);

/** A corpus folder's own documentation: README and LICENSE (or LICENCE) files, any extension, any case. */
export const README_FILE_NAME = /^(?:readme|licen[cs]e)(?:[._-]|$)/i;

/** True when `name` (a base name) is a README or LICENSE file, skipped unless `includeReadmeFiles`. */
export function isReadmeFile(name: string): boolean {
  return README_FILE_NAME.test(name);
}

/** One file found in the corpus. */
export interface CorpusEntry {
  /** Path relative to the corpus folder, forward slashes. */
  path: string;
  /** Absolute real path (symbolic links resolved): what is opened. */
  abs: string;
  /** Size in bytes (as listed; the reader never trusts it). */
  size: number;
  /** Modification time in milliseconds. */
  mtimeMs: number;
  /** Status-change time in milliseconds (changes whenever the content or the times are set). */
  ctimeMs: number;
  /** Device and inode: the reader refuses a file that is no longer the one listed. */
  dev: number;
  ino: number;
}

/** Options of `listCorpus`. */
export interface ListCorpusOptions {
  /** Files larger than this are reported as `too-large` and skipped (bytes). */
  maxFileBytes: number;
  /** Follow symbolic links whose target is outside the corpus folder (refused by default). */
  followSymlinksOutside?: boolean;
  /** Read README and LICENSE files as reports too (skipped by default, without a diagnostic). */
  includeReadmeFiles?: boolean;
}

/** What `listCorpus` found: the files to read, the problems met on the way, the entries skipped as hidden. */
export interface CorpusListing {
  entries: CorpusEntry[];
  diagnostics: Diagnostic[];
  /** Hidden entries (names starting with a dot) skipped, files and folders. */
  hidden: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/** Lists the corpus folder recursively (hidden entries skipped and counted), sorted by path. */
export async function listCorpus(corpus: string, options: ListCorpusOptions): Promise<CorpusListing> {
  const root = path.resolve(corpus);
  let rootReal: string;
  let rootInfo: Stats;
  try {
    rootReal = await realpath(root);
    rootInfo = await stat(rootReal);
    if (!rootInfo.isDirectory()) throw new Error('not a folder');
    await readdir(rootReal);
  } catch (error) {
    throw new FaultlineError(`ingest: cannot read the corpus folder ${corpus}: ${(error as Error).message}`, {
      parameter: 'corpus',
      cause: error,
    });
  }

  const entries: CorpusEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  let hidden = 0;
  const report = (file: string, code: Diagnostic['code'], reason: string, fatal = true): void => {
    diagnostics.push({ file, stage: 'read', code, reason, fatal });
  };
  const inside = (real: string): boolean => real === rootReal || real.startsWith(rootReal.endsWith(path.sep) ? rootReal : rootReal + path.sep);
  // Every folder read, by device and inode, with the corpus path it was read under.
  const seen = new Map<string, string>([[inodeKey(rootInfo), '']]);

  const walk = async (dirAbs: string, rel: string, ancestors: ReadonlySet<string>): Promise<void> => {
    let raw: Buffer[];
    try {
      raw = await readdir(dirAbs, { encoding: 'buffer' });
    } catch (error) {
      report(rel || '.', 'unreadable', `cannot list folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return;
    }
    const names: string[] = [];
    for (const bytes of raw) {
      if (bytes[0] === 0x2e) {
        hidden += 1; // a dot-file or dot-folder: skipped, counted in the manifest
        continue;
      }
      let name: string;
      try {
        name = utf8.decode(bytes);
      } catch {
        const shown = lossy.decode(bytes);
        report(rel ? `${rel}/${shown}` : shown, 'invalid-file-name', 'file name is not valid UTF-8; rename it to read it');
        continue;
      }
      names.push(name);
    }
    names.sort();
    // Every entry's lstat asked for at once (a bounded number in flight), then read in name order.
    const links = await lstatAll(names.map((name) => path.join(dirAbs, name)));
    for (const [n, name] of names.entries()) {
      const abs = path.join(dirAbs, name);
      const relPath = rel ? `${rel}/${name}` : name;
      let real = abs;
      let info: Stats;
      try {
        const link = links[n]!.info;
        if (link === undefined) throw links[n]!.error;
        if (link.isSymbolicLink()) {
          real = await realpath(abs);
          if (!options.followSymlinksOutside && !inside(real)) {
            report(relPath, 'outside-corpus', 'symbolic link to a target outside the corpus folder; refused (--follow-symlinks-outside reads it)');
            continue;
          }
          info = await stat(real);
        } else {
          info = link;
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') report(relPath, 'symlink-loop', 'symbolic link loop: the link resolves to itself');
        else if (code === 'ENOENT') report(relPath, 'unreadable', 'broken symbolic link: its target does not exist');
        else report(relPath, 'unreadable', `cannot read file information: ${code ?? (error as Error).message}`);
        continue;
      }
      if (info.isDirectory()) {
        const key = inodeKey(info);
        const before = seen.get(key);
        if (ancestors.has(key)) {
          report(relPath, 'symlink-loop', `symbolic link loop: it leads back to ${before || '.'}`);
          continue;
        }
        if (before !== undefined) {
          report(relPath, 'warning', `folder already read as ${before || '.'}; not read again`, false);
          continue;
        }
        seen.set(key, relPath);
        await walk(real, relPath, new Set([...ancestors, key]));
        continue;
      }
      if (!info.isFile()) {
        report(relPath, 'not-regular-file', `not a regular file (${fileKind(info)})`);
        continue;
      }
      if (options.includeReadmeFiles !== true && isReadmeFile(name)) continue; // the corpus's own documentation
      if (relPath === name && CORPUS_SETTINGS_FILES.has(name.toLowerCase())) continue; // providers.yaml, incidents.yaml: read by the incidents stage
      const ext = path.extname(name).toLowerCase();
      if (!CORPUS_EXTENSIONS.has(ext)) {
        report(relPath, 'unknown-extension', `unknown extension "${ext || '(none)'}": expected one of ${[...CORPUS_EXTENSIONS].join(', ')}`);
        continue;
      }
      if (info.size > options.maxFileBytes) {
        report(relPath, 'too-large', `file is ${info.size} bytes, over the limit of ${options.maxFileBytes} bytes (--max-file-size)`);
        continue;
      }
      entries.push({ path: relPath, abs: real, size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, dev: info.dev, ino: info.ino });
    }
  };

  await walk(rootReal, '', new Set([inodeKey(rootInfo)]));
  return { entries, diagnostics, hidden };
}

/** lstat calls in flight at once while listing one folder. */
const LSTAT_CONCURRENCY = 64;

/** The lstat of every path, in order (a failure kept as its error), at most `LSTAT_CONCURRENCY` in flight. */
async function lstatAll(paths: readonly string[]): Promise<{ info?: Stats; error?: unknown }[]> {
  const out = new Array<{ info?: Stats; error?: unknown }>(paths.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < paths.length) {
      const k = next++;
      out[k] = await lstat(paths[k]!).then(
        (info) => ({ info }),
        (error: unknown) => ({ error }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(LSTAT_CONCURRENCY, paths.length) }, lane));
  return out;
}

/** A folder's identity: device and inode. */
function inodeKey(info: Stats): string {
  return `${info.dev}:${info.ino}`;
}

/** What kind of non-regular file `info` describes. */
export function fileKind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isDirectory()) return 'a folder';
  return 'a special file';
}
