import { COMMANDS } from './commands/index';

/** Help text for `npm run cli -- --help`. Every command is listed here and in README.md. */
export const USAGE = `Juryrum command line

Usage: npm run cli -- <command> [options]

Commands:
${COMMANDS.map((c) => c.usage).join('\n')}

Options:
  -h, --help            Show this help.
  -v, --version         Show the version.

Exit codes: 0 success, 1 failure, 2 usage error (unknown command or bad flag).
`;
