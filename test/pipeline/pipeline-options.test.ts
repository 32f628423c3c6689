import { describe, expect, it } from 'vitest';
import { DEDUPE_DEFAULTS } from '../../src/dedupe/options.js';
import { DEFAULT_GROUP_OPTIONS } from '../../src/incidents/group-incidents.js';
import { DEFAULT_PARSE_OPTIONS } from '../../src/ingest/parse-options.js';
import { PIPELINE_DEFAULTS, resolvePipelineOptions } from '../../src/pipeline/pipeline-options.js';

describe('resolvePipelineOptions', () => {
  it("fills in every stage's defaults", () => {
    expect(resolvePipelineOptions({ corpus: 'c', out: 'd' })).toEqual({
      corpus: 'c',
      out: 'd',
      workers: 'auto',
      fileTimeoutMs: 30_000,
      force: false,
      read: { maxFileBytes: 10 * 1024 * 1024, followSymlinksOutside: false, includeReadmeFiles: false },
      parse: DEFAULT_PARSE_OPTIONS,
      dedupe: DEDUPE_DEFAULTS,
      tag: { providerDomains: [] },
      incidents: DEFAULT_GROUP_OPTIONS,
      index: { shardSize: 5000, maxTextChars: 60_000, maxCommentChars: 4_000 },
    });
    expect(PIPELINE_DEFAULTS.index.shardSize).toBe(5000);
  });

  it('keeps the values given, a section at a time', () => {
    const resolved = resolvePipelineOptions({ corpus: 'c', out: 'd', dedupe: { threshold: 0.9 }, incidents: { windowDays: 5 }, index: { shardSize: 10 } });
    expect(resolved.dedupe).toEqual({ ...DEDUPE_DEFAULTS, threshold: 0.9 });
    expect(resolved.incidents).toEqual({ ...DEFAULT_GROUP_OPTIONS, windowDays: 5 });
    expect(resolved.index.shardSize).toBe(10);
  });

  it('names the option and the value it refuses', () => {
    const bad = (options: object): (() => unknown) => () => resolvePipelineOptions({ corpus: 'c', out: 'd', ...options });
    expect(bad({ workers: -1 })).toThrow('ingest: option workers must be a whole number >= 0 or "auto", got -1');
    expect(bad({ fileTimeoutMs: 0 })).toThrow('ingest: option fileTimeoutMs must be a positive number of milliseconds, got 0');
    expect(bad({ read: { maxFileBytes: -5 } })).toThrow('ingest: option read.maxFileBytes must be a positive number of bytes, got -5');
    expect(bad({ dedupe: { threshold: 3 } })).toThrow('ingest: option dedupe.threshold is not valid (dedupe: option threshold must be a number in (0, 1], got 3)');
    expect(bad({ parse: { maxTitleLength: 0 } })).toThrow('ingest: option parse.maxTitleLength is not valid (parseFile: option maxTitleLength must be a positive integer, got 0)');
    expect(bad({ incidents: { unknownServiceSimilarity: 1.5 } })).toThrow('ingest: option incidents.unknownServiceSimilarity must be a number in [0, 1], got 1.5');
    expect(bad({ index: { shardSize: 0 } })).toThrow('ingest: option index.shardSize must be a whole number >= 1, got 0');
  });
});
