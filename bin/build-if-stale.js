#!/usr/bin/env node
// `npm start`'s build step: compiles src/ into dist/ (`tsc -p tsconfig.build.json`) only when a
// source file, tsconfig.json, tsconfig.build.json or package.json is newer than the compiled CLI
// (dist/cli/main.js, which every build rewrites), so an unchanged checkout starts at once.
// `--dry-run` prints what it would do; `--root DIR` checks another checkout (tests).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The files whose change makes the build stale, besides src/: the compiler's settings and the package. */
const BUILD_INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'package.json'];
/** The output every build rewrites. */
const BUILD_OUTPUT = path.join('dist', 'cli', 'main.js');
/** Most files looked at (a bound on the walk). */
const MAX_FILES = 100_000;

/** The newest modification time (ms) of the files under `dir` and the file that has it. */
function newestUnder(dir) {
  let newest = { mtimeMs: 0, file: '' };
  const pending = [dir];
  let seen = 0;
  while (pending.length > 0 && seen < MAX_FILES) {
    const current = pending.pop();
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const file = path.join(current, entry.name);
      if (entry.isDirectory()) pending.push(file);
      else if (entry.isFile()) {
        seen += 1;
        const { mtimeMs } = statSync(file);
        if (mtimeMs > newest.mtimeMs) newest = { mtimeMs, file };
      }
    }
  }
  return newest;
}

/** Why the build in `root` is stale, or null when dist/ is newer than every input. */
function staleReason(root) {
  const output = path.join(root, BUILD_OUTPUT);
  if (!existsSync(output)) return `${BUILD_OUTPUT} is missing`;
  const built = statSync(output).mtimeMs;
  const inputs = [newestUnder(path.join(root, 'src')), ...BUILD_INPUTS.filter((f) => existsSync(path.join(root, f))).map((f) => ({ mtimeMs: statSync(path.join(root, f)).mtimeMs, file: path.join(root, f) }))];
  const newer = inputs.filter((input) => input.mtimeMs > built).sort((a, b) => b.mtimeMs - a.mtimeMs)[0];
  return newer === undefined ? null : `${path.relative(root, newer.file)} changed since the last build`;
}

const args = process.argv.slice(2);
const rootIndex = args.indexOf('--root');
const root = rootIndex >= 0 && args[rootIndex + 1] !== undefined ? path.resolve(args[rootIndex + 1]) : fileURLToPath(new URL('..', import.meta.url));
const reason = staleReason(root);
if (reason === null) {
  process.stderr.write('faultline: the build in dist/ is up to date\n');
} else if (args.includes('--dry-run')) {
  process.stderr.write(`faultline: would rebuild dist/: ${reason}\n`);
} else {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) {
    process.stderr.write(`faultline: dist/ is stale (${reason}) but TypeScript is not installed; running from the sources\n`);
  } else {
    process.stderr.write(`faultline: rebuilding dist/: ${reason}\n`);
    const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' });
    process.exitCode = result.status ?? 1;
  }
}
