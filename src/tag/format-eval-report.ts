/**
 * Plain-text rendering of an evaluation report: per-label precision/recall/F1/support tables,
 * micro and macro F1 per axis, and the confusion summary.
 */
import type { AxisReport, EvalReport } from './evaluate.js';

/** A number with three decimals. */
function fixed(n: number): string {
  return n.toFixed(3);
}

/** Renders one axis. */
function formatAxis(title: string, axis: AxisReport): string[] {
  const width = Math.max(8, ...axis.labels.map((l) => l.label.length));
  const lines = [
    `${title}`,
    `  ${'label'.padEnd(width)}  precision  recall     f1  support  predicted`,
    ...axis.labels.map(
      (l) =>
        `  ${l.label.padEnd(width)}  ${fixed(l.precision).padStart(9)}  ${fixed(l.recall).padStart(6)}  ${fixed(l.f1).padStart(5)}  ${String(l.support).padStart(7)}  ${String(l.predicted).padStart(9)}`,
    ),
    `  micro  precision ${fixed(axis.micro.precision)}  recall ${fixed(axis.micro.recall)}  f1 ${fixed(axis.micro.f1)}`,
    `  macro  f1 ${fixed(axis.macroF1)} (mean over the ${axis.macroLabels.length} labels in gold or predictions)`,
  ];
  const missed = axis.confusion.filter((c) => c.missed > 0);
  lines.push('  confusion (gold label: missed/support -> predicted instead)');
  if (missed.length === 0) lines.push('    none missed');
  for (const c of missed) {
    const instead = c.predictedInstead.map((p) => `${p.label} x${p.count}`).join(', ') || 'nothing';
    lines.push(`    ${c.gold}: ${c.missed}/${c.support} -> ${instead}`);
  }
  lines.push('  top false positives');
  if (axis.topFalsePositives.length === 0) lines.push('    none');
  for (const fp of axis.topFalsePositives.slice(0, 10)) lines.push(`    ${fp.label} x${fp.count} (${fp.ids.join(', ')})`);
  return lines;
}

/** Renders the whole report as a readable table. */
export function formatEvalReport(report: EvalReport): string {
  return [
    `${report.examples} examples`,
    '',
    ...formatAxis('Failure layers', report.layers),
    '',
    ...formatAxis('Root causes', report.causes),
    '',
  ].join('\n');
}
