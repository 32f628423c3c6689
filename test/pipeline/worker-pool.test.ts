import { describe, expect, it } from 'vitest';
import type { ShardEntry } from '../../src/index/build-shard.js';
import type { IngestedDocument } from '../../src/model/document.js';
import { createTaskRunner, TaskTimeoutError } from '../../src/pipeline/worker-pool.js';

const DOC: IngestedDocument = {
  id: 'dtest',
  title: 'Database outage',
  url: null,
  published: null,
  author: null,
  description: null,
  tags: [],
  company: null,
  product: null,
  startTime: null,
  meta: {},
  sources: [{ path: 'a.md', format: 'markdown', sha256: 'x', bytes: 1, similarity: 1, match: 'kept' }],
  text: 'The primary database failed over at 10:00 UTC and writes were rejected for twenty minutes.',
  comments: [],
  textHash: 'x',
} as unknown as IngestedDocument;

const ANALYZE_OPTIONS = { tag: { providerDomains: [] } };

describe('createTaskRunner with a time budget', () => {
  it('stops a task past its budget (TaskTimeoutError), replaces the worker, and runs the next task', async () => {
    const runner = createTaskRunner(1);
    try {
      // Loading the language model alone takes longer than 5 ms in a fresh worker.
      const late = runner.run({ kind: 'stage', stage: 'analyze', options: ANALYZE_OPTIONS, items: [DOC] }, { timeoutMs: 5 });
      await expect(late).rejects.toBeInstanceOf(TaskTimeoutError);
      await expect(late).rejects.toThrow('took more than 0.005 s');
      const answer = await runner.run({ kind: 'stage', stage: 'analyze', options: ANALYZE_OPTIONS, items: [DOC] }, { timeoutMs: 60_000 });
      expect(answer.kind).toBe('stage');
      const outcome = (answer as { outcomes: { output?: { layers: unknown[] }; error?: string }[] }).outcomes[0]!;
      expect(outcome.error).toBeUndefined();
      expect(Array.isArray(outcome.output!.layers)).toBe(true);
      const shard = await runner.run({ kind: 'index-shard', entries: [] as ShardEntry[] });
      expect(shard.kind).toBe('index-shard');
    } finally {
      await runner.close();
    }
  }, 90_000);
});
