/**
 * The stages' options and keys computed without building the stages are the ones the built
 * stages carry, so the up-to-date check (which builds none) keys the cache as the stages do.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePipelineOptions } from '../../src/pipeline/pipeline-options.js';
import { keyedOptions, stageKeys, stageOptions } from '../../src/pipeline/stage-options.js';
import { createStages } from '../../src/pipeline/stages.js';

const noPool = (): never => {
  throw new Error('no stage runs in this test');
};

describe('stageKeys', () => {
  it('gives every built stage’s cache key, and changes with a stage’s options', async () => {
    const corpus = await mkdtemp(path.join(tmpdir(), 'faultline-stage-options-'));
    await writeFile(path.join(corpus, 'providers.yaml'), '- name: Example Cloud\n  aliases: [excloud]\n  domains: [excloud.example]\n');
    const opts = resolvePipelineOptions({ corpus, out: path.join(corpus, 'data') });
    const options = stageOptions(opts);
    const stages = createStages(options, noPool);
    const keys = stageKeys(options);
    expect(keys.all).toEqual({
      parse: stages.parse.cacheKey,
      dedupe: stages.dedupe.cacheKey,
      analyze: stages.analyze.cacheKey,
      incidents: stages.incidents.cacheKey,
      index: stages.index.cacheKey,
    });
    expect(keys.parse).toBe(stages.parse.cacheKey);
    expect(keys.code).toMatch(/^[0-9a-f]{16}$/);
    expect(options.incidents.inputs.providerTable.map((p) => p.name)).toEqual(['Example Cloud']);
    expect(keyedOptions('incidents', options)).toEqual(stages.incidents.options);

    const other = stageKeys(stageOptions(resolvePipelineOptions({ corpus, out: path.join(corpus, 'data'), index: { shardSize: 7 } })));
    expect(other.all.index).not.toBe(keys.all.index);
    expect(other.all.parse).toBe(keys.all.parse);
  });
});
