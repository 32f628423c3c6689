import { beforeAll, describe, expect, it } from 'vitest';
import { readLabelledExamples } from '../../src/tag/labelled-examples.js';
import { runEvaluation } from '../../src/tag/run-evaluation.js';
import { requireSharedFile, sharedDeclaredAbsent, sharedFile } from '../fixtures/shared-file.js';

const DEV = sharedFile('labels/dev-incidents.jsonl');

describe.skipIf(sharedDeclaredAbsent)('quality bar on ../shared/labels/dev-incidents.jsonl', () => {
  beforeAll(() => requireSharedFile(DEV, 'the dev-set quality bar'));

  it('reaches macro F1 >= 0.80 on layers and >= 0.75 on causes', async () => {
    const { report } = runEvaluation(await readLabelledExamples(DEV));
    expect(report.examples).toBe(30);
    expect(report.layers.macroF1).toBeGreaterThanOrEqual(0.8);
    expect(report.causes.macroF1).toBeGreaterThanOrEqual(0.75);
  });
});
