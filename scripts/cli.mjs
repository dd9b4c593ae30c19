// `npm run cli -- <command>`: build the CLI for plain Node if needed, then run it.
import { spawnSync } from 'node:child_process';
import { buildNodeIfStale } from './build-node.mjs';

try {
  await buildNodeIfStale();
} catch (error) {
  process.stderr.write(
    `Could not build the CLI: ${error instanceof Error ? error.message.split('\n')[0] : error}\n`,
  );
  process.exit(1);
}
const result = spawnSync(process.execPath, ['out/node/juryrum.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
