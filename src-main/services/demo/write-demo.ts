import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { demoRound } from '../../../src-shared/demo/demo-round';
import { demoOrganiser } from '../../../src-shared/demo/demo-people';
import {
  APPLICATIONS_FORMAT,
  ROUND_FORMAT,
  JURORS_FORMAT,
  FORMAT_VERSION,
} from '../../../src-shared/domain/file-formats';
import { strictAssert } from '../../../src-shared/assert';
import { atomicWriteFile } from '../files/atomic-write';
import { defaultKdfParams, exportKeyFile, TEST_KDF } from '../crypto';
import { createScoreFile, issuePackage, openPackage } from '../exchange';
import { APP_VERSION } from '../app-version';
import { DEFAULT_DEMO_SEED, demoJuryList, demoPeople, demoRoster } from './demo-jury';
import type { DemoPerson } from './demo-jury';
import {
  checkDemoCounts,
  demoApplicationList,
  demoConflicts,
  demoPassphrase,
} from './demo-round-files';
import { demoReadingCopies } from './reading-copies';
import { simulateScores } from './simulate-scores';
import { demoResultFiles } from './demo-result';

export { DEFAULT_DEMO_SEED };

/** What to generate; every field has the documented default. */
export interface DemoOptions {
  /** Jurors including the chair (juror-1); default 6. */
  readonly jurors?: number;
  /** Applications; default the 9 written ones, more are generated. */
  readonly applications?: number;
  /** Seed of the demo keys and simulated scores; default 'juryrum-demo'. */
  readonly seed?: string;
}

export interface DemoWriteResult {
  readonly dir: string;
  /** Paths relative to `dir`, in the order written. */
  readonly files: readonly string[];
}

/** Name of the file with the demo key-file passphrases (demo only). */
export const DEMO_PASSPHRASES_FILE = 'passphrases.json';
export const DEMO_PASSPHRASES_FORMAT = 'juryrum.demo-passphrases';
/** Folder with one passphrase file per person, usable as `--passphrase-file` (demo only). */
export const DEMO_PASSPHRASE_DIR = 'passphrases';

/** The key file of a demo person, relative to the demo folder. */
export const demoKeyFile = (personId: string): string => `keys/${personId}.juryrum-keys`;
/** The passphrase file of a demo person, relative to the demo folder (DEMO ONLY). */
export const demoPassphraseFile = (personId: string): string =>
  `${DEMO_PASSPHRASE_DIR}/${personId}.txt`;

const PASSPHRASE_WARNING =
  'DEMO ONLY. These passphrases protect the fictional demo key files in keys/. ' +
  'Never write real passphrases to a file. The demo keys are derived from the seed and are not secret.';

/** Fixed dates, so the same seed gives the same content. */
const ISSUED_AT = new Date('2026-04-01T09:00:00.000Z');
const scoredAt = (i: number): Date => new Date(Date.UTC(2026, 3, 20 + (i % 9), 17, 30));

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Write the demo round as files (docs/formats.md, "Demo folder"): the round,
 * the applications and the jurors in the plain formats; then, through the
 * same code paths as the app, the organiser's and every juror's key file,
 * their passphrases (demo only: in passphrases.json and as one plain file
 * per person for `--passphrase-file`), each juror's jury package and each juror's
 * score file with simulated scores. Key files use the test scrypt cost
 * (TEST_KDF): demo keys protect nothing real, and this keeps `demo` fast.
 */
export async function writeDemo(dir: string, options: DemoOptions = {}): Promise<DemoWriteResult> {
  const jurorCount = options.jurors ?? 6;
  const applicationCount = options.applications ?? 9;
  checkDemoCounts(jurorCount, applicationCount);
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  await mkdir(dir, { recursive: true });

  const round = demoRound();
  const phase = round.phases[0];
  strictAssert(phase !== undefined, 'the demo round has a first phase');
  const applications = demoApplicationList(seed, applicationCount);
  const jurors = demoJuryList(jurorCount);
  const people = demoPeople(seed, jurors);
  const conflicts = demoConflicts(
    jurors.map((j) => j.id),
    applications,
  );
  const roster = demoRoster(round, people.organiser.identity, people.jurors, conflicts.roster);
  const copies = demoReadingCopies(round.id, phase, applications);

  const files: [string, Uint8Array | string][] = [
    ['round.json', json({ format: ROUND_FORMAT, version: FORMAT_VERSION, round })],
    [
      'applications.json',
      json({
        format: APPLICATIONS_FORMAT,
        version: FORMAT_VERSION,
        roundId: round.id,
        applications,
      }),
    ],
    [
      'jurors.json',
      json({
        format: JURORS_FORMAT,
        version: FORMAT_VERSION,
        roundId: round.id,
        organiser: demoOrganiser(),
        jurors,
      }),
    ],
  ];

  const everyone: DemoPerson[] = [people.organiser, ...people.jurors];
  for (const person of everyone) {
    const bytes = await exportKeyFile(
      person.identity,
      demoPassphrase(seed, person.id),
      defaultKdfParams(TEST_KDF),
    );
    files.push([demoKeyFile(person.id), bytes]);
  }
  files.push([
    DEMO_PASSPHRASES_FILE,
    json({
      format: DEMO_PASSPHRASES_FORMAT,
      version: 1,
      warning: PASSPHRASE_WARNING,
      seed,
      kdf: 'scrypt logN 10 (TEST_KDF): fast, for demo and test key files only',
      people: everyone.map((p) => ({
        id: p.id,
        name: p.name,
        role: p.role,
        keyFile: demoKeyFile(p.id),
        passphrase: demoPassphrase(seed, p.id),
        fingerprint: p.identity.fingerprint,
      })),
    }),
  ]);
  // The same passphrases once more, one bare file each, because the CLI's
  // --passphrase-file reads a file that holds nothing but the passphrase.
  // The warning cannot go inside those files, so it sits beside them.
  files.push([`${DEMO_PASSPHRASE_DIR}/README.txt`, `${PASSPHRASE_WARNING}\n`]);
  for (const person of everyone) {
    files.push([demoPassphraseFile(person.id), `${demoPassphrase(seed, person.id)}\n`]);
  }

  people.jurors.forEach((juror, i) => {
    const pkg = issuePackage({
      round,
      phase,
      roster,
      juror: { jurorId: juror.id },
      applications: copies,
      organiser: people.organiser.identity,
      appVersion: APP_VERSION,
      now: ISSUED_AT,
    });
    files.push([`packages/${pkg.fileName}`, pkg.bytes]);
    // The juror opens the package as the app does, then scores from it.
    const opened = openPackage(pkg.bytes, { me: juror.identity }).payload;
    const declare = conflicts.declared.find((c) => c.jurorId === juror.id);
    const content = simulateScores(seed, opened, { declare });
    const scoreFile = createScoreFile({
      pkg: opened,
      me: juror.identity,
      revision: 1,
      previousDigest: null,
      // The last juror is not quite finished: their file is a draft.
      status: i === people.jurors.length - 1 && i > 0 ? 'draft' : 'final',
      ...content,
      appVersion: APP_VERSION,
      now: scoredAt(i),
    });
    files.push([`scores/${scoreFile.fileName}`, scoreFile.bytes]);
  });
  // Identity cards, and the chair's signed result through the chair's own export.
  files.push(...demoResultFiles({ everyone, files, appVersion: APP_VERSION }));

  for (const [name, value] of files) await atomicWriteFile(join(dir, name), value);
  return { dir, files: files.map(([name]) => name) };
}
