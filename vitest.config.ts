// Four kinds of tests, one runner. `npm test` builds the site first, so site/ and e2e/ read the
// real dist/. Islands run in happy-dom with Preact's JSX; everything else in plain Node.
import { defineConfig } from 'vitest/config';

const preactJsx = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } };

export default defineConfig({
  oxc: preactJsx,
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Vitest's default on two cores is one worker (cores − 1): unit, island and site files would
    // run one after the other while the second core idles. The browser files still run alone.
    maxWorkers: 2,
    projects: [
      {
        oxc: preactJsx,
        // Tests that enumerate every answer combination take seconds, more on a busy machine.
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // Pure functions over data, no mocks: a worker keeps its modules from file to file, so
          // the answer combinations (test/support/plans.ts) are enumerated once per worker.
          isolate: false,
        },
      },
      {
        oxc: preactJsx,
        test: {
          name: 'islands',
          include: ['test/islands/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two browser files at once: most of an e2e test's time is waiting for a page to go
          // quiet, not CPU, so two Chromiums on two cores finish the files in about half the time.
        },
      },
    ],
  },
});
