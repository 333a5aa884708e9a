// Mutation testing: `npm run test:mutation` (not part of `npm test`: it runs the unit tests once
// per mutant). Incremental: results are kept in reports/stryker-incremental.json, so a later run
// only tests the mutants of code or tests that changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // A mutant in module-level code (a constant table, a regular expression) runs once, on import,
  // so only a run of every test file in a fresh process can judge it: a third of the mutants,
  // and 96% of the time. They are left out, and the README says how many.
  ignoreStatic: true,
  mutate: [
    'src/lib/**/*.ts',
    'src/db/**/*.ts',
    'src/hooks/**/*.ts',
    'src/features/**/use-*.ts',
    '!src/**/*.worker.ts',
  ],
  checkers: [],
  concurrency: 2,
  // A mutant that hangs (a loop that never ends, a promise never settled) costs this much over
  // 1.5 times its tests' own time: enough slack for a loaded machine without idling for long.
  timeoutMS: 10000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 75, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
