/**
 * The incidents stage in a real ingest: the corpus folder's `incidents.yaml` and `providers.yaml`
 * are read (never listed as reports), applied, and survive a re-ingest; editing them makes the
 * data folder stale and the next ingest regroups.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDataStale, runIngest } from '../../src/ingest/run-ingest.js';
import type { KnowledgeDocument } from '../../src/model/document.js';
import type { Incident } from '../../src/model/incident.js';

const STATUS = `---
title: Larkspur Cloud object storage outage
url: https://status.larkspur.example/incidents/object-storage
company: Larkspur Cloud
date: 2025-05-06
---

On May 6, 2025, Larkspur Cloud object storage returned errors for 90 minutes after a configuration change removed a routing rule. We rolled the change back.
`;
const NEWS = `---
title: Photo apps go dark as a storage provider stumbles
url: https://news.example/2025/05/20/photo-apps-dark
date: 2025-05-20
---

Several photo apps stopped loading images earlier this month. Their developers said the files they store with Larkspur were unreachable, and Larkspur has not said why.
`;

let dir = '';
let corpus = '';
let out = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'faultline-incidents-stage-'));
  corpus = path.join(dir, 'corpus');
  out = path.join(dir, 'data');
  await mkdir(corpus);
  await writeFile(path.join(corpus, 'larkspur-status.md'), STATUS);
  await writeFile(path.join(corpus, 'photo-apps-news.md'), NEWS);
  await writeFile(path.join(corpus, 'providers.yaml'), 'providers:\n  - name: Larkspur Cloud\n    aliases: [Larkspur]\n    domains: [larkspur.example]\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readData(): Promise<{ documents: KnowledgeDocument[]; incidents: Incident[] }> {
  const lines = async (name: string): Promise<unknown[]> => (await readFile(path.join(out, name), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as unknown);
  return { documents: (await lines('documents.jsonl')) as KnowledgeDocument[], incidents: (await lines('incidents.jsonl')) as Incident[] };
}

describe('the incidents stage of an ingest', () => {
  it("reads the corpus folder's provider table and overrides, and keeps them when re-ingesting", async () => {
    const first = await runIngest({ corpus, out, workers: 0 });
    expect(first.manifest.counts).toMatchObject({ files: 2, documents: 2, errors: 0 });
    const before = await readData();
    expect(before.documents.map((d) => [d.title, d.operator])).toEqual(
      expect.arrayContaining([
        ['Larkspur Cloud object storage outage', 'Larkspur Cloud'],
        ['Photo apps go dark as a storage provider stumbles', 'Larkspur Cloud'],
      ]),
    );
    const status = before.documents.find((d) => d.url?.includes('status.larkspur'))!;
    const news = before.documents.find((d) => d.url?.includes('news.example'))!;
    const separate = before.incidents.length;

    // The user's correction: the news report is about the same outage.
    await writeFile(path.join(corpus, 'incidents.yaml'), `merge:\n  - documents: [larkspur-status.md, https://news.example/2025/05/20/photo-apps-dark]\n    reason: the apps' outage was Larkspur's\n`);
    expect(await isDataStale(corpus, out)).toBe(true);
    const second = await runIngest({ corpus, out, workers: 0 });
    expect(second.manifest.counts).toMatchObject({ files: 2, documents: 2, cached: 2, incidents: 1, errors: 0 });
    const after = await readData();
    expect(after.incidents).toHaveLength(1);
    expect(after.incidents[0]).toMatchObject({ operator: 'Larkspur Cloud', reports: [status.id, news.id] });
    expect(after.incidents[0]?.grouping).toEqual([{ documents: [status.id, news.id], rule: 'override', detail: "the apps' outage was Larkspur's" }]);
    expect(separate).toBe(2);
    // Re-ingesting unchanged keeps it; the document ids did not move.
    expect(await isDataStale(corpus, out)).toBe(false);
    expect((await runIngest({ corpus, out, workers: 0, force: true })).manifest.counts.incidents).toBe(1);
    expect((await readData()).documents.map((d) => d.id).sort()).toEqual([status.id, news.id].sort());
  });

  it('refuses a bad overrides file naming the file and the entry', async () => {
    await writeFile(path.join(corpus, 'incidents.yaml'), 'merge:\n  - documents: [only-one.md]\n');
    await expect(runIngest({ corpus, out, workers: 0 })).rejects.toThrow(`incident overrides ${path.join(corpus, 'incidents.yaml')}: merge entry 1: "documents" must list two documents or more, got ["only-one.md"]`);
  });
});
