import type { CliCommand } from '../args';
import { demoCommand } from './demo';
import { anonymiseCommand } from './anonymise';
import { inspectCommand } from './inspect';
import { scoreCommand } from './score';
import { mergeCommand } from './merge';
import { reportCommand } from './report';

/** Every CLI command, in the order --help lists them. One file per command. */
export const COMMANDS: readonly CliCommand[] = [
  demoCommand,
  anonymiseCommand,
  inspectCommand,
  scoreCommand,
  mergeCommand,
  reportCommand,
];
