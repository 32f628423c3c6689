import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLabelledExamples } from '../../src/tag/labelled-examples.js';
import { runEvaluation } from '../../src/tag/run-evaluation.js';

const DEV = fileURLToPath(new URL('../../../shared/labels/dev-incidents.jsonl', import.meta.url));

describe.runIf(existsSync(DEV))('quality bar on ../shared/labels/dev-incidents.jsonl', () => {
  it('reaches macro F1 >= 0.80 on layers and >= 0.75 on causes', async () => {
    const { report } = runEvaluation(await readLabelledExamples(DEV));
    expect(report.examples).toBe(30);
    expect(report.layers.macroF1).toBeGreaterThanOrEqual(0.8);
    expect(report.causes.macroF1).toBeGreaterThanOrEqual(0.75);
  });
});
