/**
 * The real demo folder (what `npm run cli -- demo` writes), opened as the
 * chair would, plus the extra files the chair tests need, built from the
 * demo's own keys: a juror's later revisions and a score file for another
 * round. No test-runner imports, so Playwright specs can use it too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importKeyFile } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import { createScoreFile, openPackage } from '../../../src-main/services/exchange';
import type { ExchangeFile, PackagePayload } from '../../../src-main/services/exchange';
import { checkScoreFile } from '../../../src-main/services/chair';
import {
  demoKeyFile,
  demoPassphraseFile,
  writeDemo,
} from '../../../src-main/services/demo/write-demo';
import type { VerifiedFile } from '../../../src-shared/chair';
import { buildJury, type ScoreEntry } from './jury';

export const DEMO_CHAIR = 'juror-1';
export const DEMO_JURORS = ['juror-1', 'juror-2', 'juror-3', 'juror-4', 'juror-5', 'juror-6'];
const LATER = new Date('2026-04-29T08:00:00.000Z');

export interface DemoFolder {
  readonly dir: string;
  /** The chair's key file and its passphrase file (demo only). */
  readonly chairKey: string;
  readonly chairPassphraseFile: string;
  readonly chairPassphrase: string;
  /** The chair's own jury package (the one the chair's key opens). */
  readonly chairPackage: string;
  /** The six score files, by name. */
  readonly scores: readonly string[];
  readonly scoresDir: string;
  identity(personId: string): Promise<Identity>;
  /** Every juror's package as that juror opens it. */
  pkg(jurorId: string): Promise<PackagePayload>;
  /** A demo score file as the chair verifies it. */
  verified(path: string): Promise<VerifiedFile>;
}

const bytesOf = (path: string): Uint8Array => new Uint8Array(readFileSync(path));

/** Write the demo folder into `dir` with the demo command's own code, and open it. */
export async function demoFolder(dir: string): Promise<DemoFolder> {
  await writeDemo(dir);
  const passphrase = (id: string): string =>
    readFileSync(join(dir, demoPassphraseFile(id)), 'utf8').replace(/\n$/, '');
  const ids = new Map<string, Identity>();
  const identity = async (id: string): Promise<Identity> => {
    const known = ids.get(id);
    if (known !== undefined) return known;
    const me = await importKeyFile(bytesOf(join(dir, demoKeyFile(id))), passphrase(id));
    ids.set(id, me);
    return me;
  };
  const packages = readdirSync(join(dir, 'packages')).map((f) => join(dir, 'packages', f));
  const pkg = async (jurorId: string): Promise<PackagePayload> => {
    const me = await identity(jurorId);
    for (const path of packages) {
      try {
        return openPackage(bytesOf(path), { me }).payload;
      } catch {
        /* another juror's package */
      }
    }
    throw new Error(`no package for ${jurorId}`);
  };
  const chair = await identity(DEMO_CHAIR);
  const chairPackage = packages.find((path) => {
    try {
      return openPackage(bytesOf(path), { me: chair }).payload.jurorId === DEMO_CHAIR;
    } catch {
      return false;
    }
  });
  if (chairPackage === undefined) throw new Error('the demo folder has the chair’s package');
  const scoresDir = join(dir, 'scores');
  const verified = async (path: string): Promise<VerifiedFile> => {
    const c = checkScoreFile(bytesOf(path), chair, await pkg(DEMO_CHAIR));
    if (!c.ok) throw new Error(`${path}: ${c.reason}`);
    return c.file;
  };
  return {
    dir,
    chairKey: join(dir, demoKeyFile(DEMO_CHAIR)),
    chairPassphraseFile: join(dir, demoPassphraseFile(DEMO_CHAIR)),
    chairPassphrase: passphrase(DEMO_CHAIR),
    chairPackage,
    scores: readdirSync(scoresDir)
      .sort()
      .map((f) => join(scoresDir, f)),
    scoresDir,
    identity,
    pkg,
    verified,
  };
}

/** The demo score file of one juror. */
export async function demoScoreFile(demo: DemoFolder, jurorId: string): Promise<VerifiedFile> {
  for (const path of demo.scores) {
    const f = await demo.verified(path);
    if (f.meta.jurorId === jurorId) return f;
  }
  throw new Error(`no demo score file for ${jurorId}`);
}

/** A score file's content as the juror's app would write it again. */
function contentOf(file: VerifiedFile): {
  scores: ScoreEntry[];
  overallComments: { applicationId: string; comment: string }[];
  conflicts: { applicationId: string; reason: string }[];
} {
  return {
    scores: file.payload.scores.map((s) => ({ ...s })),
    overallComments: file.payload.overallComments.map((c) => ({ ...c })),
    conflicts: file.payload.conflicts.map((c) => ({ ...c })),
  };
}

/**
 * A later revision of a juror's demo scores, signed with the demo key:
 * `change` may rewrite the scores (the juror reconsidered).
 */
export async function laterRevision(
  demo: DemoFolder,
  jurorId: string,
  options: {
    revision: number;
    previousDigest: string;
    status: 'draft' | 'final';
    change?: (s: ScoreEntry) => ScoreEntry;
  },
): Promise<ExchangeFile> {
  const content = contentOf(await demoScoreFile(demo, jurorId));
  return createScoreFile({
    pkg: await demo.pkg(jurorId),
    me: await demo.identity(jurorId),
    revision: options.revision,
    previousDigest: options.previousDigest,
    status: options.status,
    ...content,
    scores: options.change === undefined ? content.scores : content.scores.map(options.change),
    appVersion: 'demo',
    now: new Date(LATER.getTime() + options.revision * 60_000),
  });
}

/**
 * A score file for another round of the same award: the demo organiser
 * and jurors, with their demo keys, in a round with another id.
 */
export async function otherRoundScoreFile(
  demo: DemoFolder,
  jurorId: string,
): Promise<ExchangeFile> {
  const identities = await Promise.all(DEMO_JURORS.map((j) => demo.identity(j)));
  const other = buildJury({
    roundId: 'annan-omgang-2026',
    organiser: await demo.identity('organiser-1'),
    identities,
  });
  const own = other.pkg(jurorId);
  return createScoreFile({
    pkg: own,
    me: await demo.identity(jurorId),
    revision: 1,
    previousDigest: null,
    status: 'final',
    scores: own.applications.map((a) => ({
      applicationId: a.id,
      criterion: own.round.criteria[0]?.key ?? 'L',
      value: 3,
      comment: '',
    })),
    overallComments: [],
    conflicts: [],
    appVersion: 'demo',
    now: LATER,
  });
}
