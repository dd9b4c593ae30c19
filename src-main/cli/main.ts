import { runCli } from './run';

// Plain-Node entry of the CLI (built to out/cli/juryrum.mjs).
const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});
process.exitCode = code;
