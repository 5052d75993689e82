import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { pinnedToday } from './tests/support/pinned-today';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // `server-only` throws outside the React server runtime; tests run server modules directly.
      'server-only': path.resolve(__dirname, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    include: [
      'lib/**/*.test.ts',
      'db/**/*.test.ts',
      'server/**/*.test.ts',
      'tests/**/*.test.ts',
      'components/**/*.test.tsx',
    ],
    environment: 'node',
    env: { ZHIBU_TODAY: pinnedToday },
    // Threads start faster than forks, and the workers wait on the disk (SQLite syncs every commit) about a
    // third of the time, so three of them keep two cores busy: 91 s here against 165 s for two forks.
    pool: 'threads',
    maxWorkers: 3,
    // The property tests (isolation, statement counts) take a few seconds each with three workers on two
    // cores; a slower machine must not turn them into timeouts.
    testTimeout: 30_000,
    globalSetup: ['tests/support/demo-template.ts'],
  },
});
