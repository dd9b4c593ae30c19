import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Plain-Node builds that share the core with the app: the CLI and the
// Chromium preview (the harness as a user-facing shell).
export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'out/node',
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: {
        juryrum: resolve(__dirname, 'src-main/cli/main.ts'),
        preview: resolve(__dirname, 'src-main/harness/preview.ts'),
        bench: resolve(__dirname, 'src-main/bench/index.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
