import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { APP_VERSION } from '../services/core';
import { writeDemo } from '../services/demo/write-demo';
import { USAGE } from './usage';

/** Where the CLI writes; injected so tests can capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

class UsageError extends Error {}

function usageError(io: CliIo, message: string): number {
  io.err(`${message}\n\n${USAGE}`);
  return EXIT.usage;
}

/**
 * Run one CLI invocation and return its exit code. Never throws: unexpected
 * errors print one plain line (no stack trace) and return 1.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.out(USAGE);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '-v' || command === '--version') {
      io.out(`${APP_VERSION}\n`);
      return EXIT.ok;
    }
    switch (command) {
      case 'demo':
        return await demoCommand(rest, io);
      default:
        return usageError(io, `Unknown command: ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message);
    io.err(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Parse a command's flags strictly; a bad flag is a usage error (exit 2). */
function parse<const O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function demoCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { out: { type: 'string' } });
  const out = values.out;
  if (typeof out !== 'string' || out === '') throw new UsageError('demo needs --out DIR');
  const result = await writeDemo(resolve(out));
  io.out(
    `Wrote the demo round to ${result.dir}:\n${result.files.map((f) => `  ${f}`).join('\n')}\n`,
  );
  return EXIT.ok;
}
