import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The test run StrykerJS repeats for every mutant (`npm run mutation`): the focused tests only. The
 * broad nets — every action × role, a thousand hostile inputs per action, the isolation property over
 * every query, statement counts over every page, the demo seeded on many days, backups — each take
 * seconds to a minute and cover nearly every line, so they would run for nearly every mutant. The
 * scores are therefore what the focused tests alone kill.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      // The pool the mutation scores were measured with; StrykerJS runs its own processes side by side.
      pool: 'forks',
      exclude: [
        '**/node_modules/**',
        'tests/actions/authorization.test.ts',
        'tests/actions/hostile-input.test.ts',
        'tests/actions/stale-versions.test.ts',
        'tests/queries/branch-isolation.test.ts',
        'tests/queries/page-statements.test.ts',
        'tests/queries/demo-any-day.test.ts',
        'tests/scripts/backup-restore.test.ts',
      ],
    },
  }),
);
