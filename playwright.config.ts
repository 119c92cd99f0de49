import { defineConfig } from '@playwright/test';

// Browsers are launched by tests/e2e/fixtures.ts (Electron or Debian's Chromium), not by projects.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  // On CI one retry keeps a timing hiccup of a loaded 2-core machine from sinking a run; a test
  // that needed it is still reported as "flaky" in the output, never hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
