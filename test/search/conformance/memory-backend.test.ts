/**
 * The conformance suite on the in-memory backend, over the fixture knowledge base.
 */
import { describe } from 'vitest';
import { memoryBackend } from '../../../src/search/memory-backend.js';
import { fixtureKnowledgeBase } from '../../fixtures/kb/fixture-kb.js';
import { backendConformance } from './backend-suite.js';
import { FIXTURE_TOTALS } from './fixture-totals.js';

describe('in-memory backend conformance (fixture knowledge base)', () => {
  const reference = fixtureKnowledgeBase();
  const backend = memoryBackend(reference);
  backendConformance(() => ({ backend, reference }), FIXTURE_TOTALS);
});
