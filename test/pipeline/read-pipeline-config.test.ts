import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { resolvePipelineOptions } from '../../src/pipeline/pipeline-options.js';
import { parsePipelineConfig, readPipelineConfig } from '../../src/pipeline/read-pipeline-config.js';

const PROVIDERS = [{ provider: 'Acme', aliases: ['Acme Cloud'], domains: ['status.acme.example'] }];

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'faultline-config-'));
});

describe('readPipelineConfig', () => {
  it("reads every stage's options, with folders and the provider-domains file relative to the config file", async () => {
    await writeFile(path.join(root, 'providers.json'), JSON.stringify(PROVIDERS));
    const file = path.join(root, 'faultline.json');
    await writeFile(
      file,
      JSON.stringify({
        corpus: 'posts',
        out: '../kb',
        workers: 2,
        fileTimeoutMs: 5000,
        read: { maxFileBytes: 2048, followSymlinksOutside: true },
        parse: { splitComments: false },
        dedupe: { threshold: 0.8 },
        tag: { providerDomains: 'providers.json' },
        incidents: { windowDays: 3 },
        index: { shardSize: 100 },
      }),
    );
    expect(await readPipelineConfig(file)).toEqual({
      corpus: path.join(root, 'posts'),
      out: path.join(path.dirname(root), 'kb'),
      workers: 2,
      fileTimeoutMs: 5000,
      read: { maxFileBytes: 2048, followSymlinksOutside: true },
      parse: { splitComments: false },
      dedupe: { threshold: 0.8 },
      tag: { providerDomains: PROVIDERS },
      incidents: { windowDays: 3 },
      index: { shardSize: 100 },
    });
  });

  it('takes the provider domains as a list too', async () => {
    expect(await parsePipelineConfig(JSON.stringify({ tag: { providerDomains: PROVIDERS } }), 'f.json')).toEqual({ tag: { providerDomains: PROVIDERS } });
  });

  it("resolves the incidents stage's provider table and overrides files against the config file's folder ('' stays the corpus folder's own)", async () => {
    const file = path.join(root, 'settings', 'faultline.json');
    const absolute = path.join(root, 'elsewhere', 'incidents.yaml');
    expect(await parsePipelineConfig(JSON.stringify({ incidents: { providers: 'providers.yaml', overrides: '../shared/incidents.yaml', windowDays: 3 } }), file)).toEqual({
      incidents: { providers: path.join(root, 'settings', 'providers.yaml'), overrides: path.join(root, 'shared', 'incidents.yaml'), windowDays: 3 },
    });
    expect(await parsePipelineConfig(JSON.stringify({ incidents: { providers: '', overrides: absolute } }), file)).toEqual({ incidents: { providers: '', overrides: absolute } });
    await expect(parsePipelineConfig('{"incidents": {"overrides": 7}}', 'f.json')).rejects.toThrow('config f.json: incidents.overrides must be a string, got 7');
  });

  it('refuses unknown keys, naming the file and the key', async () => {
    await expect(parsePipelineConfig('{"dedup": {}}', 'f.json')).rejects.toThrow('config f.json: unknown key "dedup" (known: corpus, out, workers, fileTimeoutMs, force, read, parse, dedupe, tag, incidents, index)');
    await expect(parsePipelineConfig('{"dedupe": {"treshold": 0.5}}', 'f.json')).rejects.toThrow('config f.json: unknown key "dedupe.treshold" (known: shingle, permutations, bands, rows, threshold, containment, minSizeRatio, maxBucket)');
  });

  it('refuses values of the wrong type or out of range, naming the file, the key and the value', async () => {
    await expect(parsePipelineConfig('{"dedupe": {"threshold": "high"}}', 'f.json')).rejects.toThrow('config f.json: dedupe.threshold must be a number, got "high"');
    await expect(parsePipelineConfig('{"parse": {"splitComments": 1}}', 'f.json')).rejects.toThrow('config f.json: parse.splitComments must be a boolean, got 1');
    await expect(parsePipelineConfig('{"index": 5}', 'f.json')).rejects.toThrow('config f.json: "index" must be an object, got 5');
    await expect(parsePipelineConfig('{"workers": "many"}', 'f.json')).rejects.toThrow('config f.json: workers must be a number or "auto", got "many"');
    await expect(parsePipelineConfig('{"dedupe": {"threshold": 3}}', 'f.json')).rejects.toThrow('config f.json: dedupe.threshold is not valid (dedupe: option threshold must be a number in (0, 1], got 3)');
    await expect(parsePipelineConfig('{"incidents": {"windowDays": -1}}', 'f.json')).rejects.toThrow('config f.json: incidents.windowDays must be a number of days >= 0, got -1');
    await expect(parsePipelineConfig('{"tag": {"providerDomains": [{"provider": "X"}]}}', 'f.json')).rejects.toThrow('provider domains file f.json (tag.providerDomains): record 0 (X): "domains" must be a non-empty array of host names');
  });

  it('refuses a file that is not a JSON object, or cannot be read, naming it', async () => {
    await expect(parsePipelineConfig('{"workers": 2,', 'f.json')).rejects.toThrow(/^config f\.json: invalid JSON \(/);
    await expect(parsePipelineConfig('[]', 'f.json')).rejects.toThrow('config f.json: expected a JSON object of options, got []');
    await expect(readPipelineConfig(path.join(root, 'none.json'))).rejects.toThrow(`config ${path.join(root, 'none.json')} cannot be read: ENOENT`);
  });
});

describe("the README's example config", () => {
  it('is read without error and holds every default but the provider domains', async () => {
    const readme = await readFile(path.resolve('README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Ingest options in a config file'));
    const example = /```json\n([\s\S]*?)\n```/.exec(section)![1]!;
    await writeFile(path.join(root, 'provider-domains.json'), JSON.stringify(PROVIDERS));
    const config = await parsePipelineConfig(example, path.join(root, 'faultline.json'));
    const resolved = resolvePipelineOptions({ corpus: '', out: '', ...config });
    const defaults = resolvePipelineOptions({ corpus: path.join(root, 'corpus'), out: path.join(root, 'data') });
    expect(resolved).toEqual({ ...defaults, tag: { providerDomains: PROVIDERS } });
  });
});
