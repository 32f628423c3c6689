import { describe, expect, it } from 'vitest';
import { unstatedOutline, type Incident, type IncidentOutline } from '../../src/model/index.js';
import { computeOutlineStats, median } from '../../src/server/outline-stats.js';

/** An incident with an origin layer, a cause and (optionally) an outline. */
function incident(id: string, layer: string, cause: string, outline?: Partial<IncidentOutline>): Incident {
  const tag = (label: string, role: string) => ({ label, role, certainty: 'confirmed' as const, confidence: 0.9, evidence: [], rules: [] });
  const base: Incident = { id, title: id, date: null, providers: [], services: [], layers: [tag(layer, 'origin')] as Incident['layers'], causes: [tag(cause, 'root')] as Incident['causes'], reports: [id], summary: '' };
  if (outline === undefined) return base;
  const unstated = unstatedOutline();
  const empty: IncidentOutline = {
    ...unstated,
    trigger: { ...unstated.trigger, document: null },
    detection: { ...unstated.detection, document: null },
    mitigation: [],
    timeline: [],
    actionItems: [],
    conflicts: [],
  };
  return { ...base, outline: { ...empty, ...outline } };
}

const said = { start: 0, end: 1, text: 'x', rule: 'r' };

describe('computeOutlineStats', () => {
  it('counts triggers, detection and steps with not-stated as a value, and the median phases with how many state them', () => {
    const stats = computeOutlineStats(
      [
        incident('a', 'dns', 'misconfiguration', { trigger: { kind: 'config-change', evidence: said, document: 'a' }, durationMinutes: 60, timeToDetectMinutes: 5, mitigation: [{ step: 'config-revert', evidence: said, document: 'a' }] }),
        incident('b', 'dns', 'software-bug', { trigger: { kind: 'deployment', evidence: said, document: 'b' }, durationMinutes: 30, detection: { method: 'automated-monitoring', evidence: said, at: null, document: 'b' } }),
        incident('c', 'storage', 'hardware', { durationMinutes: 121 }),
        incident('old', 'storage', 'hardware'),
      ],
      { layers: ['dns', 'storage', 'cdn'], causes: ['hardware', 'misconfiguration', 'software-bug'] },
    );
    const nonZero = (list: { value: string; incidents: number }[]) => list.filter((c) => c.incidents > 0).map((c) => [c.value, c.incidents]);
    expect(nonZero(stats.byTrigger)).toEqual([['deployment', 1], ['config-change', 1], ['none-stated', 2]]);
    expect(nonZero(stats.byDetection)).toEqual([['automated-monitoring', 1], ['not-stated', 3]]);
    expect(nonZero(stats.byMitigation)).toEqual([['config-revert', 1], ['not-stated', 3]]);
    expect(stats.phases).toEqual({
      duration: { median: 60, stated: 3, notStated: 1 },
      timeToDetect: { median: 5, stated: 1, notStated: 3 },
      timeToMitigate: { median: null, stated: 0, notStated: 4 },
    });
    expect(stats.phasesByLayer.map((p) => [p.label, p.duration.median, p.duration.stated, p.duration.notStated])).toEqual([
      ['dns', 45, 2, 0],
      ['storage', 121, 1, 1],
    ]);
    expect(stats.phasesByCause.map((p) => p.label)).toEqual(['hardware', 'misconfiguration', 'software-bug']);
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect([median([]), median([3]), median([1, 2, 10, 40]), median([7, 1, 4])]).toEqual([null, 3, 6, 4]);
  });
});
