import { defineConfig } from 'vitest/config';

// One runner for every tier, so one command gives one total:
// unit (pure rules), API on the embedded database, API on a real PostgreSQL server,
// and browser journeys in Chromium.
const apiTests = ['src/server/**/*.api.test.ts'];

export default defineConfig({
  test: {
    onConsoleLog: (log, type) => (type === 'stderr' && /error/i.test(log) ? false : undefined),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: [...apiTests, '**/node_modules/**'] },
      },
      {
        extends: true,
        test: { name: 'api-embedded', include: apiTests, env: { KELIAS_TEST_DB: 'embedded' }, testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: {
          name: 'api-postgresql',
          include: apiTests,
          env: { KELIAS_TEST_DB: 'postgresql' },
          globalSetup: ['tests/global-postgres.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/global-postgres.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
