// Build the plain-Node entries (CLI, preview) when their sources changed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

export async function buildNodeIfStale() {
  const outputs = ['out/node/juryrum.mjs', 'out/node/preview.mjs', 'out/node/bench.mjs'];
  const sources = Math.max(
    newest('src-main'),
    newest('src-shared'),
    newest('package.json'),
    newest('resources'),
  );
  const stale = outputs.some((o) => !existsSync(o) || statSync(o).mtimeMs < sources);
  if (stale) await build({ configFile: 'vite.node.config.ts', logLevel: 'error' });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildNodeIfStale();
