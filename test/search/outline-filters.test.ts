/**
 * The outline filters and facets (trigger, detection, mitigation) over the fixture knowledge base
 * with outlines given to four of its documents: in the engine, through `/api/search` and through
 * `/api/export`.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { KnowledgeDocument } from '../../src/model/document.js';
import { unstatedOutline, type DetectionMethod, type MitigationStep, type TriggerKind } from '../../src/model/outline.js';
import { createApp } from '../../src/server/create-app.js';
import { knowledgeBaseFromRecords } from '../fixtures/knowledge-base-from-records.js';
import { fixtureRecords } from '../fixtures/kb/fixture-kb.js';

/** The outlines given, by document id; the other ten documents have none (as in older data folders). */
const OUTLINES: Record<string, [TriggerKind, DetectionMethod, MitigationStep[]]> = {
  'cloudflare-2019-07-02-blog': ['deployment', 'automated-monitoring', ['rollback']],
  'fastly-2021-06-08': ['config-change', 'automated-monitoring', ['config-revert', 'rollback']],
  'github-2018-10-21': ['hardware-failure', 'internal-report', ['failover', 'data-restored']],
  'gcp-2019-06-02': ['none-stated', 'not-stated', []],
};

function outlinedKnowledgeBase() {
  const { documents, incidents } = fixtureRecords();
  const outlined = documents.map((doc): KnowledgeDocument => {
    const given = OUTLINES[doc.id];
    if (given === undefined) return doc;
    const outline = unstatedOutline();
    outline.trigger = { kind: given[0], evidence: null };
    outline.detection = { method: given[1], evidence: null, at: null };
    outline.mitigation = given[2].map((step) => ({ step, evidence: { start: 0, end: 1, text: 'x', rule: 'test' } }));
    return { ...doc, outline };
  });
  return knowledgeBaseFromRecords({ documents: outlined, incidents, dir: 'test/fixtures/kb+outlines' });
}

const kb = outlinedKnowledgeBase();
const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id).sort();

describe('outline filters in the engine', () => {
  it('counts what the outlines state (documents without one are not counted)', () => {
    expect(Object.keys(OUTLINES).every((id) => kb.documents.has(id))).toBe(true);
    const all = kb.search({ query: '', pageSize: 100 });
    expect(all.facets.trigger).toEqual({ 'config-change': 1, deployment: 1, 'hardware-failure': 1, 'none-stated': 1 });
    expect(all.facets.detection).toEqual({ 'automated-monitoring': 2, 'internal-report': 1, 'not-stated': 1 });
    expect(all.facets.mitigation).toEqual({ rollback: 2, 'config-revert': 1, 'data-restored': 1, failover: 1 });
  });

  it('keeps documents stating any of the values, and combines with the other filters', () => {
    expect(ids(kb.search({ query: '', triggers: ['deployment', 'config-change'], pageSize: 100 }))).toEqual(['cloudflare-2019-07-02-blog', 'fastly-2021-06-08']);
    expect(ids(kb.search({ query: '', detections: ['not-stated'], pageSize: 100 }))).toEqual(['gcp-2019-06-02']);
    expect(ids(kb.search({ query: '', mitigations: ['rollback'], pageSize: 100 }))).toEqual(['cloudflare-2019-07-02-blog', 'fastly-2021-06-08']);
    expect(ids(kb.search({ query: '', mitigations: ['rollback'], detections: ['automated-monitoring'], triggers: ['deployment'], pageSize: 100 }))).toEqual([
      'cloudflare-2019-07-02-blog',
    ]);
    expect(ids(kb.search({ query: '', mitigations: ['rollback'], providers: ['Fastly'], pageSize: 100 }))).toEqual(['fastly-2021-06-08']);
    const narrowed = kb.search({ query: '', mitigations: ['rollback'], pageSize: 100 });
    expect(narrowed.facets.mitigation).toEqual({ rollback: 2, 'config-revert': 1 });
  });
});

describe('outline filters over HTTP', () => {
  const app = createApp({ kb });

  it('/api/search takes trigger, detection and mitigation, repeated or comma-separated, and refuses unknown values', async () => {
    const res = await request(app).get('/api/search?trigger=deployment,config-change&mitigation=ROLLBACK');
    expect(res.status).toBe(200);
    expect(ids(res.body as { hits: { id: string }[] })).toEqual(['cloudflare-2019-07-02-blog', 'fastly-2021-06-08']);
    expect((res.body as { facets: { trigger: unknown } }).facets.trigger).toEqual({ 'config-change': 1, deployment: 1 });
    const bad = await request(app).get('/api/search?detection=pager');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      error: 'bad-parameter',
      parameter: 'detection',
      message: 'search: parameter detection: must be one of automated-monitoring, customer-reports, internal-report, third-party-report, not-stated, got "pager"',
    });
  });

  it('/api/export exports what the same filters find', async () => {
    const res = await request(app).get('/api/export?format=jsonl&detection=automated-monitoring&noText=true');
    expect(res.status).toBe(200);
    expect(res.text.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['cloudflare-2019-07-02-blog', 'fastly-2021-06-08']);
  });
});
