/**
 * The data folder, written atomically.
 *
 * `OUT` (e.g. `data`) is a symbolic link to a generation folder inside `.OUT.gens/` beside it.
 * Every ingest writes a complete new generation (files flushed with fsync), then points `OUT` at
 * it by renaming a fresh symlink over the old one: `rename(2)` is atomic, so a reader resolves
 * `OUT` to either the old or the new generation, never a half-written one, and a crash at any
 * point leaves the previous generation in place. Older generations are pruned, keeping the
 * previous one for readers that are still loading it (and for a server to fall back to).
 *
 * Before the switch, the SHA-256 and size of every file of the generation are written to
 * `checksums.json` (see `generation-files.ts`), so a reader can refuse a changed or truncated
 * file. Generations are named by their UTC write time (`20240601-120000123-<pid>-<random>`), so
 * names sort oldest first; a plain data folder adopted into the generations (`adopted-<random>`)
 * sorts before every written one.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, readlink, realpath, rename, rm, stat, symlink, unlink } from 'node:fs/promises';
import path from 'node:path';
import { FaultlineError } from '../model/diagnostic.js';
import { DATA_FOLDER_LAYOUT } from './data-folder-layout.js';
import { writeChecksums } from './generation-files.js';
import { fsyncPath } from './knowledge-base-folder.js';

/** Options of `writeGeneration`. */
export interface GenerationOptions {
  /** How many generations to keep, the new one included (default 2). */
  keep?: number;
}

const DEFAULT_KEEP = 2;

/** The folder holding the generations of data folder `out`: `.<name>.gens` beside it. */
export function generationsDir(out: string): string {
  const abs = path.resolve(out);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.gens`);
}

/** Resolves the data folder to the generation it currently points at (absolute real path). */
export async function resolveGeneration(dir: string): Promise<string> {
  try {
    return await realpath(dir);
  } catch (error) {
    throw new FaultlineError(`data folder: cannot open ${dir}: ${(error as Error).message}`, {
      status: 503,
      parameter: 'data',
      cause: error,
    });
  }
}

/** True when `dir` exists (as a generation symlink or a plain folder). */
export async function dataFolderExists(dir: string): Promise<boolean> {
  try {
    await stat(dir);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a new generation of data folder `out`: `build` fills a fresh empty folder, then every
 * file in it is flushed and `out` is switched to it atomically. Returns the generation's path.
 * If `build` throws, the partial generation is removed and `out` is untouched.
 */
export async function writeGeneration(
  out: string,
  build: (dir: string) => Promise<void>,
  options: GenerationOptions = {},
): Promise<string> {
  const keep = Math.max(1, options.keep ?? DEFAULT_KEEP);
  const absOut = path.resolve(out);
  const gens = generationsDir(absOut);
  await mkdir(gens, { recursive: true });
  const release = await acquireLock(gens);
  try {
    return await writeLockedGeneration(absOut, gens, build, keep);
  } finally {
    await release();
  }
}

/** The body of `writeGeneration`, run while holding the generations lock. */
async function writeLockedGeneration(
  absOut: string,
  gens: string,
  build: (dir: string) => Promise<void>,
  keep: number,
): Promise<string> {
  await adoptPlainFolder(absOut, gens);

  // UTC write time to the millisecond first, so names sort oldest first.
  const name = `${new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 18)}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const genDir = path.join(gens, name);
  await mkdir(genDir);
  try {
    await build(genDir);
    await writeChecksums(genDir);
    await fsyncTree(genDir);
  } catch (error) {
    await rm(genDir, { recursive: true, force: true });
    throw error;
  }

  const link = `${absOut}.tmp-${randomBytes(4).toString('hex')}`;
  await symlink(path.relative(path.dirname(absOut), genDir), link, 'dir');
  await rename(link, absOut);
  await fsyncPath(path.dirname(absOut));
  await pruneGenerations(gens, genDir, keep);
  return genDir;
}

/** Calls `onChange` whenever `dir` is switched to another generation; returns a stop function. */
export function watchDataFolder(dir: string, onChange: (generation: string) => void, intervalMs = 500): () => void {
  let current: string | null = null;
  let first = true;
  let stopped = false;
  let busy = false;
  const check = async (): Promise<void> => {
    if (busy || stopped) return;
    busy = true;
    try {
      // A link that does not resolve (missing, or pointing at a removed generation) counts as a state too,
      // so a link repaired later is reported.
      const next = await realpath(dir).catch(() => null);
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the stop function may set `stopped` while realpath is awaited
      if (!first && next !== null && next !== current && !stopped) onChange(next);
      first = false;
      current = next;
    } finally {
      busy = false;
    }
  };
  void check();
  const timer = setInterval(() => void check(), intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

/** Moves a plain (non-symlink) Faultline data folder into the generations so `out` can become a link. */
async function adoptPlainFolder(absOut: string, gens: string): Promise<void> {
  const info = await lstat(absOut).catch(() => null);
  if (info === null || info.isSymbolicLink()) return;
  if (!info.isDirectory()) {
    throw new FaultlineError(`data folder: ${absOut} exists and is not a folder`, { parameter: 'out' });
  }
  const entries = await readdir(absOut);
  if (entries.length === 0) {
    await rm(absOut, { recursive: true });
    return;
  }
  if (!entries.includes(DATA_FOLDER_LAYOUT.manifest)) {
    throw new FaultlineError(
      `data folder: ${absOut} exists and is not a Faultline data folder (no ${DATA_FOLDER_LAYOUT.manifest}); choose another --out`,
      { parameter: 'out' },
    );
  }
  const adopted = path.join(gens, `${ADOPTED_PREFIX}${randomBytes(3).toString('hex')}`);
  await rename(absOut, adopted);
  await symlink(path.relative(path.dirname(absOut), adopted), absOut, 'dir');
}

/** Sort key of a generation folder name: adopted plain folders first (oldest), then by write time. */
function generationOrder(name: string): string {
  return name.startsWith(ADOPTED_PREFIX) ? `0${name}` : `1${name}`;
}

/** Generation folder names, oldest first (adopted ones before every written one). */
export function sortGenerations(names: readonly string[]): string[] {
  return [...names].sort((a, b) => {
    const x = generationOrder(a);
    const y = generationOrder(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/**
 * The complete generations (with a manifest.json) of data folder `out`, newest first, as
 * absolute paths; none when the generations folder does not exist.
 */
export async function listGenerations(out: string): Promise<string[]> {
  const gens = generationsDir(out);
  const names = await readdir(gens).catch(() => [] as string[]);
  const complete: string[] = [];
  for (const name of sortGenerations(names.filter((n) => !n.startsWith(LOCK_FILE))).reverse()) {
    const info = await lstat(path.join(gens, name)).catch(() => null);
    if (info?.isDirectory() && (await dataFolderExists(path.join(gens, name, DATA_FOLDER_LAYOUT.manifest)))) complete.push(path.join(gens, name));
  }
  return complete;
}

/**
 * Removes generations other than `current`: every incomplete one (left by a crashed ingest; a
 * complete generation has its manifest.json, written last) and all but the newest `keep - 1`
 * complete ones (adopted plain folders count as the oldest).
 */
async function pruneGenerations(gens: string, current: string, keep: number): Promise<void> {
  const names = sortGenerations((await readdir(gens)).filter((n) => !n.startsWith(LOCK_FILE) && path.join(gens, n) !== current));
  const complete: string[] = [];
  for (const name of names) {
    if (await dataFolderExists(path.join(gens, name, DATA_FOLDER_LAYOUT.manifest))) complete.push(name);
    else await rm(path.join(gens, name), { recursive: true, force: true });
  }
  for (const name of complete.slice(0, Math.max(0, complete.length - (keep - 1)))) {
    await rm(path.join(gens, name), { recursive: true, force: true });
  }
}

const LOCK_FILE = 'ingest.lock';
const ADOPTED_PREFIX = 'adopted-';

/** Attempts at taking the lock before giving up (each one either takes it, finds a live holder, or lost a race). */
const LOCK_ATTEMPTS = 20;

/** Age after which a takeover lock is a leftover of a crashed writer. */
const TAKEOVER_STALE_MS = 10_000;

/**
 * Removes the stale lock `lockPath` (inode `ino`) while holding `<lock>.takeover` (created with
 * O_EXCL), after checking again that the lock is still the very file found stale: a writer that
 * took the lock in between keeps it. A contender that finds the takeover lock held waits a little
 * and lets the caller try again.
 */
async function removeStaleLock(lockPath: string, ino: number): Promise<void> {
  const takeover = `${lockPath}.takeover`;
  let handle;
  try {
    handle = await open(takeover, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const info = await stat(takeover).catch(() => null);
    if (info !== null && Date.now() - info.mtimeMs > TAKEOVER_STALE_MS) await rm(takeover, { force: true });
    else await new Promise((resolve) => setTimeout(resolve, 5 + Math.floor(Math.random() * 20)));
    return;
  }
  try {
    const again = await staleLock(lockPath);
    if (again !== null && again !== 'live' && again.ino === ino) await unlink(lockPath).catch(() => undefined);
  } finally {
    await handle.close();
    await rm(takeover, { force: true });
  }
}

/**
 * Takes the generations folder's lock (one writer at a time): `ingest.lock` created with O_EXCL,
 * holding the writer's pid. A lock left by a process that no longer runs is removed only by the
 * one contender holding `ingest.lock.takeover` (also O_EXCL), after it checks again that the lock
 * is the very file found stale (same inode, dead holder); then every contender races for a fresh
 * `ingest.lock` with O_EXCL, which only one wins. Returns the release function.
 */
async function acquireLock(gens: string): Promise<() => Promise<void>> {
  const lockPath = path.join(gens, LOCK_FILE);
  for (let attempt = 0; attempt < LOCK_ATTEMPTS; attempt += 1) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(String(process.pid));
        const { ino } = await handle.stat();
        return async () => {
          // Remove the lock only while it is still ours.
          const now = await stat(lockPath).catch(() => null);
          if (now?.ino === ino) await rm(lockPath, { force: true });
        };
      } finally {
        await handle.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const stale = await staleLock(lockPath);
    if (stale === 'live') break;
    if (stale === null) continue;
    await removeStaleLock(lockPath, stale.ino);
  }
  const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
  throw new FaultlineError(
    `data folder: another ingest${Number.isInteger(holder) && holder > 0 ? ` (pid ${holder})` : ''} is writing ${path.dirname(gens)}; wait for it to finish`,
    { status: 409, parameter: 'out' },
  );
}

/** The lock file's inode when its holder no longer runs; 'live' when it does; null when the lock vanished or is being written. */
async function staleLock(lockPath: string): Promise<{ ino: number } | 'live' | null> {
  const info = await stat(lockPath).catch(() => null);
  if (info === null) return null;
  const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
  if (!Number.isInteger(holder) || holder <= 0) {
    // Created but not yet written (or written by something else): stale only once it is old.
    return Date.now() - info.mtimeMs > 10_000 ? { ino: info.ino } : 'live';
  }
  if (holder !== process.pid && processAlive(holder)) return 'live';
  if (holder === process.pid) return 'live';
  return { ino: info.ino };
}

/** True when a process with this pid exists. */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Flushes every file and folder under `dir` to disk. */
async function fsyncTree(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await fsyncTree(full);
    else if (entry.isFile()) await fsyncPath(full);
  }
  await fsyncPath(dir);
}

/** Where `dir` points, when it is a generation link (for diagnostics and tests). */
export async function generationLinkTarget(dir: string): Promise<string | null> {
  return readlink(dir).catch(() => null);
}
