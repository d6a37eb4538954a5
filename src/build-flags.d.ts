/**
 * True only in the test build (`vite build --mode test` → dist-test/, and the unit tests):
 * replaced by a literal at build time, so code behind `if (__SIGNET_TEST_BUILD__)` is not in the
 * published extension at all (see vite.config.ts).
 */
declare const __SIGNET_TEST_BUILD__: boolean;
