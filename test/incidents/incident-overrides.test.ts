import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupIncidents } from '../../src/incidents/group-incidents.js';
import { loadGroupingInputs } from '../../src/incidents/grouping-inputs.js';
import { checkIncidentOverrides, readIncidentOverrides } from '../../src/incidents/incident-overrides.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { makeReport } from './make-report.js';

const taskForce = makeReport({
  id: 'd1111111111111111111111111111111a',
  title: 'Final report on the grid collapse',
  url: 'https://energy.example/final-report.pdf',
  company: 'Grid Task Force',
  date: '2004-04-05',
  text: 'The task force found that vegetation and a silent alarm system caused the collapse.',
});
const encyclopedia = makeReport({
  id: 'd2222222222222222222222222222222b',
  title: 'The 2003 grid collapse',
  url: 'https://encyclopedia.example/wiki/Grid_collapse',
  company: 'Northern Power',
  date: '2003-08-14',
  text: 'Power failed across the region when lines sagged into trees.',
});
const awsEvent = makeReport({
  id: 'd3333333333333333333333333333333c',
  title: 'AWS EBS event',
  url: 'https://aws.amazon.com/message/680342/',
  company: 'Amazon',
  date: '2012-10-22',
  services: ['EBS'],
  text: 'EBS volumes were stuck in one zone.',
});
const netflix = makeReport({
  id: 'd4444444444444444444444444444444d',
  title: "Netflix's response to the AWS EBS degradation",
  url: 'https://netflixtechblog.com/ebs-degradation',
  company: 'Netflix',
  date: '2012-10-22',
  services: ['EBS'],
  text: 'When AWS EBS volumes degraded, Netflix evacuated the zone. AWS restored them later.',
});
const essay = makeReport({ id: 'd5555555555555555555555555555555e', title: 'Why grids fail', url: 'https://blog.example/why-grids-fail', text: 'An essay on cascading failures.' });
const DOCS = [taskForce, encyclopedia, awsEvent, netflix, essay];

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'faultline-overrides-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('incident overrides (incidents.yaml)', () => {
  it('merges documents named by path and URL, splits documents the rules joined, and links a document to another incident', () => {
    const overrides = checkIncidentOverrides(
      {
        merge: [{ documents: [`${taskForce.id}.md`, 'https://ENCYCLOPEDIA.example/wiki/Grid_collapse#history'], reason: "the task force's report and the encyclopedia tell one collapse" }],
        split: [{ documents: [awsEvent.id, netflix.id.slice(0, 10)] }],
        link: [{ document: essay.id, incident: `${encyclopedia.id}.md`, reason: 'the essay analyses the collapse' }],
      },
      'incidents.yaml',
    );
    const diagnostics: Diagnostic[] = [];
    const { incidents, documents } = groupIncidents(DOCS, {}, { overrides, diagnostics });
    const collapse = incidents.find((i) => i.reports.includes(encyclopedia.id));
    expect(collapse?.reports.slice().sort()).toEqual([taskForce.id, encyclopedia.id].sort());
    expect(collapse?.grouping).toEqual([{ documents: [taskForce.id, encyclopedia.id], rule: 'override', detail: "the task force's report and the encyclopedia tell one collapse" }]);
    expect(collapse?.documentIds).toEqual([...(collapse?.reports ?? []), essay.id]);
    expect(collapse?.links?.at(-1)).toEqual({ document: essay.id, role: 'covers', evidence: null, reason: 'the essay analyses the collapse' });
    expect(documents.find((d) => d.id === essay.id)?.incidents).toEqual([documents.find((d) => d.id === essay.id)!.incident, collapse!.id]);
    // Without the split, the rules join Netflix's report to AWS's; with it they stay apart.
    expect(groupIncidents(DOCS).incidents.find((i) => i.reports.includes(netflix.id))?.reports).toEqual([awsEvent.id, netflix.id]);
    expect(incidents.find((i) => i.reports.includes(netflix.id))?.reports).toEqual([netflix.id]);
    expect(diagnostics).toEqual([]);
  });

  it('reports a name that matches no document as a warning naming the file and the entry, and goes on', () => {
    const overrides = checkIncidentOverrides({ merge: [{ documents: ['gone.md', awsEvent.id] }], link: [{ document: essay.id, incident: 'no-such-incident' }] }, 'corpus/incidents.yaml');
    const diagnostics: Diagnostic[] = [];
    const { incidents } = groupIncidents(DOCS, {}, { overrides, diagnostics });
    expect(diagnostics).toEqual([
      { file: 'corpus/incidents.yaml', stage: 'incidents', code: 'warning', reason: 'incident overrides: merge entry 1: "gone.md" names no document (by id, path, file name or URL)', fatal: false },
      { file: 'corpus/incidents.yaml', stage: 'incidents', code: 'warning', reason: 'incident overrides: link entry 1: "no-such-incident" names no incident (an incident id, or a document of it)', fatal: false },
    ]);
    expect(incidents).toHaveLength(4);
  });

  it.each([
    [['merge', 'the list'], 'incident overrides f.yaml: expected a record with "merge", "split" and/or "link" lists'],
    [{ merges: [] }, 'incident overrides f.yaml: unknown section "merges" (expected merge, split, link)'],
    [{ merge: [{ documents: ['only-one.md'] }] }, 'incident overrides f.yaml: merge entry 1: "documents" must list two documents or more, got ["only-one.md"]'],
    [{ split: [{ documents: ['a.md', 7] }] }, 'incident overrides f.yaml: split entry 1: "documents" must be a document id, path or URL, got 7'],
    [{ link: [{ document: 'a.md' }] }, 'incident overrides f.yaml: link entry 1: "incident" must be a document id, path or URL, got undefined'],
    [{ link: [{ document: 'a.md', incident: 'x', why: 'y' }] }, 'incident overrides f.yaml: link entry 1: unknown key "why" (expected document, incident, reason)'],
    [{ merge: [{ documents: ['a.md', 'b.md'] }], split: [{ documents: ['b.md', 'a.md'] }] }, 'incident overrides f.yaml: merge entry 1 and split entry 1 both name b.md and a.md'],
  ])('refuses %j naming the file, the entry and the value', (value, message) => {
    expect(() => checkIncidentOverrides(value, 'f.yaml')).toThrow(FaultlineError);
    expect(() => checkIncidentOverrides(value, 'f.yaml')).toThrow(message);
  });

  it('is read from the corpus folder (YAML or JSON) or from the file an option names, with the provider table beside it', async () => {
    const corpus = path.join(dir, 'corpus');
    await rm(corpus, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(corpus));
    expect(loadGroupingInputs({ providers: '', overrides: '' }, corpus)).toEqual({ providerTable: [], overrides: null });
    await writeFile(path.join(corpus, 'incidents.yaml'), `merge:\n  - documents: [a.md, b.md]\n    reason: one outage\n`);
    await writeFile(path.join(corpus, 'providers.yml'), `- name: Grid Task Force\n  aliases: [Task Force]\n`);
    expect(loadGroupingInputs({ providers: '', overrides: '' }, corpus)).toEqual({
      providerTable: [{ name: 'Grid Task Force', aliases: ['Task Force'], domains: [] }],
      overrides: { file: path.join(corpus, 'incidents.yaml'), merge: [{ documents: ['a.md', 'b.md'], reason: 'one outage' }], split: [], link: [] },
    });
    const elsewhere = path.join(dir, 'overrides.json');
    await writeFile(elsewhere, JSON.stringify({ split: [{ documents: ['a.md', 'b.md'] }] }));
    expect(loadGroupingInputs({ providers: '', overrides: elsewhere }, corpus).overrides).toEqual({ file: elsewhere, merge: [], split: [{ documents: ['a.md', 'b.md'], reason: null }], link: [] });
    await writeFile(elsewhere, '{"split": [');
    expect(() => readIncidentOverrides(elsewhere)).toThrow(new RegExp(`^incident overrides ${elsewhere.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not valid JSON`));
    expect(() => loadGroupingInputs({ providers: '', overrides: path.join(dir, 'missing.yaml') }, corpus)).toThrow(/incident overrides .*missing\.yaml cannot be read/);
  });
});
