/**
 * Scratch data folders of the bench: removing one with its generations, and measuring a folder.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Removes a data folder (symlink) and its `.NAME.gens` generations beside it. */
export function removeDataFolder(out: string): void {
  rmSync(out, { recursive: true, force: true });
  rmSync(join(dirname(out), `.${basename(out)}.gens`), { recursive: true, force: true });
}

/** Total bytes and number of files under `dir`. */
export function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = folderBytes(full);
      bytes += sub.bytes;
      files += sub.files;
    } else if (entry.isFile()) {
      bytes += statSync(full).size;
      files++;
    }
  }
  return { bytes, files };
}
