import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestReport } from '../../src/ingest/run-ingest.js';
import type { KnowledgeDocument } from '../../src/model/document.js';
import { readJsonl } from '../../src/store/jsonl.js';

/** A corpus with one good article and one file of every kind of bad input. */
async function writeBadCorpus(dir: string): Promise<void> {
  const good = '---\ntitle: "Good article"\ndate: 2020-01-02\n---\n\nOur database failed over at 10:00 UTC and writes were rejected for twenty minutes.\n';
  await writeFile(path.join(dir, 'good.md'), good);
  await writeFile(path.join(dir, 'empty.txt'), '');
  await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 9]));
  await writeFile(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 outage report with invalid bytes.\n', 'latin1'));
  await writeFile(path.join(dir, 'huge.txt'), 'word '.repeat(3000));
  await writeFile(path.join(dir, 'bad-yaml.md'), '---\ntitle: "unclosed\ndate: [2020\n---\n\nBody text here.\n');
  await writeFile(path.join(dir, 'nav-only.html'), '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>');
  await writeFile(path.join(dir, 'slides.pdf'), '%PDF-1.4');
  await symlink('loop.md', path.join(dir, 'loop.md'));
}

describe('runIngest with bad input', () => {
  let report: IngestReport;
  let docs: KnowledgeDocument[];

  beforeAll(async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'faultline-bad-'));
    await writeBadCorpus(root);
    const out = path.join(root, '..', `${path.basename(root)}-data`);
    report = await runIngest({ corpus: root, out, workers: 0, maxFileBytes: 10_000 });
    docs = await readJsonl<KnowledgeDocument>(path.join(out, 'documents.jsonl'));
  }, 120_000);

  it('ingests the good file', () => {
    expect(docs.map((d) => d.title)).toEqual(['Good article']);
  });

  it('reports every bad file with its reason and keeps going', () => {
    const fatal = report.manifest.errors.filter((d) => d.fatal).map((d) => [d.file, d.code]);
    expect(fatal).toEqual([
      ['bad-yaml.md', 'malformed-front-matter'],
      ['binary.txt', 'binary-file'],
      ['empty.txt', 'empty-file'],
      ['huge.txt', 'too-large'],
      ['latin1.txt', 'invalid-utf8'],
      ['loop.md', 'symlink-loop'],
      ['nav-only.html', 'no-article-text'],
      ['slides.pdf', 'unknown-extension'],
    ]);
    expect(report.manifest.counts.errors).toBe(8);
    expect(report.manifest.counts.files).toBe(9);
    const yaml = report.manifest.errors.find((d) => d.file === 'bad-yaml.md')!;
    expect(yaml.line).toBeGreaterThan(0);
    expect(yaml.reason).toMatch(/line \d+/);
  });
});
