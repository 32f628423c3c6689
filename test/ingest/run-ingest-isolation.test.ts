/**
 * One poison file or document must cost only itself: analysis that throws (mocked here: any
 * document whose text holds POISON), a YAML alias bomb, HTML nested past the bound, a symbolic
 * link out of the corpus, a FIFO; every good document is written and every bad file is named.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { KnowledgeDocument } from '../../src/model/document.js';
import { readJsonl } from '../../src/store/jsonl.js';

vi.mock('../../src/ingest/document-analysis.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/ingest/document-analysis.js')>();
  return {
    ...actual,
    analyzeDocumentFields: (doc: { text: string }, rulebook?: never) => {
      if (doc.text.includes('POISON')) throw new RangeError('Maximum call stack size exceeded');
      return actual.analyzeDocumentFields(doc as never, rulebook);
    },
  };
});

const { runIngest } = await import('../../src/ingest/run-ingest.js');

const GOOD = (n: number): string => `---\ntitle: "Good article ${n}"\ndate: 2020-01-0${n}\n---\n\nOur database number ${n} failed over at 10:00 UTC and writes were rejected for ${n} minutes.\n`;

describe('runIngest isolates each file and document', () => {
  it('writes every good document and names every bad file, whatever the bad files do', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'faultline-isolation-'));
    const corpus = path.join(root, 'corpus');
    const outside = path.join(root, 'secret.key');
    await mkdir(corpus);
    await writeFile(outside, 'BEGIN PRIVATE KEY');
    for (const n of [1, 2, 3]) await writeFile(path.join(corpus, `good-${n}.md`), GOOD(n));
    await writeFile(path.join(corpus, 'poison.md'), '---\ntitle: Poison\n---\n\nThis POISON report makes the analysis throw.\n');
    await writeFile(path.join(corpus, 'bomb.md'), `---\nbig: &s "${'x'.repeat(200_000)}"\nbomb: [${Array.from({ length: 5000 }, () => '*s').join(', ')}]\n---\n\nBody.\n`);
    await writeFile(path.join(corpus, 'nested.html'), `<body>${'<div>'.repeat(20_000)}deep`);
    await symlink(outside, path.join(corpus, 'postmortem.txt'));
    execFileSync('mkfifo', [path.join(corpus, 'pipe.txt')]);
    await writeFile(path.join(corpus, '.draft.md'), GOOD(4));

    const out = path.join(root, 'data');
    const report = await runIngest({ corpus, out, workers: 0 });
    const docs = await readJsonl<KnowledgeDocument>(path.join(out, 'documents.jsonl'));
    expect(docs.map((d) => d.title).sort()).toEqual(['Good article 1', 'Good article 2', 'Good article 3']);
    expect(report.manifest.errors.map((d) => [d.file, d.stage, d.code])).toEqual([
      ['bomb.md', 'parse', 'too-complex'],
      ['nested.html', 'parse', 'too-complex'],
      ['pipe.txt', 'read', 'not-regular-file'],
      ['poison.md', 'analyze', 'analyze-failed'],
      ['postmortem.txt', 'read', 'outside-corpus'],
    ]);
    expect(report.manifest.errors.find((d) => d.file === 'poison.md')!.reason).toBe('analysis failed: RangeError: Maximum call stack size exceeded');
    expect(report.manifest.counts).toMatchObject({ files: 8, hidden: 1, documents: 3, errors: 5 });
    expect(JSON.stringify(docs)).not.toContain('PRIVATE KEY');
  }, 120_000);
});

describe('runIngest time budget', () => {
  it('stops work past the per-file budget in the worker, names every file and still writes the generation', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'faultline-budget-'));
    const corpus = path.join(root, 'corpus');
    await mkdir(corpus);
    for (const n of [1, 2]) await writeFile(path.join(corpus, `good-${n}.md`), GOOD(n));
    const out = path.join(root, 'data');
    // 1 ms: no worker loads the language model that fast, so every analysis runs past it.
    const report = await runIngest({ corpus, out, workers: 1, fileTimeoutMs: 1 });
    expect(report.manifest.counts).toMatchObject({ files: 2, documents: 0, errors: 2 });
    expect(new Set(report.manifest.errors.map((d) => d.file))).toEqual(new Set(['good-1.md', 'good-2.md']));
    for (const error of report.manifest.errors) {
      expect(error.code).toBe('timed-out');
      expect(error.reason).toMatch(/^(parsing|analysis) took more than 0\.001 s \(the per-file time budget\); stopped$/);
    }
    expect(await readJsonl(path.join(out, 'documents.jsonl'))).toEqual([]);
  }, 120_000);
});
