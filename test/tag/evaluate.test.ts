import { describe, expect, it } from 'vitest';
import { evaluate, prf } from '../../src/tag/evaluate.js';

describe('evaluate', () => {
  // Hand-computed: layers
  //   dns: gold in e1, e2; predicted in e1, e3 -> tp 1, fp 1, fn 1 -> P 0.5, R 0.5, F1 0.5
  //   cdn: gold in e3; never predicted        -> tp 0, fn 1        -> P 0, R 0, F1 0
  //   network: predicted in e2 only (not gold) -> fp 1              -> P 0, R 0, F1 0
  //   micro: tp 1, fp 2, fn 2 -> P 1/3, R 1/3, F1 1/3; macro: (0.5 + 0 + 0) / 3 = 1/6
  // causes
  //   time: gold e1, predicted e1 -> F1 1; capacity: gold e2, e3, predicted e2 -> P 1, R 0.5, F1 2/3
  //   micro: tp 2, fp 0, fn 1 -> P 1, R 2/3, F1 0.8; macro: (1 + 2/3) / 2 = 5/6
  const report = evaluate(
    [
      { id: 'e1', gold: { layers: ['dns'], causes: ['time'] }, predicted: { layers: ['dns'], causes: ['time'] } },
      { id: 'e2', gold: { layers: ['dns'], causes: ['capacity'] }, predicted: { layers: ['network'], causes: ['capacity'] } },
      { id: 'e3', gold: { layers: ['cdn'], causes: ['capacity'] }, predicted: { layers: ['dns'], causes: [] } },
    ],
    { layers: ['dns', 'cdn', 'network'], causes: ['capacity', 'time'] },
  );

  it('computes per-label precision, recall, F1 and support', () => {
    expect(report.examples).toBe(3);
    expect(report.layers.labels.map((l) => [l.label, l.precision, l.recall, l.f1, l.support, l.predicted])).toEqual([
      ['dns', 0.5, 0.5, 0.5, 2, 2],
      ['cdn', 0, 0, 0, 1, 0],
      ['network', 0, 0, 0, 0, 1],
    ]);
    const capacity = report.causes.labels.find((l) => l.label === 'capacity');
    expect(capacity?.precision).toBe(1);
    expect(capacity?.recall).toBe(0.5);
    expect(capacity?.f1).toBeCloseTo(2 / 3, 12);
  });

  it('computes micro and macro F1 per axis (macro over labels in gold or predictions)', () => {
    expect(report.layers.micro.precision).toBeCloseTo(1 / 3, 12);
    expect(report.layers.micro.recall).toBeCloseTo(1 / 3, 12);
    expect(report.layers.micro.f1).toBeCloseTo(1 / 3, 12);
    expect(report.layers.macroF1).toBeCloseTo(1 / 6, 12);
    expect(report.layers.macroLabels).toEqual(['dns', 'cdn', 'network']);
    expect(report.causes.micro.f1).toBeCloseTo(0.8, 12);
    expect(report.causes.macroF1).toBeCloseTo(5 / 6, 12);
  });

  it('summarises confusions and false positives', () => {
    expect(report.layers.confusion).toEqual([
      { gold: 'dns', support: 2, missed: 1, predictedInstead: [{ label: 'network', count: 1 }] },
      { gold: 'cdn', support: 1, missed: 1, predictedInstead: [{ label: 'dns', count: 1 }] },
    ]);
    expect(report.layers.topFalsePositives).toEqual([
      { label: 'dns', count: 1, ids: ['e3'] },
      { label: 'network', count: 1, ids: ['e2'] },
    ]);
    expect(report.causes.confusion.find((c) => c.gold === 'capacity')).toEqual({ gold: 'capacity', support: 2, missed: 1, predictedInstead: [] });
  });

  it('handles an empty set and zero counts', () => {
    expect(prf(0, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
    const empty = evaluate([]);
    expect(empty.layers.macroF1).toBe(0);
    expect(empty.layers.micro.f1).toBe(0);
  });
});
