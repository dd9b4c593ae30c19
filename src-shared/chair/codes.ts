import { SCORE_FILE_REJECTIONS } from '../exchange/codes';

/**
 * Verdicts and reason codes of the chair's import report. The renderer
 * translates the codes; the CLI prints them. Every row of the merge-rules
 * table (docs/formats.md, "Score file") maps to one verdict and one reason.
 */

/** What happened to one file, as the report and `merge --json` say it. */
export const IMPORT_VERDICTS = [
  'accepted',
  'duplicate',
  'superseded',
  'equivocation',
  'fork',
  'rejected',
] as const;
export type ImportVerdict = (typeof IMPORT_VERDICTS)[number];

/** Reasons for a file that verified and was merged. */
export const MERGE_REASONS = [
  /** accepted: the juror's first file here. */
  'FIRST_FILE',
  /** accepted: a higher revision that replaces the previous head. */
  'SUPERSEDES',
  /** duplicate: exactly this file (same digest) is already stored. */
  'SAME_DIGEST',
  /** superseded: an older revision than the one in use (a replay). */
  'OLDER_REVISION',
  /** equivocation: another file has the same revision but other content. */
  'SAME_REVISION_OTHER_CONTENT',
  /** fork: the chain of previous digests does not fit the files already here. */
  'BROKEN_CHAIN',
] as const;
export type MergeReason = (typeof MERGE_REASONS)[number];

/**
 * Reasons for a rejected file: the verifier's rows, plus WRONG_KIND for a
 * Juryrum file that is not a score file at all (a package or a result).
 */
export const REJECT_REASONS = [...SCORE_FILE_REJECTIONS, 'WRONG_KIND'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const IMPORT_REASONS = [...MERGE_REASONS, ...REJECT_REASONS] as const;
export type ImportReason = (typeof IMPORT_REASONS)[number];

/**
 * Why the chair's own package cannot be used: the exchange codes of
 * openPackage, plus NOT_CHAIR (the package is for a juror who is not the
 * roster's chair) and NO_IDENTITY (the vault has no usable identity).
 */
export const PACKAGE_REJECTIONS = [
  'TOO_LARGE',
  'MALFORMED',
  'UNSUPPORTED_FORMAT',
  'UNSUPPORTED_VERSION',
  'WRONG_TYPE',
  'NOT_CANONICAL',
  'NOT_FOR_ME',
  'TAMPERED',
  'BAD_SIGNATURE',
  'ORGANISER_KEY_CHANGED',
  'ROSTER_OUTDATED',
  'NOT_CHAIR',
  'NO_IDENTITY',
] as const;
export type PackageRejection = (typeof PACKAGE_REJECTIONS)[number];

/** Why a result could not be written. */
export const EXPORT_REJECTIONS = [
  /** A stored score file no longer verifies against the package. */
  'STORED_FILE_INVALID',
  /** A juror's scores are on hold until the chair resolves an equivocation or fork. */
  'AWAITING_DECISION',
  /** The content does not fit the result format (e.g. the winner is not a finalist). */
  'INVALID_RESULT',
] as const;
export type ExportRejection = (typeof EXPORT_REJECTIONS)[number];
