/**
 * Mutation testing (`npm run mutation`, not part of `npm test`): StrykerJS changes the product code one
 * small edit at a time and reruns the vitest tests that cover it; a mutant the tests do not notice is a
 * place where the code could break unseen. Incremental: a rerun only tests mutants in changed code.
 * One folder: `npm run mutation -- --mutate "lib/meetings/**\/*.ts,!**\/*.test.ts"`.
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['lib/**/*.ts', 'db/queries/**/*.ts', 'db/mutations/**/*.ts', 'db/report/**/*.ts', '!**/*.test.ts'],
  coverageAnalysis: 'perTest',
  // A mutant in module-level code (a table, a message) can only be judged by the whole suite, about a
  // minute each here; the functions that read those tables are mutated and tested all the same.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 80, low: 70, break: null },
  tempDirName: '.stryker-tmp',
};
