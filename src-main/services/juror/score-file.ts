import type { Identity } from '../crypto';
import { createScoreFile, isExchangeError } from '../exchange';
import type { ExchangeFile, PackagePayload, ScoreFileStatus } from '../exchange';
import type { ScoreFileContent } from '../../../src-shared/juror';
import type { OrganiserPin } from './open-package';
import { openJuryPackage } from './open-package';

/** What the juror exports: the package it answers, the revision chain and the content. */
export type JurorScoreFileInput = {
  /** The juror's stored package file, opened again here so its roster is verified. */
  packageBytes: Uint8Array;
  pin: OrganiserPin | undefined;
  me: Identity;
  revision: number;
  previousDigest: string | null;
  status: ScoreFileStatus;
  content: ScoreFileContent;
  appVersion: string;
  now?: Date;
};

export type JurorScoreFileOutcome =
  | { ok: true; file: ExchangeFile; pkg: PackagePayload }
  | { ok: false; reason: 'PACKAGE_INVALID' | 'INVALID_SCORES'; details: readonly string[] };

/**
 * Build a signed score file, encrypted to the chair of the package's roster.
 * The package is verified again (signature and organiser pin) rather than
 * taken from the renderer, so the chair's key always comes from the
 * organiser's signed roster.
 */
export function buildJurorScoreFile(input: JurorScoreFileInput): JurorScoreFileOutcome {
  const opened = openJuryPackage(input.packageBytes, input.me, input.pin ? [input.pin] : [], []);
  if (!opened.ok) return { ok: false, reason: 'PACKAGE_INVALID', details: [opened.reason] };
  const pkg = opened.opened.payload;
  try {
    const file = createScoreFile({
      pkg,
      me: input.me,
      revision: input.revision,
      previousDigest: input.previousDigest,
      status: input.status,
      scores: input.content.scores,
      overallComments: input.content.overallComments,
      conflicts: input.content.conflicts,
      appVersion: input.appVersion,
      ...(input.now ? { now: input.now } : {}),
    });
    return { ok: true, file, pkg };
  } catch (e) {
    if (isExchangeError(e)) return { ok: false, reason: 'INVALID_SCORES', details: e.details };
    throw e;
  }
}
