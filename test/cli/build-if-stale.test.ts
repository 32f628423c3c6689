/**
 * `npm start` rebuilds dist/ only when a source changed (issue 15: every start rebuilt for 12 s):
 * bin/build-if-stale.js compares the newest modification time under src/ and of the tsconfig and
 * package files with the compiled CLI's. Run in a child process on a temporary checkout.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve('bin/build-if-stale.js');
let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'faultline-build-'));
  await mkdir(path.join(root, 'src', 'cli'), { recursive: true });
  await writeFile(path.join(root, 'src', 'cli', 'main.ts'), 'export {};\n');
  await writeFile(path.join(root, 'tsconfig.json'), '{}\n');
  await setTime('src/cli/main.ts', 1000);
  await setTime('tsconfig.json', 1000);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Sets a file's access and modification times to `seconds` since the epoch. */
async function setTime(relative: string, seconds: number): Promise<void> {
  await utimes(path.join(root, relative), seconds, seconds);
}

/** Writes the compiled CLI at `seconds`. */
async function build(seconds: number): Promise<void> {
  await mkdir(path.join(root, 'dist', 'cli'), { recursive: true });
  await writeFile(path.join(root, 'dist', 'cli', 'main.js'), 'export {};\n');
  await setTime('dist/cli/main.js', seconds);
}

describe('bin/build-if-stale.js', () => {
  it('builds when dist/ has no compiled CLI', () => {
    expect(stderrOf()).toBe(`faultline: would rebuild dist/: ${path.join('dist', 'cli', 'main.js')} is missing\n`);
  });

  it('does nothing when the build is newer than every source and setting', async () => {
    await build(2000);
    expect(stderrOf()).toBe('faultline: the build in dist/ is up to date\n');
    expect(stderrOf(false)).toBe('faultline: the build in dist/ is up to date\n');
  });

  it('rebuilds when a source file, however deep, or tsconfig.json changed since the build', async () => {
    await build(2000);
    await mkdir(path.join(root, 'src', 'deep', 'er'), { recursive: true });
    await writeFile(path.join(root, 'src', 'deep', 'er', 'new.ts'), 'export {};\n');
    await setTime('src/deep/er/new.ts', 3000);
    expect(stderrOf()).toBe(`faultline: would rebuild dist/: ${path.join('src', 'deep', 'er', 'new.ts')} changed since the last build\n`);
    await setTime('src/deep/er/new.ts', 1500);
    await setTime('tsconfig.json', 2500);
    expect(stderrOf()).toBe('faultline: would rebuild dist/: tsconfig.json changed since the last build\n');
  });

  it('runs from the sources with a note when it is stale and TypeScript is not installed', async () => {
    await build(500);
    expect(stderrOf(false)).toBe('faultline: dist/ is stale (src/cli/main.ts changed since the last build) but TypeScript is not installed; running from the sources\n');
  });
});

/** The script's standard error for the temporary checkout (it writes nothing else). */
function stderrOf(dryRun = true): string {
  const result = spawnSync(process.execPath, [SCRIPT, '--root', root, ...(dryRun ? ['--dry-run'] : [])], { encoding: 'utf8', timeout: 30_000 });
  expect(result.status).toBe(0);
  expect(result.stdout).toBe('');
  return result.stderr;
}
