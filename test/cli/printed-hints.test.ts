/**
 * Every command line that Faultline prints as a hint ("re-run `faultline ingest`", "run
 * `faultline ingest CORPUS --out data` first") parses as printed, and every flag a message names
 * ("(--max-file-size)") exists (issue 15: the hint `faultline ingest CORPUS --out …` failed with
 * "too many arguments"). The hints are read from the string literals of src/ (comment lines
 * skipped, and the generator of docs/taxonomy.md); `${…}` placeholders stand for a folder name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { corpusFolder } from '../../src/cli/ingest-command.js';
import { createProgram } from '../../src/cli/main.js';

const SRC = path.resolve('src');
/** Sources whose text goes into generated documentation (docs/taxonomy.md), not the CLI's output. */
const DOCUMENTATION_GENERATORS = new Set(['rulebook/taxonomy-doc.ts']);
const HINT = /\\?`(faultline (?:ingest|search|serve|export|eval)\b[^`\\]*)\\?`/g;
const FLAG = /(?:\(|\\?`)(--[a-z][a-z-]+)/g;

/** Every `.ts` file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

/** The lines of src/ that are code (not comment lines), with their file and number. */
function codeLines(): { where: string; line: string }[] {
  return sourceFiles(SRC)
    .filter((file) => !DOCUMENTATION_GENERATORS.has(path.relative(SRC, file)))
    .flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ where: `${path.relative(SRC, file)}:${i + 1}`, line }))
      .filter(({ line }) => !/^\s*(?:\*|\/\/|\/\*)/.test(line)),
  );
}

/** The program with every action replaced by a no-op and errors thrown instead of exiting. */
function dryProgram(): Command {
  const program = createProgram();
  program.exitOverride().configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  for (const command of program.commands) command.exitOverride().action(() => undefined);
  return program;
}

/** A printed command line as argv words: `${…}` as a folder name, quotes removed. */
function words(hint: string): string[] {
  const line = hint.replace(/\$\{[^}]*\}/g, 'data');
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const hints = codeLines().flatMap(({ where, line }) =>
  [...line.matchAll(HINT)].map((m) => ({ where, hint: m[1] ?? '' })).filter(({ hint }) => !/^faultline \w+:/.test(hint)),
);

describe('the command lines Faultline prints as hints', () => {
  it('are found in the sources (the data-folder hints among them)', () => {
    expect(hints.map((h) => h.hint)).toEqual(expect.arrayContaining(['faultline ingest', 'faultline ingest CORPUS --out ${dir}', 'faultline ingest --corpus corpus --out ${shown}', 'faultline serve --data ${shown} --ingest-if-stale']));
  });

  it.each(hints.map((h) => [h.hint, h.where] as const))('"%s" (%s) parses as printed', async (hint) => {
    const [program, ...args] = words(hint);
    expect(program).toBe('faultline');
    await expect(dryProgram().parseAsync(args, { from: 'user' })).resolves.toBeDefined();
  });

  it('fail to parse when they are wrong (the parser check can fail)', async () => {
    await expect(dryProgram().parseAsync(['ingest', 'a', 'b', '--out', 'data'], { from: 'user' })).rejects.toThrow('too many arguments');
    await expect(dryProgram().parseAsync(['serve', '--ingest-when-stale'], { from: 'user' })).rejects.toThrow("unknown option '--ingest-when-stale'");
  });
});

describe('the flags that messages name', () => {
  const known = new Set(createProgram().commands.flatMap((c) => c.options.map((o) => o.long)));
  const named = codeLines().flatMap(({ where, line }) => [...line.matchAll(FLAG)].map((m) => ({ where, flag: m[1] ?? '' })));

  it('include the read stage\'s "(--max-file-size)" and "(--follow-symlinks-outside reads it)"', () => {
    expect(named.map((n) => n.flag)).toEqual(expect.arrayContaining(['--max-file-size', '--follow-symlinks-outside']));
  });

  it.each(named.map((n) => [n.flag, n.where] as const))('%s (%s) is an option of a subcommand', (flag) => {
    expect(known.has(flag)).toBe(true);
  });
});

describe('faultline ingest CORPUS', () => {
  it('takes the corpus folder as an argument or as --corpus, and refuses two different ones', () => {
    expect(corpusFolder('posts', undefined)).toBe('posts');
    expect(corpusFolder(undefined, 'posts')).toBe('posts');
    expect(corpusFolder('posts', 'posts')).toBe('posts');
    expect(corpusFolder(undefined, undefined)).toBeUndefined();
    expect(() => corpusFolder('a', 'b')).toThrow('ingest: the corpus folder is named twice, "a" and --corpus "b"; give one');
  });
});
