import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const TAG_DIR = fileURLToPath(new URL('../../src/tag/', import.meta.url));

/** Every .ts file under a folder, with its path relative to it. */
function sources(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(dir, join(prefix, entry.name)) : entry.name.endsWith('.ts') ? [join(prefix, entry.name)] : [],
  );
}

describe('the tagger', () => {
  it('never runs wink itself: only the evaluation run (sentence splitting for eval) reaches the analysis stage', () => {
    const offenders = sources(TAG_DIR).filter((file) => {
      const text = readFileSync(join(TAG_DIR, file), 'utf8');
      return /from '(?:wink-nlp|wink-eng-lite-web-model)'|from '\.\.\/analyze\//u.test(text) && file !== 'run-evaluation.ts';
    });
    expect(offenders).toEqual([]);
  });
});
