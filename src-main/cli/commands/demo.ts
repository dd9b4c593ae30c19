import { resolve } from 'node:path';
import { DEFAULT_DEMO_SEED, writeDemo } from '../../services/demo/write-demo';
import { EXIT, parseFlags, required, UsageError, type CliCommand } from '../args';

/** A whole number flag within [min, max], or a usage error naming it. */
function count(value: unknown, flag: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max) {
    throw new UsageError(`demo ${flag} must be a whole number from 1 to ${max}`);
  }
  return n;
}

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: `  demo --out DIR [--jurors N] [--applications M] [--seed S]
                        Write the built-in demo round (fictional municipalities)
                        as files in the documented formats (docs/formats.md):
                        round, applications, jurors, demo key files with
                        their passphrases (demo only: passphrases.json, and
                        passphrases/<person>.txt for --passphrase-file),
                        everyone's identity card, every juror's jury package,
                        a score file per juror with simulated scores and
                        the chair's signed result.
                        Defaults: 6 jurors (juror-1 is the chair), 9
                        applications, seed "${DEFAULT_DEMO_SEED}".`,
  async run(args, io) {
    const { values } = parseFlags(args, {
      out: { type: 'string' },
      jurors: { type: 'string' },
      applications: { type: 'string' },
      seed: { type: 'string' },
    });
    const out = required(values['out'], '--out DIR', 'demo');
    const jurors = count(values['jurors'], '--jurors', 6, 500);
    const applications = count(values['applications'], '--applications', 9, 10_000);
    const seed = values['seed'];
    if (seed !== undefined && (typeof seed !== 'string' || seed === '' || seed.length > 200)) {
      throw new UsageError('demo --seed must be a text of 1 to 200 characters');
    }
    const result = await writeDemo(resolve(out), {
      jurors,
      applications,
      ...(typeof seed === 'string' ? { seed } : {}),
    });
    io.out(
      `Wrote the demo round to ${result.dir}:\n${result.files.map((f) => `  ${f}`).join('\n')}\n` +
        `The key files' passphrases are in passphrases.json and passphrases/<person>.txt (demo only).\n`,
    );
    return EXIT.ok;
  },
};
