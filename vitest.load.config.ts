import { defineConfig } from 'vitest/config';

/**
 * The load gate (`npm run test:load`, run by `.ci/run` after `npm test`): tests whose verdict
 * depends on wall-clock time or sustained load, one file at a time so they do not load each other.
 * Each file bounds its own run; the timeouts here are the outer bound.
 */
export default defineConfig({
  test: {
    include: ['test/load/**/*.load.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 150_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
