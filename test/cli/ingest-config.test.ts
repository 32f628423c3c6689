import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestOptionsFrom } from '../../src/cli/ingest-command.js';
import { resolvePipelineOptions } from '../../src/pipeline/pipeline-options.js';

describe('faultline ingest --config', () => {
  it('takes each flag given over the config file, and the config file over the defaults', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'faultline-ingest-config-'));
    const config = path.join(root, 'faultline.json');
    await writeFile(config, JSON.stringify({ corpus: 'posts', workers: 3, fileTimeoutMs: 9000, read: { maxFileBytes: 4096 }, dedupe: { threshold: 0.8 }, index: { shardSize: 50 } }));

    const fromConfig = resolvePipelineOptions(await ingestOptionsFrom({ config }));
    expect(fromConfig).toMatchObject({ corpus: path.join(root, 'posts'), out: 'data', workers: 3, fileTimeoutMs: 9000, force: false });
    expect(fromConfig.read).toEqual({ maxFileBytes: 4096, followSymlinksOutside: false, includeReadmeFiles: false });
    expect(fromConfig.dedupe.threshold).toBe(0.8);
    expect(fromConfig.index.shardSize).toBe(50);

    const withFlags = resolvePipelineOptions(
      await ingestOptionsFrom({ config, corpus: 'other', out: 'kb', workers: '0', fileTimeout: '2', maxFileSize: '1KB', followSymlinksOutside: true, force: true }),
    );
    expect(withFlags).toMatchObject({ corpus: 'other', out: 'kb', workers: 0, fileTimeoutMs: 2000, force: true });
    expect(withFlags.read).toEqual({ maxFileBytes: 1024, followSymlinksOutside: true, includeReadmeFiles: false });
    expect(withFlags.dedupe.threshold).toBe(0.8);
  });

  it('uses the defaults without a config file', async () => {
    expect(resolvePipelineOptions(await ingestOptionsFrom({}))).toMatchObject({ corpus: 'corpus', out: 'data', workers: 'auto', fileTimeoutMs: 30_000 });
  });

  it('refuses a bad config file before ingesting, naming the file, the key and the value', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'faultline-ingest-config-'));
    const config = path.join(root, 'faultline.json');
    await writeFile(config, JSON.stringify({ index: { shardSize: 0 } }));
    await expect(ingestOptionsFrom({ config })).rejects.toThrow(`config ${config}: index.shardSize must be a whole number >= 1, got 0`);
  });
});
