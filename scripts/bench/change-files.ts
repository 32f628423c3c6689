/**
 * Changes the bytes of a share of a corpus's files (an update paragraph inserted into the
 * article), for the "1% of files changed" warm re-ingest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './list-files.js';

const UPDATE = 'Update: the provider has published a detailed post-mortem and credited affected customers.';

/** Inserts an update paragraph into every `1/share`-th file; returns the changed paths. */
export function changeFiles(corpusDir: string, share: number): string[] {
  const files = listFiles(corpusDir);
  const count = Math.max(1, Math.round(files.length * share));
  const step = files.length / count;
  const changed: string[] = [];
  for (let k = 0; k < count; k++) {
    const path = files[Math.floor(k * step)]!;
    const full = join(corpusDir, path);
    const content = readFileSync(full, 'utf8');
    let next: string;
    if (path.endsWith('.html')) {
      next = content.replace('<div class="entry-content">\n', `<div class="entry-content">\n<p>${UPDATE}</p>\n`);
    } else {
      const at = content.indexOf('\n\n', Math.min(200, content.length - 1));
      next = at < 0 ? `${content}\n${UPDATE}\n` : `${content.slice(0, at)}\n\n${UPDATE}${content.slice(at)}`;
    }
    if (next === content) next = `${content}\n`;
    writeFileSync(full, next);
    changed.push(path);
  }
  return changed;
}
