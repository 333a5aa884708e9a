// The unit test config for mutation testing: instrumented code runs several times slower, so
// tests that handle megabytes of input get more time than `npm test` gives them.
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } }),
);
