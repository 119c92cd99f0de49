import { defineConfig } from '@playwright/test';

// Browsers are launched by tests/e2e/fixtures.ts (Electron or Debian's Chromium), not by projects.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'test-results',
});
