/**
 * Runs the tagging pipeline (sentence splitting, then the tagger) over labelled examples and
 * evaluates the predictions against their labels.
 */
import { splitSentences } from '../analyze/sentences.js';
import { evaluate, type EvalExample, type EvalReport } from './evaluate.js';
import type { LabelledExample } from './labelled-examples.js';
import type { TagOptions } from './tag-options.js';
import { tagText } from './tag-text.js';
import { CAUSE_LABELS, LAYER_LABELS } from './taxonomy.js';

/** An evaluation report with the per-example predictions it was computed from. */
export interface EvaluationRun {
  report: EvalReport;
  examples: EvalExample[];
}

/** Tags every example's text as ingest does (splitSentences + tagText) and evaluates the result. */
export function runEvaluation(examples: readonly LabelledExample[], options: TagOptions = {}): EvaluationRun {
  const evaluated: EvalExample[] = examples.map((example) => {
    const tags = tagText(example.text, splitSentences(example.text), options);
    return {
      id: example.id,
      gold: { layers: example.layers, causes: example.causes },
      predicted: { layers: tags.layers.map((t) => t.label), causes: tags.causes.map((t) => t.label) },
    };
  });
  return { report: evaluate(evaluated, { layers: LAYER_LABELS, causes: CAUSE_LABELS }), examples: evaluated };
}
