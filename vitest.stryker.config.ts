// The unit test config for mutation testing: instrumented code runs several times slower, so
// tests that handle megabytes of input get more time than `npm test` gives them. Test files
// share one environment (no isolation): each mutant reruns only the tests that cover it, and
// setting up jsdom and the test setup afresh for every file was most of that time (a quarter
// of the whole run on src/lib/text, with the same result for every mutant).
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000, isolate: false } }),
);
