/**
 * Hostile corpus files end to end (issue 12): the seed corpus (test/fixtures/seed-corpus/) plus one file or link for every
 * attack found on the ingest side (and the analysis attacks: one letter repeated, `failed` x
 * 700,000, cue words without punctuation, which must now be read in time) is ingested for real (with the default worker choice, so the
 * per-file time budget holds). The ingest must finish within two minutes, write every good
 * document, and name every bad file in the manifest with its reason; nothing outside the corpus
 * is read. Built in a temp folder; nothing tracked is written.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestReport } from '../../src/ingest/run-ingest.js';
import type { KnowledgeDocument } from '../../src/model/index.js';
import { readJsonl } from '../../src/store/jsonl.js';

const TWO_MINUTES = 120_000;
const CHAIN = 24; // folders each linking twice to the next: 2^24 paths if walked naively

let root: string;
let report: IngestReport;
let documents: KnowledgeDocument[];
let elapsed: number;
/** What beforeAll set up, undone in reverse order (only what it got to, if it failed). */
const cleanups: (() => Promise<void>)[] = [];

/** Writes the poison pills (and a few good files) into `corpus`; `outside` holds what must never be read. */
async function writeHostileCorpus(corpus: string, outside: string): Promise<void> {
  await cp(path.resolve('test/fixtures/seed-corpus'), corpus, { recursive: true });
  await writeFile(path.join(outside, 'id_rsa'), 'BEGIN OPENSSH PRIVATE KEY hostile-secret');
  await mkdir(path.join(outside, 'etc'));
  await writeFile(path.join(outside, 'etc', 'passwd.txt'), 'root:x:0:0:hostile-secret');
  // The jail: links out of the corpus, to a file, a folder and /proc.
  await symlink(path.join(outside, 'id_rsa'), path.join(corpus, 'postmortem.txt'));
  await symlink(path.join(outside, 'etc'), path.join(corpus, 'etc'));
  await symlink('/proc/self/maps', path.join(corpus, 'maps.txt'));
  // Special files.
  execFileSync('mkfifo', [path.join(corpus, 'pipe.md')]);
  // A chain of folders, each linking twice to the next, one file at the end.
  for (let i = 0; i <= CHAIN; i += 1) await mkdir(path.join(corpus, 'chain', `l${i}`), { recursive: true });
  for (let i = 0; i < CHAIN; i += 1) {
    await symlink(`../l${i + 1}`, path.join(corpus, 'chain', `l${i}`, 'a'));
    await symlink(`../l${i + 1}`, path.join(corpus, 'chain', `l${i}`, 'b'));
  }
  await writeFile(path.join(corpus, 'chain', `l${CHAIN}`, 'end.md'), '---\ntitle: End of the chain\n---\n\nThe load balancer failed and requests were dropped for an hour.\n');
  // Superlinear or exploding inputs.
  await writeFile(path.join(corpus, 'alias-bomb.md'), `---\nbig: &s "${'x'.repeat(200_000)}"\nbomb: [${Array.from({ length: 5000 }, () => '*s').join(', ')}]\n---\n\nBody.\n`);
  await writeFile(path.join(corpus, 'nested.html'), `<html><body>${'<div>'.repeat(40_000)}deep${'</div>'.repeat(40_000)}</body></html>`);
  await writeFile(path.join(corpus, 'unclosed.html'), `<html><body>${'<div><b>'.repeat(20_000)}open${'</i>'.repeat(40_000)}`);
  await writeFile(path.join(corpus, 'headings.md'), `# Status update\n\n${'# Status update\n\n'.repeat(100_000)}The database failed over and writes stopped for ten minutes.\n`);
  await writeFile(path.join(corpus, 'one-letter.txt'), 'x'.repeat(512 * 1024));
  await writeFile(path.join(corpus, 'failed-failed.txt'), `The database ${'failed '.repeat(700_000)}`);
  await writeFile(path.join(corpus, 'cue-words.txt'), `Outage report\n\n${'database outage failed restored root cause mitigated '.repeat(20_000)}`);
  // Names and encodings.
  await writeFile(Buffer.concat([Buffer.from(path.join(corpus, 'bad-')), Buffer.from([0xff]), Buffer.from('.md')]), '# bad name');
  await writeFile(path.join(corpus, 'evil-\u001b[2J-name.txt'), 'Terminal title\n\nThe cache cluster failed and pages were slow for twenty minutes.\n');
  await writeFile(path.join(corpus, '.hidden-draft.md'), '# draft');
  await writeFile(
    path.join(corpus, 'latin1.html'),
    Buffer.from('<html><head><meta charset="iso-8859-1"><title>Panne du r\xe9seau</title></head><body><p>Le r\xe9seau est tomb\xe9 pendant une heure.</p></body></html>', 'latin1'),
  );
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'faultline-hostile-corpus-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const corpus = path.join(root, 'corpus');
  const outside = path.join(root, 'outside');
  await mkdir(corpus);
  await mkdir(outside);
  await writeHostileCorpus(corpus, outside);
  const start = performance.now();
  report = await runIngest({ corpus, out: path.join(root, 'data') });
  elapsed = performance.now() - start;
  documents = await readJsonl<KnowledgeDocument>(path.join(root, 'data', 'documents.jsonl'));
}, TWO_MINUTES + 30_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('the ingest of a hostile corpus', () => {
  it('finishes within two minutes', () => {
    expect(elapsed).toBeLessThan(TWO_MINUTES);
  });

  it('writes every good document', () => {
    const sources = documents.flatMap((d) => d.sources.map((s) => s.path)).sort();
    expect(sources).toEqual([
      '000_95e2d58907dc20d1.txt',
      '001_c4b483a6c527ed12.txt',
      '002_edc960f0af580891.txt',
      '003_d034e96823ecc3f3.txt',
      `chain/l0/${'a/'.repeat(CHAIN)}end.md`,
      'cue-words.txt',
      'evil-\u001b[2J-name.txt',
      'failed-failed.txt',
      'headings.md',
      'latin1.html',
      'one-letter.txt',
    ]);
    expect(documents.find((d) => d.sources[0]!.path === 'latin1.html')?.text).toBe('Le réseau est tombé pendant une heure.');
    expect(documents.find((d) => d.sources[0]!.path === 'headings.md')).toMatchObject({ title: 'Status update', text: 'The database failed over and writes stopped for ten minutes.' });
  });

  it('names every bad file with its reason, and counts the hidden one', () => {
    expect(report.manifest.errors.filter((d) => d.fatal).map((d) => [d.file, d.code])).toEqual([
      ['alias-bomb.md', 'too-complex'],
      ['bad-\ufffd.md', 'invalid-file-name'],
      ['etc', 'outside-corpus'],
      ['maps.txt', 'outside-corpus'],
      ['nested.html', 'too-complex'],
      ['pipe.md', 'not-regular-file'],
      ['postmortem.txt', 'outside-corpus'],
      ['unclosed.html', 'too-complex'],
    ]);
    expect(report.manifest.counts).toMatchObject({ documents: 10, errors: 8, hidden: 1 });
    // The chain is read once: every other way into one of its folders is a warning.
    expect(report.manifest.errors.filter((d) => !d.fatal && d.file.startsWith('chain/'))).toHaveLength(2 * CHAIN);
  });

  it('read nothing from outside the corpus', () => {
    expect(JSON.stringify(documents)).not.toContain('hostile-secret');
    expect(JSON.stringify(documents)).not.toMatch(/\[vdso\]|r-xp/);
  });
});
