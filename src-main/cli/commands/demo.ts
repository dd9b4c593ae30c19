import { resolve } from 'node:path';
import { writeDemo } from '../../services/demo/write-demo';
import { EXIT, parseFlags, required, type CliCommand } from '../args';

export const demoCommand: CliCommand = {
  name: 'demo',
  usage: `  demo --out DIR        Write the built-in demo round (fictional municipalities)
                        as files in the documented formats (docs/formats.md).`,
  async run(args, io) {
    const { values } = parseFlags(args, { out: { type: 'string' } });
    const out = required(values['out'], '--out DIR', 'demo');
    const result = await writeDemo(resolve(out));
    io.out(
      `Wrote the demo round to ${result.dir}:\n${result.files.map((f) => `  ${f}`).join('\n')}\n`,
    );
    return EXIT.ok;
  },
};
