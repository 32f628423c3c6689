/**
 * Evaluation metrics of the tagger against gold labels (pure arithmetic, no I/O).
 *
 * For each axis (layers, causes) and each label: precision, recall, F1 and support (the number
 * of gold examples carrying the label). Precision is 0 when a label is never predicted, recall
 * is 0 when it never occurs in gold, F1 is 0 when both are 0.
 *
 * Micro F1 pools true/false positives and false negatives over all labels of the axis. Macro F1
 * is the unweighted mean of the per-label F1 over the labels that appear in the gold labels OR
 * in the predictions of the evaluated set: a label nobody used is left out (it says nothing),
 * while a label only ever predicted wrongly counts with F1 0 (a tagger cannot escape the macro
 * average by inventing labels).
 *
 * The confusion summary says, for each gold label, how often it was missed and which labels were
 * predicted instead in those examples (the extra labels predicted there), and lists the most
 * frequent false positives with the example ids.
 *
 * Long labelled reports add three scores: impacted layers (an axis like the others), certainty
 * agreement (over the causes both gold and prediction have, the share whose certainty agrees) and
 * evidence (over the same causes, the share whose first evidence sentence is one of the gold
 * root-cause sentences).
 */
import type { OutlineReport } from '../outline/evaluate-outline.js';

/** Gold or predicted labels of one example. */
export interface LabelSets {
  layers: readonly string[];
  causes: readonly string[];
}

/** A cause both gold and prediction have, with what the long format lets us check of it. */
export interface CauseCheck {
  label: string;
  /** Gold certainty, when labelled. */
  goldCertainty: string | null;
  /** Predicted certainty. */
  certainty: string;
  /** The predicted first evidence sentence. */
  evidence: string | null;
  /** Whether the first evidence is one of the gold root-cause sentences (null when none are labelled). */
  evidenceInGold: boolean | null;
}

/** One evaluated example. */
export interface EvalExample {
  id: string;
  gold: LabelSets;
  predicted: LabelSets;
  /** Gold and predicted impacted layers (long format only). */
  impacted?: { gold: readonly string[]; predicted: readonly string[] };
  /** The correct causes (not `unknown`), for certainty and evidence (long format only). */
  causeChecks?: CauseCheck[];
}

/** Metrics of one label. */
export interface LabelMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** Gold examples carrying the label. */
  support: number;
  /** Examples the label was predicted for. */
  predicted: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** For one gold label: how often it was missed and what was predicted instead. */
export interface ConfusionEntry {
  gold: string;
  support: number;
  missed: number;
  /** Extra (wrong) labels predicted in the examples where the gold label was missed, most frequent first. */
  predictedInstead: { label: string; count: number }[];
}

/** A label predicted where gold did not have it. */
export interface FalsePositiveEntry {
  label: string;
  count: number;
  /** Ids of the examples concerned. */
  ids: string[];
}

/** Metrics of one axis. */
export interface AxisReport {
  /** Per-label metrics, in label order (labels in gold or predictions only). */
  labels: LabelMetrics[];
  micro: { precision: number; recall: number; f1: number };
  /** Mean F1 over `macroLabels`. */
  macroF1: number;
  /** The labels averaged by the macro F1: those in gold or predictions. */
  macroLabels: string[];
  confusion: ConfusionEntry[];
  topFalsePositives: FalsePositiveEntry[];
}

/** Certainty agreement over the correct causes. */
export interface CertaintyReport {
  /** Correct causes with a gold certainty. */
  compared: number;
  /** Of those, how many agree. */
  agreeing: number;
  /** `agreeing / compared` (0 when nothing was compared). */
  agreement: number;
  /** The disagreements: gold certainty -> predicted, with the example ids. */
  disagreements: { id: string; label: string; gold: string; predicted: string }[];
}

/** Whether the first evidence of each correct cause is a gold root-cause sentence. */
export interface EvidenceReport {
  /** Correct causes whose example lists root-cause sentences. */
  compared: number;
  /** Of those, how many lead with one of them. */
  inGold: number;
  /** `inGold / compared` (0 when nothing was compared). */
  rate: number;
  /** The misses, with the evidence given instead. */
  misses: { id: string; label: string; evidence: string | null }[];
}

/** The evaluation of a labelled set. */
export interface EvalReport {
  examples: number;
  /** Layers (for long reports: the origin layers). */
  layers: AxisReport;
  causes: AxisReport;
  /** Impacted layers, when the examples label them. */
  impacted?: AxisReport;
  /** Certainty agreement, when the examples label certainty. */
  certainty?: CertaintyReport;
  /** Evidence against the gold root-cause sentences, when the examples list them. */
  evidence?: EvidenceReport;
  /** The incident outline's scores, when the examples carry gold outlines. */
  outline?: OutlineReport;
}

/** Precision/recall/F1 from counts (0 where undefined). */
export function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Increments a count in a map. */
function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Evaluates one axis; `order` lists the known labels in display order (others follow by code point). */
function evaluateAxis(examples: readonly EvalExample[], axis: keyof LabelSets, order: readonly string[]): AxisReport {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const support = new Map<string, number>();
  const predicted = new Map<string, number>();
  const instead = new Map<string, Map<string, number>>();
  const fpIds = new Map<string, string[]>();
  for (const example of examples) {
    const gold = new Set(example.gold[axis]);
    const pred = new Set(example.predicted[axis]);
    const extra = [...pred].filter((l) => !gold.has(l));
    for (const label of gold) {
      bump(support, label);
      if (pred.has(label)) {
        bump(tp, label);
      } else {
        bump(fn, label);
        const counts = instead.get(label) ?? new Map<string, number>();
        for (const other of extra) bump(counts, other);
        instead.set(label, counts);
      }
    }
    for (const label of pred) {
      bump(predicted, label);
      if (!gold.has(label)) {
        bump(fp, label);
        fpIds.set(label, [...(fpIds.get(label) ?? []), example.id]);
      }
    }
  }
  const used = new Set([...support.keys(), ...predicted.keys()]);
  const labels = [...order.filter((l) => used.has(l)), ...[...used].filter((l) => !order.includes(l)).sort(byCodePoint)];
  const metrics: LabelMetrics[] = labels.map((label) => {
    const t = tp.get(label) ?? 0;
    const p = fp.get(label) ?? 0;
    const n = fn.get(label) ?? 0;
    return {
      label,
      ...prf(t, p, n),
      support: support.get(label) ?? 0,
      predicted: predicted.get(label) ?? 0,
      truePositives: t,
      falsePositives: p,
      falseNegatives: n,
    };
  });
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  const micro = prf(sum(tp), sum(fp), sum(fn));
  const macroF1 = metrics.length === 0 ? 0 : metrics.reduce((a, m) => a + m.f1, 0) / metrics.length;
  const confusion: ConfusionEntry[] = metrics
    .filter((m) => m.support > 0)
    .map((m) => ({
      gold: m.label,
      support: m.support,
      missed: m.falseNegatives,
      predictedInstead: [...(instead.get(m.label) ?? new Map<string, number>())]
        .map(([label, count]) => ({ label, count }))
        .sort((a, b) => b.count - a.count || byCodePoint(a.label, b.label)),
    }));
  const topFalsePositives = [...fpIds]
    .map(([label, ids]) => ({ label, count: ids.length, ids }))
    .sort((a, b) => b.count - a.count || byCodePoint(a.label, b.label));
  return { labels: metrics, micro, macroF1, macroLabels: labels, confusion, topFalsePositives };
}

/** Compares strings by code point (the same order on every machine, whatever its locale). */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Certainty agreement over the correct causes that have a gold certainty. */
function certaintyReport(examples: readonly EvalExample[]): CertaintyReport {
  const disagreements: CertaintyReport['disagreements'] = [];
  let compared = 0;
  for (const example of examples) {
    for (const check of example.causeChecks ?? []) {
      if (check.goldCertainty === null) continue;
      compared += 1;
      if (check.goldCertainty !== check.certainty) disagreements.push({ id: example.id, label: check.label, gold: check.goldCertainty, predicted: check.certainty });
    }
  }
  const agreeing = compared - disagreements.length;
  return { compared, agreeing, agreement: compared === 0 ? 0 : agreeing / compared, disagreements };
}

/** Share of correct causes whose first evidence is a gold root-cause sentence. */
function evidenceReport(examples: readonly EvalExample[]): EvidenceReport {
  const misses: EvidenceReport['misses'] = [];
  let compared = 0;
  for (const example of examples) {
    for (const check of example.causeChecks ?? []) {
      if (check.evidenceInGold === null) continue;
      compared += 1;
      if (!check.evidenceInGold) misses.push({ id: example.id, label: check.label, evidence: check.evidence });
    }
  }
  const inGold = compared - misses.length;
  return { compared, inGold, rate: compared === 0 ? 0 : inGold / compared, misses };
}

/** Evaluates predictions against gold labels on both axes, and the long-format scores when labelled (see the module comment). */
export function evaluate(
  examples: readonly EvalExample[],
  order: { layers?: readonly string[]; causes?: readonly string[] } = {},
): EvalReport {
  const report: EvalReport = {
    examples: examples.length,
    layers: evaluateAxis(examples, 'layers', order.layers ?? []),
    causes: evaluateAxis(examples, 'causes', order.causes ?? []),
  };
  if (examples.some((e) => e.impacted !== undefined)) {
    const impacted = examples.map((e) => ({ id: e.id, gold: { layers: e.impacted?.gold ?? [], causes: [] }, predicted: { layers: e.impacted?.predicted ?? [], causes: [] } }));
    report.impacted = evaluateAxis(impacted, 'layers', order.layers ?? []);
  }
  if (examples.some((e) => e.causeChecks?.some((c) => c.goldCertainty !== null))) report.certainty = certaintyReport(examples);
  if (examples.some((e) => e.causeChecks?.some((c) => c.evidenceInGold !== null))) report.evidence = evidenceReport(examples);
  return report;
}
