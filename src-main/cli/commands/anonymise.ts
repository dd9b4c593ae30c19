import { resolve } from 'node:path';
import { atomicWriteFile } from '../../services/files/atomic-write';
import { IMPORT_LIMITS } from '../../services/import';
import { anonymiseFile, readCapped } from '../../services/organiser';
import { EXIT, parseFlags, required, UsageError, type CliCommand } from '../args';

/** One plain line on stderr, exit code 1: how every failure of this command ends. */
function failure(io: { err(text: string): void }, message: string): number {
  io.err(`Error: ${message}\n`);
  return EXIT.failure;
}

export const anonymiseCommand: CliCommand = {
  name: 'anonymise',
  usage: `  anonymise --in FILE --out FILE [--seed TEXT]
                        Anonymise an application JSON file (docs/formats.md) with
                        the app's anonymiser: redacted section texts, pseudonyms
                        and the replacements made (docs/cli.md).`,
  async run(args, io) {
    const { values } = parseFlags(args, {
      in: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
    });
    const input = resolve(required(values['in'], '--in FILE', 'anonymise'));
    const output = resolve(required(values['out'], '--out FILE', 'anonymise'));
    const seed = values['seed'];
    if (seed !== undefined && (typeof seed !== 'string' || seed === '')) {
      throw new UsageError('anonymise --seed needs a text');
    }
    if (input === output) throw new UsageError('anonymise: --out must not be the input file');
    const read = await readCapped(input, IMPORT_LIMITS.maxJsonBytes);
    if (!read.ok) {
      return failure(
        io,
        read.reason === 'TOO_LARGE'
          ? `${input} is larger than ${IMPORT_LIMITS.maxJsonBytes / (1024 * 1024)} MiB.`
          : `${input} cannot be read as a file.`,
      );
    }
    const result = anonymiseFile(read.bytes, typeof seed === 'string' ? seed : undefined);
    if (!result.ok) return failure(io, `${input}: ${result.message}`);
    await atomicWriteFile(output, `${JSON.stringify(result.output, null, 2)}\n`);
    const replaced = result.entries.reduce((n, e) => n + e.replacements.length, 0);
    const lines = [
      `Anonymised ${result.entries.length} applications (${replaced} replacements) to ${output}.`,
    ];
    const leaky = result.entries.filter((e) => e.leaks.length > 0);
    if (leaky.length > 0) {
      lines.push('Leak check: read these words and add them as terms in the app if they identify:');
      for (const e of leaky) lines.push(`  ${e.id} (${e.pseudonym}): ${e.leaks.join(', ')}`);
    }
    const warned = result.warnings.filter((w) => w.status === 'warning');
    for (const w of warned) {
      lines.push(`Note: application #${w.row}: ${w.issues.map((i) => i.code).join(', ')}`);
    }
    io.out(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};
