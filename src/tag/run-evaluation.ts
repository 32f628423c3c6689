/**
 * Runs the reading of a report over labelled examples as ingest does (one wink pass for sentences
 * and parts of speech, then the tagger) and evaluates the predictions against their labels: layers
 * (for long reports, which label impacted layers apart, the origin layers; for short summaries,
 * every layer tag), causes, and for long reports impacted layers, certainty agreement and whether
 * each correct cause's first evidence is a gold root-cause sentence. Examples with a gold outline
 * (trigger, detection, mitigation, timeline, duration, action items) are analysed in full (the
 * duration the text states comes from the analysis) and their outlines scored too.
 */
import { analyzeComment, analyzeText } from '../analyze/analyze-text.js';
import type { Span, TagSet } from '../model/document.js';
import { CAUSE_LABELS, LAYER_LABELS } from '../model/taxonomy.js';
import { evaluateOutlines, type OutlinePair } from '../outline/evaluate-outline.js';
import { readOutline } from '../outline/read-outline.js';
import { defaultRulebook } from '../rulebook/rulebook.js';
import { evaluate, type CauseCheck, type EvalExample, type EvalReport } from './evaluate.js';
import type { LabelledExample } from './labelled-examples.js';
import { readReport } from './tag-document.js';
import type { TagOptions } from './tag-options.js';

/** An evaluation report with the per-example predictions it was computed from. */
export interface EvaluationRun {
  report: EvalReport;
  examples: EvalExample[];
  /** The tags of each example, by id (for rule statistics). */
  tags: Map<string, TagSet>;
}

/** Every occurrence of each sentence in the text, as spans (quotes and blanks at the edges trimmed). */
function sentenceSpans(text: string, sentences: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const raw of sentences) {
    const sentence = raw.trim().replace(/^["“”']+|["“”']+$/gu, '');
    if (sentence === '') continue;
    for (let at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) spans.push({ start: at, end: at + sentence.length });
  }
  return spans;
}

/** True when an evidence span covers most of one of the gold spans (or the gold span most of it). */
export function matchesGold(evidence: Span, gold: readonly Span[]): boolean {
  return gold.some((g) => {
    const overlap = Math.min(evidence.end, g.end) - Math.max(evidence.start, g.start);
    return overlap > 0 && overlap >= 0.5 * Math.min(evidence.end - evidence.start, g.end - g.start);
  });
}

/** The checks of the causes both gold and prediction have (not `unknown`). */
function causeChecks(example: LabelledExample, tags: TagSet): CauseCheck[] | undefined {
  if (example.certainty === undefined && example.rootCauseSentences === undefined) return undefined;
  const gold = example.rootCauseSentences === undefined ? null : sentenceSpans(example.text, example.rootCauseSentences);
  return tags.causes
    .filter((t) => t.label !== 'unknown' && example.causes.includes(t.label))
    .map((t) => {
      const first = t.evidence[0];
      return {
        label: t.label,
        goldCertainty: example.certainty?.[t.label] ?? null,
        certainty: t.certainty,
        evidence: first?.text ?? null,
        evidenceInGold: gold === null ? null : first !== undefined && matchesGold(first, gold),
      };
    });
}

/** Tags every example's text as ingest does and evaluates the result. */
export function runEvaluation(examples: readonly LabelledExample[], options: TagOptions = {}): EvaluationRun {
  const tagsById = new Map<string, TagSet>();
  const outlines: OutlinePair[] = [];
  const rulebook = options.rulebook ?? defaultRulebook();
  const evaluated: EvalExample[] = examples.map((example) => {
    const full = example.outline === undefined ? null : analyzeText(example.text, { title: example.title ?? null, published: example.published ?? null });
    const { sentences, pos } = full ?? analyzeComment(example.text);
    const reading = readReport({ text: example.text, sentences, pos, title: example.title ?? null, url: example.url ?? null, company: example.company ?? null }, { ...options, rulebook });
    const tags = reading.tags;
    tagsById.set(example.id, tags);
    if (example.outline !== undefined && full !== null) {
      const predicted = readOutline(
        {
          units: reading.anatomy.units,
          tags,
          published: example.published ?? null,
          statedDurationMinutes: full.facts.duration?.value.minutes ?? null,
          outsideParties: reading.voice.document.outsideParties,
        },
        rulebook,
      );
      outlines.push({ id: example.id, gold: example.outline, predicted });
    }
    const out: EvalExample = {
      id: example.id,
      gold: { layers: example.layers, causes: example.causes },
      // Long reports label origin layers apart from impacted ones; short summaries label layers
      // without a role, and are compared with every layer tag.
      predicted: {
        layers: tags.layers.filter((t) => example.impactedLayers === undefined || t.role === 'origin').map((t) => t.label),
        causes: tags.causes.map((t) => t.label),
      },
    };
    if (example.impactedLayers !== undefined) {
      out.impacted = { gold: example.impactedLayers, predicted: tags.layers.filter((t) => t.role === 'impacted').map((t) => t.label) };
    }
    const checks = causeChecks(example, tags);
    if (checks !== undefined) out.causeChecks = checks;
    return out;
  });
  const report = evaluate(evaluated, { layers: LAYER_LABELS, causes: CAUSE_LABELS });
  if (outlines.length > 0) report.outline = evaluateOutlines(outlines);
  return { report, examples: evaluated, tags: tagsById };
}
