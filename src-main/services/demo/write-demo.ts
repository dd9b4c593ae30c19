import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { demoRound } from '../../../src-shared/demo/demo-round';
import { demoApplications } from '../../../src-shared/demo/demo-applications';
import { demoJurors, demoOrganiser } from '../../../src-shared/demo/demo-people';
import {
  APPLICATIONS_FORMAT,
  ROUND_FORMAT,
  JURORS_FORMAT,
  FORMAT_VERSION,
} from '../../../src-shared/domain/file-formats';
import { atomicWriteFile } from '../files/atomic-write';

export interface DemoWriteResult {
  readonly dir: string;
  readonly files: readonly string[];
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Write the built-in demo round as files in the documented formats
 * (docs/formats.md): the round definition, the application JSON and the
 * list of jurors.
 */
export async function writeDemo(dir: string): Promise<DemoWriteResult> {
  await mkdir(dir, { recursive: true });
  const round = demoRound();
  const files: [string, unknown][] = [
    ['round.json', { format: ROUND_FORMAT, version: FORMAT_VERSION, round }],
    [
      'applications.json',
      {
        format: APPLICATIONS_FORMAT,
        version: FORMAT_VERSION,
        roundId: round.id,
        applications: demoApplications(),
      },
    ],
    [
      'jurors.json',
      {
        format: JURORS_FORMAT,
        version: FORMAT_VERSION,
        roundId: round.id,
        organiser: demoOrganiser(),
        jurors: demoJurors(),
      },
    ],
  ];
  for (const [name, value] of files) await atomicWriteFile(join(dir, name), json(value));
  return { dir, files: files.map(([name]) => name) };
}
