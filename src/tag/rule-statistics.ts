/**
 * Rule statistics over a labelled set (`faultline eval --explain`): for every rule of the rulebook
 * (and every structural rule that fired), in how many tags it took part and how many of those tags
 * were right. A tag is right when its label is in the example's gold labels for its axis and role:
 * causes against gold causes, origin layers against gold layers, impacted layers against gold
 * impacted layers (short summaries, which label layers without a role, against gold layers).
 */
import type { TagSet } from '../model/document.js';
import type { Rulebook } from '../rulebook/rulebook.js';
import type { LabelledExample } from './labelled-examples.js';

/** One rule's hits and precision. */
export interface RuleStatistic {
  /** Rule id. */
  id: string;
  /** Tags the rule took part in. */
  hits: number;
  /** Of those, tags whose label was right. */
  correct: number;
  /** `correct / hits`, or null when the rule never fired. */
  precision: number | null;
  /** Ids of the examples where it took part in a wrong tag (at most 10). */
  wrong: string[];
}

/** The statistics of every rule, most hits first (then by id). */
export function ruleStatistics(examples: readonly LabelledExample[], tags: ReadonlyMap<string, TagSet>, rulebook: Rulebook): RuleStatistic[] {
  const stats = new Map<string, RuleStatistic>();
  const entry = (id: string): RuleStatistic => {
    let s = stats.get(id);
    if (s === undefined) {
      s = { id, hits: 0, correct: 0, precision: null, wrong: [] };
      stats.set(id, s);
    }
    return s;
  };
  for (const id of rulebook.rules.keys()) entry(id);
  for (const example of examples) {
    const set = tags.get(example.id);
    if (set === undefined) continue;
    const scored = [
      ...set.causes.map((t) => ({ rules: t.rules, right: example.causes.includes(t.label) })),
      ...set.layers.map((t) => {
        const gold = t.role === 'impacted' && example.impactedLayers !== undefined ? example.impactedLayers : example.layers;
        return { rules: t.rules, right: gold.includes(t.label) };
      }),
    ];
    for (const { rules, right } of scored) {
      for (const id of new Set(rules)) {
        const s = entry(id);
        s.hits += 1;
        if (right) s.correct += 1;
        else if (s.wrong.length < 10 && !s.wrong.includes(example.id)) s.wrong.push(example.id);
      }
    }
  }
  const out = [...stats.values()].map((s) => ({ ...s, precision: s.hits === 0 ? null : s.correct / s.hits }));
  return out.sort((a, b) => b.hits - a.hits || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Renders the statistics as a table. */
export function formatRuleStatistics(stats: readonly RuleStatistic[]): string {
  let width = 4;
  for (const s of stats) width = Math.max(width, s.id.length);
  const lines = [`${'rule'.padEnd(width)}  hits  correct  precision  wrong in`];
  for (const s of stats) {
    const precision = s.precision === null ? '-' : s.precision.toFixed(3);
    lines.push(`${s.id.padEnd(width)}  ${String(s.hits).padStart(4)}  ${String(s.correct).padStart(7)}  ${precision.padStart(9)}  ${s.wrong.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
