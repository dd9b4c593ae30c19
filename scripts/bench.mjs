// `npm run bench [suite…]`: build the benchmarks for plain Node, run them, print tables.
import { spawnSync } from 'node:child_process';
import { buildNodeIfStale } from './build-node.mjs';

await buildNodeIfStale();
const result = spawnSync(process.execPath, ['out/node/bench.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
