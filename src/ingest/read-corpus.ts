/**
 * The read stage: lists the files of a corpus folder. Input problems (an unreadable file, a
 * symlink loop, a file over the size limit, an unknown extension) become diagnostics; only a
 * corpus folder that cannot be read at all throws.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { FaultlineError, type Diagnostic } from '../model/diagnostic.js';

/** Extensions the parsers understand (lower case, with the dot). */
export const CORPUS_EXTENSIONS: ReadonlySet<string> = new Set(['.md', '.markdown', '.txt', '.text', '.html', '.htm']);

/** One file found in the corpus. */
export interface CorpusEntry {
  /** Path relative to the corpus folder, forward slashes. */
  path: string;
  /** Absolute path (through any symlinks as found). */
  abs: string;
  /** Size in bytes. */
  size: number;
  /** Modification time in milliseconds. */
  mtimeMs: number;
}

/** Options of `listCorpus`. */
export interface ListCorpusOptions {
  /** Files larger than this are reported as `too-large` and skipped (bytes). */
  maxFileBytes: number;
}

/** What `listCorpus` found: the files to read and the problems met on the way. */
export interface CorpusListing {
  entries: CorpusEntry[];
  diagnostics: Diagnostic[];
}

/** Lists the corpus folder recursively (hidden entries skipped), sorted by path. */
export async function listCorpus(corpus: string, options: ListCorpusOptions): Promise<CorpusListing> {
  const root = path.resolve(corpus);
  let rootReal: string;
  try {
    rootReal = await realpath(root);
    const info = await stat(rootReal);
    if (!info.isDirectory()) throw new Error('not a folder');
    await readdir(rootReal);
  } catch (error) {
    throw new FaultlineError(`ingest: cannot read the corpus folder ${corpus}: ${(error as Error).message}`, {
      parameter: 'corpus',
      cause: error,
    });
  }

  const entries: CorpusEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, code: Diagnostic['code'], reason: string): void => {
    diagnostics.push({ file, stage: 'read', code, reason, fatal: true });
  };

  const walk = async (dirAbs: string, rel: string, ancestors: ReadonlySet<string>): Promise<void> => {
    let names: string[];
    try {
      names = await readdir(dirAbs);
    } catch (error) {
      report(rel || '.', 'unreadable', `cannot list folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return;
    }
    names.sort();
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const abs = path.join(dirAbs, name);
      const relPath = rel ? `${rel}/${name}` : name;
      let info;
      try {
        const link = await lstat(abs);
        info = link.isSymbolicLink() ? await stat(abs) : link;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') report(relPath, 'symlink-loop', 'symbolic link loop: the link resolves to itself');
        else if (code === 'ENOENT') report(relPath, 'unreadable', 'broken symbolic link: its target does not exist');
        else report(relPath, 'unreadable', `cannot read file information: ${code ?? (error as Error).message}`);
        continue;
      }
      if (info.isDirectory()) {
        const real = await realpath(abs).catch(() => abs);
        if (ancestors.has(real)) {
          report(relPath, 'symlink-loop', `symbolic link loop: it leads back to ${path.relative(rootReal, real) || '.'}`);
          continue;
        }
        await walk(abs, relPath, new Set([...ancestors, real]));
        continue;
      }
      if (!info.isFile()) {
        report(relPath, 'unreadable', 'not a regular file');
        continue;
      }
      const ext = path.extname(name).toLowerCase();
      if (!CORPUS_EXTENSIONS.has(ext)) {
        report(relPath, 'unknown-extension', `unknown extension "${ext || '(none)'}": expected one of ${[...CORPUS_EXTENSIONS].join(', ')}`);
        continue;
      }
      if (info.size > options.maxFileBytes) {
        report(relPath, 'too-large', `file is ${info.size} bytes, over the limit of ${options.maxFileBytes} bytes (--max-file-size)`);
        continue;
      }
      entries.push({ path: relPath, abs, size: info.size, mtimeMs: info.mtimeMs });
    }
  };

  await walk(rootReal, '', new Set([rootReal]));
  return { entries, diagnostics };
}
