import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze/analyze-text.js';
import { NLP_PIPE, customEntityExamples, getNlp } from '../../src/analyze/nlp.js';

describe('getNlp', () => {
  it('returns one configured instance per process', () => {
    expect(getNlp()).toBe(getNlp());
    expect(getNlp().nlp.readDoc('AWS').customEntities().out()).toEqual(['AWS']);
    expect([...NLP_PIPE]).toEqual(['sbd', 'ner', 'cer', 'pos']);
    expect(getNlp().nlp.readDoc('We rolled back.').tokens().out(getNlp().its.pos)).toEqual(['PRON', 'VERB', 'ADV', 'PUNCT']);
  });

  it('builds one custom-entity example per lexicon type', () => {
    const examples = customEntityExamples();
    expect(examples.map((e) => e.name).sort()).toEqual(['INFRA', 'PROVIDER', 'SERVICE']);
    expect(examples.find((e) => e.name === 'SERVICE')?.patterns).toContain('Route 53');
  });

  it('works inside a worker thread with the same results', async () => {
    const text = 'Amazon S3 went down. SmugMug was offline for hours.';
    // A JavaScript entry that loads the TypeScript module through tsx's API.
    const entry = new URL('./worker-analysis.ts', import.meta.url).href;
    const code = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
    const worker = new Worker(code, { eval: true, workerData: { text } });
    const result = await new Promise<unknown>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    const local = analyzeText(text);
    expect(result).toEqual({ sentences: local.sentences, providers: local.facts.providers.map((f) => f.value) });
  });
});
