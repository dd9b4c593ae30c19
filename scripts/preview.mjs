// `npm run preview`: the app in a Chromium window through the harness.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildNodeIfStale } from './build-node.mjs';

if (!existsSync('out/renderer/index.html')) {
  const built = spawnSync(
    process.execPath,
    ['node_modules/electron-vite/bin/electron-vite.js', 'build'],
    { stdio: 'inherit' },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await buildNodeIfStale();
const result = spawnSync(process.execPath, ['out/node/preview.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
