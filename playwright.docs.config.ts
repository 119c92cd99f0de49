import { defineConfig } from '@playwright/test';

// `npm run docs:screenshots`: the README's pictures, taken through the e2e harness from a made-up
// journal (tests/docs/demo-journal.ts). Not part of `npm test`: it writes into docs/.
export default defineConfig({
  testDir: 'tests/docs',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'test-results/docs',
});
