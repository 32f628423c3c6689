import { configDefaults, defineConfig } from 'vitest/config';

/** Test files that replace a module with `vi.mock`: they run in a fresh module graph each. */
const MOCKING = ['test/ingest/run-ingest-isolation.test.ts', 'test/pipeline/run-pipeline.test.ts'];

const exclude = [...configDefaults.exclude, 'test/load/**', '**/*.load.test.ts'];

/**
 * The unit gate (`npm test`): every test but the timing-based load tests of `test/load/`
 * (`npm run test:load`). Test files share their workers' module graph (wink's model, the
 * rulebook and the TypeScript transform are loaded once per worker, not once per file), except
 * the files that mock modules, which run isolated.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...exclude, ...MOCKING], isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING, exclude, isolate: true } },
    ],
  },
});
