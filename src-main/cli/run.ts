import { APP_VERSION } from '../services/app-version';
import { COMMANDS } from './commands/index';
import { CliFailure, EXIT, UsageError, type CliIo } from './args';
import { USAGE } from './usage';

export { EXIT, type CliIo } from './args';

function usageError(io: CliIo, message: string): number {
  io.err(`${message}\n\n${USAGE}`);
  return EXIT.usage;
}

/**
 * Run one CLI invocation and return its exit code. Never throws: unexpected
 * errors print one plain line (no stack trace) and return 1.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
      io.out(USAGE);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === '-v' || name === '--version') {
      io.out(`${APP_VERSION}\n`);
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) return usageError(io, `Unknown command: ${name}`);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message);
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.err(`Error: ${error instanceof CliFailure ? message : `unexpected failure: ${message}`}\n`);
    return EXIT.failure;
  }
}
