import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { loadKnowledgeBase } from '../../src/search/load-knowledge-base.js';
import { generationsDir, resolveGeneration } from '../../src/store/data-folder.js';

const CHILD = path.resolve('test/fixtures/ingest-run/crash-child.ts');

/** Runs the crash child until it reports reaching `stage`, then kills it with SIGKILL. */
function killAt(corpus: string, out: string, stage: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, corpus, out, stage], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child never reached ${stage}: ${stderr}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('STOPPED')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(stdout.trim());
      else reject(new Error(`child exited without being killed at ${stage}: ${stdout} ${stderr}`));
    });
  });
}

describe('an ingest killed part-way', () => {
  let corpus: string;
  let out: string;
  let firstGeneration: string;
  let firstDocuments: string;

  beforeAll(async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'faultline-crash-'));
    corpus = path.join(root, 'corpus');
    out = path.join(root, 'data');
    await cp(path.resolve('test/fixtures/seed-corpus'), corpus, { recursive: true });
    await runIngest({ corpus, out, workers: 0 });
    firstGeneration = await resolveGeneration(out);
    firstDocuments = await readFile(path.join(out, 'documents.jsonl'), 'utf8');
    // Change the corpus so the next ingest has real work to do.
    await writeFile(path.join(corpus, 'extra.md'), '---\ntitle: Extra\ndate: 2021-03-04\n---\n\nA fibre cut in the backbone network caused packet loss for two hours.\n');
  }, 120_000);

  for (const stage of ['read', 'parse', 'analyze', 'index', 'write']) {
    it(`at the ${stage} stage leaves the previous data folder intact and loadable`, async () => {
      expect(await killAt(corpus, out, stage)).toBe(`STOPPED ${stage}`);
      expect(await resolveGeneration(out)).toBe(firstGeneration);
      expect(await readFile(path.join(out, 'documents.jsonl'), 'utf8')).toBe(firstDocuments);
      const kb = await loadKnowledgeBase(out);
      expect(kb.documents.size).toBe(3);
    }, 90_000);
  }

  it('recovers on the next ingest and cleans up the partial generations', async () => {
    const report = await runIngest({ corpus, out, workers: 0 });
    expect(report.manifest.counts.documents).toBe(4);
    expect(await resolveGeneration(out)).not.toBe(firstGeneration);
    const gens = (await readdir(generationsDir(out))).filter((n) => n !== 'ingest.lock');
    expect(gens.length).toBe(2);
  }, 120_000);
});
