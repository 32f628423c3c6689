import { configDefaults, defineConfig } from 'vitest/config';

/** The unit gate (`npm test`): every test but the timing-based load tests of `test/load/` (`npm run test:load`). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'test/load/**', '**/*.load.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
