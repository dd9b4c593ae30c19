import type { z } from 'zod';
import { createContainer, sha256Hex, signerOf } from '../crypto';
import type { Identity } from '../crypto';
import {
  conflictsOf,
  EXCHANGE_VERSION,
  findJuror,
  rosterChair,
  SCORE_FILE_FORMAT,
  SCORE_FILE_PAYLOAD_TYPE,
  scoreContentIssues,
  scoreFileName,
  ScoreFilePayloadSchema,
} from '../../../src-shared/exchange';
import type {
  DeclaredConflictSchema,
  OverallCommentSchema,
  PackagePayload,
  ScoreEntrySchema,
  ScoreFileStatus,
  ScoreIssue,
} from '../../../src-shared/exchange';
import { ExchangeError, withExchangeErrors } from './errors';
import type { ExchangeFile } from './package';
import { assertIdentityIs, publicKeyBytes } from './people';

/** Inputs of {@link createScoreFile}. */
export type CreateScoreFileInput = {
  /** The juror's own opened package: round, phase, roster, applications. */
  pkg: PackagePayload;
  me: Identity;
  /** 1 for the first export, then one more than the last export. */
  revision: number;
  /** Digest of the previous export's file bytes; null exactly for revision 1. */
  previousDigest: string | null;
  status: ScoreFileStatus;
  /** Ids may be plain strings; everything is validated against the package. */
  scores: readonly z.input<typeof ScoreEntrySchema>[];
  overallComments: readonly z.input<typeof OverallCommentSchema>[];
  conflicts: readonly z.input<typeof DeclaredConflictSchema>[];
  appVersion: string;
  now?: Date;
};

/** A score issue as a short line for ExchangeError.details. */
export function describeIssue(i: ScoreIssue): string {
  return i.criterion === undefined
    ? `${i.code}: ${i.applicationId}`
    : `${i.code}: ${i.applicationId}/${i.criterion}`;
}

/**
 * Make a score file: signed by the juror, encrypted to the chair named in the
 * package's roster. Scores are checked against the package (criteria, scales,
 * "cannot assess", applications, conflicts). Errors: INVALID_INPUT with the
 * problems in `details` (same checks as `scoreContentIssues`), or when `me`
 * is not the juror the package is for.
 */
export function createScoreFile(input: CreateScoreFileInput): ExchangeFile {
  const { pkg, me } = input;
  const juror = findJuror(pkg.roster, pkg.jurorId);
  const chair = rosterChair(pkg.roster);
  if (juror === undefined || chair === undefined) {
    throw new ExchangeError('INVALID_INPUT', 'The package has no such juror or no chair.');
  }
  assertIdentityIs(me, juror, 'juror this package is for');
  const header = {
    award: pkg.award,
    roundId: pkg.roundId,
    phaseId: pkg.phaseId,
    rosterVersion: pkg.rosterVersion,
    recipientKeyId: chair.encryptionKeyId,
    signerKeyId: me.keyId,
    // In the clear so that the juror's CLI can chain to a file it cannot
    // decrypt; the chair authenticates it (AAD) and it must equal the
    // signed payload's revision.
    revision: input.revision,
  };
  const payload = {
    format: SCORE_FILE_FORMAT,
    version: EXCHANGE_VERSION,
    ...header,
    jurorId: juror.jurorId,
    previousDigest: input.previousDigest,
    createdAt: (input.now ?? new Date()).toISOString(),
    appVersion: input.appVersion,
    status: input.status,
    scores: input.scores,
    overallComments: input.overallComments,
    conflicts: input.conflicts,
  };
  const parsed = ScoreFilePayloadSchema.safeParse(payload);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ExchangeError('INVALID_INPUT', 'The score file content is not valid.', details);
  }
  const issues = scoreContentIssues(parsed.data, {
    criteria: pkg.round.criteria,
    applicationIds: new Set(pkg.applications.map((a) => a.id)),
    rosterConflicts: conflictsOf(pkg.roster, juror.jurorId),
  });
  if (issues.length > 0) {
    throw new ExchangeError(
      'INVALID_INPUT',
      'Some scores do not fit the round.',
      issues.map(describeIssue),
    );
  }
  const bytes = withExchangeErrors(() =>
    createContainer({
      format: SCORE_FILE_FORMAT,
      version: EXCHANGE_VERSION,
      header,
      payloadType: SCORE_FILE_PAYLOAD_TYPE,
      payload,
      signer: signerOf(me),
      recipientPublicKey: publicKeyBytes(chair.encryptionPublicKey),
    }),
  );
  return {
    fileName: scoreFileName(pkg.roundId, pkg.phaseId, juror.name, juror.jurorId, input.revision),
    bytes,
    digest: sha256Hex(bytes),
  };
}
