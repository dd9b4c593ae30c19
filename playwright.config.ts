import { defineConfig } from '@playwright/test';

// Two projects run the same specs:
// - harness: the real renderer build in Chromium, the real main-process
//   services in the test's Node process (always runs);
// - electron: the real Electron app via _electron, only when a binary is
//   present (ELECTRON_OVERRIDE_DIST_PATH or a downloaded one). Otherwise its
//   tests are reported as skipped with the reason, and a banner says so.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: process.env['CI'] ? 1 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['./test/e2e/support/summary-reporter.ts']],
  globalSetup: './test/e2e/support/global-setup.ts',
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'harness', metadata: { shell: 'harness' } },
    { name: 'electron', metadata: { shell: 'electron' } },
  ],
});
