import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { SlowestFilesReporter } from './scripts/test/slowest-reporter';

/**
 * Component tests that replace a module with `vi.mock`, or that watch a module's
 * state from its very first import (the i18nProvider before the console's messages
 * load). They run isolated: in a shared worker a mock would leak into every later
 * file, and a module another file loaded first would not start fresh here.
 */
export const UI_ISOLATED = ['src/App.test.tsx', 'src/i18n/provider.test.tsx'];

/**
 * Tests against a real PostgreSQL (`npm run test:pg`): they start a throw-away
 * server unless DATABASE_URL names one, so they need PostgreSQL installed
 * (`apt-get install postgresql`; .ci/run does it). `npm test` leaves them out.
 * `postgres` holds the tests of the schema and the data layer; `api-postgres`
 * runs every API test (mock-api/test/harness.ts) again with the API on
 * PostgreSQL. The seed's and the embedded store's own tests do not touch it.
 */
const POSTGRES_TESTS = 'mock-api/**/*.pg.test.ts';
const NOT_API_TESTS = ['mock-api/seed/**', 'mock-api/store/**', 'mock-api/promotions/codes.test.ts'];
const withPostgres = process.env.KONTOR_POSTGRES_TESTS === '1';

// Pure domain code, the mock API over HTTP and the scripts run in Node;
// components run in happy-dom with msw standing in for the API. happy-dom took a third
// less CPU than jsdom for the same component tests, and every one of them passes in both;
// the browser journeys in e2e/ are where the console meets a real browser.
export default defineConfig({
  plugins: [react()],
  test: {
    // Vitest's default for `run` is one worker fewer than there are cores: one on
    // the two-core machines this project runs on, i.e. every file in turn.
    maxWorkers: 2,
    reporters: ['default', new SlowestFilesReporter(10)],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'mock-api/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [POSTGRES_TESTS],
          // Files share a worker's modules, so the seed databases the tests generate
          // (mock-api/seed/test-fixtures.ts, mock-api/test/harness.ts) are built once per
          // worker rather than once per file. Nothing here mocks modules or changes globals.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'happy-dom',
          include: ['src/**/*.test.tsx'],
          exclude: UI_ISOLATED,
          // One DOM and one copy of react-admin and MUI per worker instead of one per file:
          // importing them was most of the time of a component test file. src/test/setup.ts
          // resets what one file could leave behind for the next (DOM, storage, URL, msw handlers).
          isolate: false,
          setupFiles: ['src/test/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui-isolated',
          environment: 'happy-dom',
          include: UI_ISOLATED,
          setupFiles: ['src/test/setup.ts'],
          testTimeout: 30_000,
        },
      },
      ...(withPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                environment: 'node' as const,
                include: [POSTGRES_TESTS],
                globalSetup: ['mock-api/postgres/test-server.ts'],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
            {
              extends: true as const,
              test: {
                name: 'api-postgres',
                environment: 'node' as const,
                include: ['mock-api/**/*.test.ts'],
                exclude: [POSTGRES_TESTS, ...NOT_API_TESTS],
                env: { KONTOR_TEST_DATABASE: 'postgres' },
                globalSetup: ['mock-api/postgres/test-server.ts'],
                isolate: false,
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
    ],
  },
});
