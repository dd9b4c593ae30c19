import { defineConfig } from 'vitest/config';

// Unit tests by runtime tier (see ARCHITECTURE.md): shared and main run in
// Node, renderer tests in happy-dom with fake-indexeddb. E2E is Playwright.
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'shared',
          include: ['test/shared/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'main',
          include: ['test/main/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
    ],
  },
});
