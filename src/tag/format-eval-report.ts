/**
 * Plain-text rendering of an evaluation report: per-label precision/recall/F1/support tables,
 * micro and macro F1 per axis, the confusion summary, and for long reports impacted layers,
 * certainty agreement and evidence against the gold root-cause sentences.
 */
import type { AxisReport, EvalReport } from './evaluate.js';

/** A number with three decimals. */
function fixed(n: number): string {
  return n.toFixed(3);
}

/** Renders one axis. */
function formatAxis(title: string, axis: AxisReport): string[] {
  let width = 8;
  for (const l of axis.labels) width = Math.max(width, l.label.length);
  const lines = [
    title,
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
  const long = report.impacted !== undefined;
  const lines = [`${report.examples} examples`, '', ...formatAxis(long ? 'Failure layers (origin)' : 'Failure layers', report.layers), '', ...formatAxis('Root causes', report.causes), ''];
  if (report.impacted !== undefined) lines.push(...formatAxis('Impacted layers', report.impacted), '');
  if (report.certainty !== undefined) {
    const c = report.certainty;
    lines.push(`Certainty agreement over correct causes: ${fixed(c.agreement)} (${c.agreeing}/${c.compared})`);
    for (const d of c.disagreements.slice(0, 10)) lines.push(`  ${d.id} ${d.label}: gold ${d.gold}, predicted ${d.predicted}`);
    lines.push('');
  }
  if (report.evidence !== undefined) {
    const e = report.evidence;
    lines.push(`First evidence is a gold root-cause sentence: ${fixed(e.rate)} (${e.inGold}/${e.compared})`);
    for (const m of e.misses.slice(0, 10)) lines.push(`  ${m.id} ${m.label}: ${(m.evidence ?? '(none)').slice(0, 100)}`);
    lines.push('');
  }
  if (report.outline !== undefined) {
    const o = report.outline;
    const r = (x: { rate: number; hits: number; compared: number }): string => `${fixed(x.rate)} (${x.hits}/${x.compared})`;
    lines.push(
      'Incident outline',
      `  trigger accuracy            ${r(o.trigger)}`,
      `  detection-method accuracy   ${r(o.detection)}`,
      `  mitigation micro            precision ${fixed(o.mitigation.precision)}  recall ${fixed(o.mitigation.recall)}  f1 ${fixed(o.mitigation.f1)}`,
      `  start time exact            ${r(o.start)}`,
      `  resolved time exact         ${r(o.resolved)}`,
      `  duration within 5 minutes   ${r(o.duration)}`,
      `  not-stated kept             ${r(o.notStated)}`,
      `  action items exact          ${r(o.actionItems.exact)}  within one ${r(o.actionItems.withinOne)}`,
    );
    for (const m of o.misses.slice(0, 15)) lines.push(`  ${m.id} ${m.field}: gold ${m.gold}, predicted ${m.predicted}${m.evidence === null ? '' : ` :: ${m.evidence.slice(0, 80)}`}`);
    lines.push('');
  }
  return lines.join('\n');
}
