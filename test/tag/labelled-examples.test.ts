import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { halfOf, parseLabelledExamples, readLabelledExamples, splitHalf } from '../../src/tag/labelled-examples.js';

describe('parseLabelledExamples', () => {
  it('reads JSONL examples and skips blank lines', () => {
    const content = '{"id":"a","text":"x","layers":["dns"],"causes":["unknown"]}\n\n{"id":"b","text":"y","layers":[],"causes":["time"]}\n';
    expect(parseLabelledExamples(content, 'f.jsonl')).toEqual([
      { id: 'a', text: 'x', layers: ['dns'], causes: ['unknown'] },
      { id: 'b', text: 'y', layers: [], causes: ['time'] },
    ]);
  });

  it.each([
    ['{"id":"a","text":"x","layers":[],"causes":[]}\n{oops', /labels file f\.jsonl, line 2: invalid JSON/],
    ['{"id":"a","text":"x","layers":[]}', /line 1: missing field "causes"/],
    ['{"id":"a","text":"x","layers":["router"],"causes":[]}', /line 1: unknown layer label "router"/],
    ['{"id":"a","text":"x","layers":[],"causes":["aliens"]}', /line 1: unknown cause label "aliens"/],
    ['{"id":"a","text":"x","layers":"dns","causes":[]}', /line 1: field "layers" must be an array of labels/],
    ['[1,2]', /line 1: expected a JSON object/],
    ['{"id":"a","text":"x","layers":[],"causes":[]}\n{"id":"a","text":"y","layers":[],"causes":[]}', /line 2: duplicate id "a"/],
  ])('rejects %j naming the file and line', (content, message) => {
    expect(() => parseLabelledExamples(content, 'f.jsonl')).toThrow(message);
  });

  it('names an unreadable file', async () => {
    await expect(readLabelledExamples('/nonexistent/labels.jsonl')).rejects.toThrow(FaultlineError);
    await expect(readLabelledExamples('/nonexistent/labels.jsonl')).rejects.toThrow(/labels file \/nonexistent\/labels\.jsonl cannot be read/);
  });
});

describe('the long post-mortem format', () => {
  const line = JSON.stringify({
    id: 'pa07',
    style: 'provider-narrative',
    title: 'Cooling failure',
    operator: 'Nimbus',
    text: 'The chillers tripped.',
    layers: ['facility'],
    impacted_layers: ['compute'],
    causes: ['power'],
    certainty: { power: 'confirmed' },
    evidence: { power: 'The chillers tripped.' },
    root_cause_sentences: ['The chillers tripped.'],
  });

  it('reads the gold outline of a line with a trigger, not-stated mitigation as none', () => {
    const withOutline = { ...(JSON.parse(line) as Record<string, unknown>), published: '2024-07-10', trigger: 'power-event', detection: { method: 'automated-monitoring', evidence: null }, mitigation: ['not-stated'], timeline: { start: '2024-07-09T21:40Z', resolved: null }, duration_minutes: 180, action_items: 3 };
    const [example] = parseLabelledExamples(JSON.stringify(withOutline), 'p.jsonl');
    expect([example?.published, example?.outline]).toEqual([
      '2024-07-10',
      { trigger: 'power-event', detection: 'automated-monitoring', mitigation: [], timeline: { start: '2024-07-09T21:40Z' }, durationMinutes: 180, actionItems: 3 },
    ]);
  });

  it('reads impacted layers, certainty, evidence and root-cause sentences, never the gold operator', () => {
    expect(parseLabelledExamples(line, 'p.jsonl')).toEqual([
      {
        id: 'pa07',
        text: 'The chillers tripped.',
        layers: ['facility'],
        causes: ['power'],
        impactedLayers: ['compute'],
        certainty: { power: 'confirmed' },
        evidence: { power: 'The chillers tripped.' },
        rootCauseSentences: ['The chillers tripped.'],
        title: 'Cooling failure',
        style: 'provider-narrative',
      },
    ]);
  });

  it.each([
    [{ certainty: { power: 'sure' } }, /field "certainty\.power" must be confirmed, reported or speculated, got "sure"/],
    [{ certainty: { aliens: 'confirmed' } }, /field "certainty" has unknown cause label "aliens"/],
    [{ impacted_layers: ['router'] }, /unknown layer label "router" in field "impacted_layers"/],
    [{ root_cause_sentences: 'x' }, /field "root_cause_sentences" must be an array of sentences/],
    [{ trigger: 'gremlins' }, /field "trigger" must be a trigger kind, got "gremlins"/],
    [{ trigger: 'deployment', detection: { method: 'psychic' } }, /field "detection\.method" must be a detection method, got "psychic"/],
    [{ trigger: 'deployment', mitigation: ['prayer'] }, /field "mitigation" must be an array of mitigation steps/],
    [{ trigger: 'deployment', timeline: { start: 'noon' } }, /field "timeline\.start" must be an ISO 8601 time or null, got "noon"/],
  ])('rejects a bad field %j naming it', (patch, message) => {
    expect(() => parseLabelledExamples(JSON.stringify({ ...JSON.parse(line), ...patch }), 'p.jsonl')).toThrow(message);
  });
});

describe('halves', () => {
  it('splits by the number an id ends with: odd tunes, even checks', () => {
    expect([halfOf('pa01'), halfOf('pa02'), halfOf('pc35'), halfOf('pb36'), halfOf('t10')]).toEqual(['tune', 'check', 'tune', 'check', 'check']);
  });

  it('splits ids without a number by a fixed hash, the same on every run', () => {
    expect(halfOf('alpha')).toBe(halfOf('alpha'));
    const halves = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'].map(halfOf);
    expect(halves).toContain('tune');
    expect(halves).toContain('check');
  });

  it('keeps each example in exactly one half', () => {
    const examples = parseLabelledExamples(
      ['a1', 'a2', 'a3'].map((id) => JSON.stringify({ id, text: 'x', layers: [], causes: ['unknown'] })).join('\n'),
      'h.jsonl',
    );
    expect(splitHalf(examples, 'tune').map((e) => e.id)).toEqual(['a1', 'a3']);
    expect(splitHalf(examples, 'check').map((e) => e.id)).toEqual(['a2']);
  });
});
