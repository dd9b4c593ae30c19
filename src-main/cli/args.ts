import { parseArgs } from 'node:util';

/** Where the CLI writes; injected so tests can capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A usage mistake: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

/** A failure to report in one plain line, exit code 1 (no stack trace). */
export class CliFailure extends Error {}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/** Parsed flags: values by flag name, and positional arguments. */
export interface ParsedFlags {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

/** Parse a command's flags strictly; a bad flag is a usage error (exit 2). */
export function parseFlags(
  args: readonly string[],
  options: Options,
  allowPositionals = false,
): ParsedFlags {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A required string flag, or a usage error naming it. */
export function required(
  value: ParsedFlags['values'][string],
  flag: string,
  command: string,
): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(`${command} needs ${flag}`);
  return value;
}

/** One CLI command: its usage lines and what it does. */
export interface CliCommand {
  readonly name: string;
  /** Lines for --help, e.g. `demo --out DIR    Write the demo round …`. */
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}
