import { cp, mkdtemp, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isDataStale, runIngest, type IngestReport } from '../../src/ingest/run-ingest.js';
import type { KnowledgeDocument } from '../../src/model/document.js';
import type { Incident } from '../../src/model/incident.js';
import { readJsonl } from '../../src/store/jsonl.js';

const SEEDS = path.resolve('test/fixtures/seed-corpus');

async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

describe('runIngest on the seed corpus', () => {
  let out: string;
  let report: IngestReport;
  let docs: KnowledgeDocument[];

  beforeAll(async () => {
    out = path.join(await tempDir('faultline-ingest-'), 'data');
    report = await runIngest({ corpus: SEEDS, out, workers: 0 });
    docs = await readJsonl<KnowledgeDocument>(path.join(out, 'documents.jsonl'));
  }, 120_000);

  it('merges the two copies of the Amazon article and keeps three documents', () => {
    expect(report.manifest.counts).toMatchObject({ files: 4, parsed: 4, cached: 0, documents: 3, duplicates: 1, errors: 0 });
    const merged = docs.find((d) => d.sources.length === 2)!;
    expect(merged.title).toBe('Why Amazon Went Down, and Why It Matters');
    expect(merged.published?.slice(0, 10)).toBe('2008-06-06');
    expect(merged.url).toBe('http://gigaom.com/2008/06/06/why-amazon-went-down-and-what-it-means-to-you/');
    expect(merged.sources.map((s) => s.path).sort()).toEqual(['000_95e2d58907dc20d1.txt', '001_c4b483a6c527ed12.txt']);
    expect(report.manifest.clusters).toHaveLength(1);
  });

  it('keeps the plain-text article with its title once and without boilerplate', () => {
    const doc = docs.find((d) => d.sources[0]!.path.startsWith('002_'))!;
    expect(doc.title).toBe("Amazon Outage: Decoding the E-Commerce Giant's Disruption");
    expect(doc.text.startsWith('The internet shuddered today')).toBe(true);
    expect(doc.text).not.toContain('Scroll to Top');
    expect(doc.text).not.toContain('This article was compiled from');
  });

  it('splits the S3 article from its reader comments', () => {
    const doc = docs.find((d) => d.sources[0]!.path.startsWith('003_'))!;
    expect(doc.text.trimEnd().endsWith('because it mostly uses cached data.')).toBe(true);
    expect(doc.text).not.toContain('F. Andy Seidl');
    const authors = new Set(doc.comments.map((c) => c.author));
    for (const name of ['F. Andy Seidl', 'Will Scott', 'Ken Godskind', 'Michael Sheehan', 'Seth Caldwell', 'Stacey Higginbotham', 'Pran Kurup', 'Robert Accettura', 'Mark Roddis', 'Om Malik', 'Lonnie Wills', 'Ohad Eder Pressman', 'Alan Wilensky']) {
      expect(authors, name).toContain(name);
    }
    expect(doc.comments.every((c) => c.id.startsWith(`${doc.id}-c`))).toBe(true);
  });

  it('writes incidents that every document names', async () => {
    const incidents = await readJsonl<Incident>(path.join(out, 'incidents.jsonl'));
    const ids = new Set(incidents.map((i) => i.id));
    expect(docs.every((d) => ids.has(d.incident))).toBe(true);
    expect(incidents.flatMap((i) => i.reports).sort()).toEqual(docs.map((d) => d.id).sort());
  });

  it('is up to date on a second run and re-parses only a changed file', async () => {
    const again = await runIngest({ corpus: SEEDS, out, workers: 0 });
    expect(again.upToDate).toBe(true);
    expect(await isDataStale(SEEDS, out)).toBe(false);

    const corpus = await tempDir('faultline-corpus-');
    await cp(SEEDS, corpus, { recursive: true });
    const out2 = path.join(await tempDir('faultline-ingest-'), 'data');
    await runIngest({ corpus, out: out2, workers: 0 });
    const file = path.join(corpus, '002_edc960f0af580891.txt');
    await writeFile(file, `${await readFile(file, 'utf8')}\n\nUpdate: service restored.\n`);
    expect(await isDataStale(corpus, out2)).toBe(true);
    const warm = await runIngest({ corpus, out: out2, workers: 0 });
    expect(warm.upToDate).toBe(false);
    expect(warm.manifest.counts).toMatchObject({ parsed: 1, cached: 3, documents: 3 });

    // Same bytes, new modification time: read and hashed again, but not parsed again.
    const later = new Date(Date.now() + 5000);
    await utimes(path.join(corpus, '003_d034e96823ecc3f3.txt'), later, later);
    const touched = await runIngest({ corpus, out: out2, workers: 0 });
    expect(touched.manifest.counts).toMatchObject({ parsed: 0, cached: 4 });
  }, 120_000);
});

describe('runIngest incremental cache', () => {
  it('reads a file again when its bytes changed but its size and modification time were put back', async () => {
    const corpus = await tempDir('faultline-cache-corpus-');
    const file = path.join(corpus, 'report.md');
    await writeFile(file, '---\ntitle: Cache test\n---\n\nThe database failed at 10:00 UTC for ten minutes.\n');
    const when = new Date('2020-01-01T00:00:00Z');
    await utimes(file, when, when);
    const out = path.join(await tempDir('faultline-cache-'), 'data');
    await runIngest({ corpus, out, workers: 0 });
    await writeFile(file, '---\ntitle: Cache test\n---\n\nThe network failed at 10:00 UTC for ten minutes.\n'); // same size
    await utimes(file, when, when);
    expect(await isDataStale(corpus, out)).toBe(true);
    const again = await runIngest({ corpus, out, workers: 0 });
    expect(again.upToDate).toBe(false);
    expect(again.manifest.counts).toMatchObject({ parsed: 1, cached: 0 });
    const docs = await readJsonl<KnowledgeDocument>(path.join(out, 'documents.jsonl'));
    expect(docs.map((d) => d.text)).toEqual(['The network failed at 10:00 UTC for ten minutes.']);
  }, 60_000);
});

describe('runIngest in worker threads', () => {
  it('writes the same documents, incidents and index with two workers as in the main thread', async () => {
    const inMain = path.join(await tempDir('faultline-ingest-'), 'data');
    const inWorkers = path.join(await tempDir('faultline-ingest-'), 'data');
    await runIngest({ corpus: SEEDS, out: inMain, workers: 0 });
    const report = await runIngest({ corpus: SEEDS, out: inWorkers, workers: 2 });
    expect(report.workers).toBe(2);
    for (const file of ['documents.jsonl', 'incidents.jsonl', 'index/meta.json', 'index/shard-000.json']) {
      expect(await readFile(path.join(inWorkers, file), 'utf8')).toBe(await readFile(path.join(inMain, file), 'utf8'));
    }
  }, 120_000);
});

describe('runIngest with provider domains', () => {
  it("reads a report on the user's provider domain as official, and re-analyses when the domains change", async () => {
    const corpus = await tempDir('faultline-providers-corpus-');
    await writeFile(
      path.join(corpus, 'report.md'),
      '---\ntitle: Sign-in outage\nurl: https://blog.larkspur.example/outage\n---\n\nLarkspur sign-in was unavailable for an hour.\n\nA configuration change removed the DNS records of the sign-in service.\n',
    );
    const out = path.join(await tempDir('faultline-providers-'), 'data');
    await runIngest({ corpus, out, workers: 0 });
    const before = (await readJsonl<KnowledgeDocument>(path.join(out, 'documents.jsonl')))[0];
    expect(before?.causes[0]?.certainty).toBe('reported');
    const providerDomains = [{ provider: 'Larkspur', aliases: [], domains: ['larkspur.example'] }];
    expect(await isDataStale(corpus, out, { providerDomains })).toBe(true);
    const report = await runIngest({ corpus, out, workers: 0, providerDomains });
    expect(report.upToDate).toBe(false);
    const after = (await readJsonl<KnowledgeDocument>(path.join(out, 'documents.jsonl')))[0];
    expect(after?.causes[0]).toMatchObject({ label: 'misconfiguration', certainty: 'confirmed' });
    expect(after?.causes[0]?.rules).toContain('voice.operator-domain');
  }, 60_000);
});
