/**
 * The code a bench run measures. By default the bench copies `src/`, `public/` and
 * `package.json` into `bench/tmp/code/` at the start and every child imports the pipeline from
 * that copy, so edits made to the working tree while the bench runs (other work in progress)
 * neither change the code under measurement nor invalidate the ingest cache (whose key is a
 * fingerprint of the source files) between the cold and the warm runs. The snapshot is compiled
 * with `tsc` (as `npm run build` compiles what the `faultline` command runs) and the children
 * import the compiled JavaScript: the figures are those of the shipped code, not of tsx's
 * on-the-fly transform (which wraps every closure in a naming call, a third slower in hot loops).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root (two folders above scripts/bench). */
export const REPO_ROOT: string = fileURLToPath(new URL('../../', import.meta.url));

/** Which code was measured. */
export interface CodeInfo {
  /** Folder holding the `src/` the children import. */
  root: string;
  /** True when it is a snapshot taken at the start of the run. */
  snapshot: boolean;
  /** True when the children import the snapshot compiled to `dist/` (false: `src/` through tsx). */
  compiled: boolean;
  /** `git describe`-style commit of the working tree, and whether src/ had uncommitted changes. */
  commit: string | null;
  dirty: boolean | null;
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Copies the code into `benchDir/tmp/code` (or, with `live`, uses the working tree as it changes). */
export function prepareCode(benchDir: string, live: boolean): CodeInfo {
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const status = git(['status', '--porcelain', '--', 'src']);
  const info = { commit, dirty: status === null ? null : status !== '' };
  if (live) return { root: REPO_ROOT, snapshot: false, compiled: false, ...info };
  const root = resolve(benchDir, 'tmp', 'code');
  rmSync(root, { recursive: true, force: true });
  for (const part of ['src', 'public', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) cpSync(join(REPO_ROOT, part), join(root, part), { recursive: true });
  const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? '';
    throw new Error(`bench: compiling the code snapshot in ${root} failed:\n${output.slice(0, 2000)}`, { cause: error });
  }
  return { root, snapshot: true, compiled: true, ...info };
}

/**
 * Imports a module of the measured code, e.g. `importCode(root, 'src/ingest/run-ingest.ts')`:
 * its compiled `dist/` twin when the code root was compiled, the TypeScript source otherwise.
 */
export function importCode<T>(codeRoot: string | undefined, relativePath: string): Promise<T> {
  const root = codeRoot ?? REPO_ROOT;
  const compiled = join(root, relativePath.replace(/^src\//u, 'dist/').replace(/\.ts$/u, '.js'));
  const target = codeRoot !== undefined && codeRoot !== REPO_ROOT && existsSync(compiled) ? compiled : join(root, relativePath);
  return import(pathToFileURL(target).href) as Promise<T>;
}
