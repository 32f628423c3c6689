import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every .ts file under a folder of src/, with its path relative to src/. */
function sources(folder: string, prefix = ''): string[] {
  return readdirSync(join(SRC, folder, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(folder, join(prefix, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, prefix, entry.name)] : [],
  );
}

describe('the reading of a report', () => {
  it('never runs wink itself: the anatomy, the rulebook and the tagger read what the analysis stage found (only the evaluation run reads texts)', () => {
    const offenders = ['tag', 'anatomy', 'rulebook'].flatMap((folder) => sources(folder)).filter((file) => {
      const text = readFileSync(join(SRC, file), 'utf8');
      return /from '(?:wink-nlp|wink-eng-lite-web-model)'|from '\.\.\/analyze\//u.test(text) && file !== join('tag', 'run-evaluation.ts');
    });
    expect(offenders).toEqual([]);
  });
});
