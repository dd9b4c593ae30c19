import type { Identity } from '../crypto';
import {
  conflictsOf,
  findJuror,
  isExchangeError,
  issuePackage,
  PACKAGE_MAX_BYTES,
  rosterChair,
} from '../exchange';
import type { ExchangeFile, PackageApplication, Roster, RosterJuror } from '../exchange';
import { ATTACHMENT_LIMITS } from '../../../src-shared/domain/attachment';
import type { Round } from '../../../src-shared/domain/round';
import type { IssueRefusal } from '../../../src-shared/ipc/organiser-contract';
import { readingCopy, unapprovedIds } from '../../../src-shared/organiser';
import type { ReviewedApplication } from '../../../src-shared/organiser';
import { alignRoster } from './roster-service';

/** Everything needed to issue one phase's packages. */
export interface IssueInput {
  readonly round: Round;
  readonly phaseId: string;
  readonly roster: Roster;
  readonly issuedRosterVersion: number | null;
  readonly applications: readonly ReviewedApplication[];
  /** The jurors to issue to (all of them, or one for a single save). */
  readonly jurorIds: readonly string[];
  readonly organiser: Identity;
  readonly appVersion: string;
  readonly now?: Date;
}

/** One juror's package, ready to be written. */
export interface PreparedPackage {
  readonly juror: RosterJuror;
  readonly file: ExchangeFile;
  readonly applicationCount: number;
}

export type IssueOutcome =
  | { ok: false; reason: IssueRefusal; applicationIds: string[] }
  | { ok: true; roster: Roster; packages: PreparedPackage[] };

const refuse = (reason: IssueRefusal, applicationIds: string[] = []): IssueOutcome => ({
  ok: false,
  reason,
  applicationIds,
});

const attachmentBytes = (copy: PackageApplication): number =>
  (copy.attachments ?? []).reduce((sum, a) => sum + a.size, 0);

/** The applications with attachments among `copies`, those with the most bytes first. */
function withAttachments(copies: readonly PackageApplication[]): string[] {
  return copies
    .filter((c) => attachmentBytes(c) > 0)
    .sort((a, b) => attachmentBytes(b) - attachmentBytes(a))
    .map((c) => c.id);
}

/** The copies one juror receives: all but those the juror is conflicted on. */
function copiesFor(roster: Roster, juror: RosterJuror, copies: readonly PackageApplication[]) {
  const conflicted = conflictsOf(roster, juror.jurorId);
  return copies.filter((c) => !conflicted.has(c.id));
}

/**
 * Make the packages of one phase, signed by the organiser and each encrypted
 * to its juror. Refuses, before anything is signed:
 * - an anonymised phase while any application is unapproved (UNAPPROVED,
 *   listing them), since jurors must only ever read approved reading copies;
 * - a roster without jurors (NO_JURORS) or without a chair (NO_CHAIR);
 * - a juror's package whose attachments together exceed
 *   ATTACHMENT_LIMITS.maxBytesPerPackage (ATTACHMENTS_TOO_LARGE), or whose
 *   file would exceed PACKAGE_MAX_BYTES (PACKAGE_TOO_LARGE), listing the
 *   applications with attachments so the organiser knows where to look.
 * Attachments go in as readingCopy chooses: all of them in a named phase,
 * only the cleared ones in an anonymised phase.
 * Applications a juror is conflicted on are left out of that juror's
 * package (issuePackage enforces it too). The roster is aligned with the
 * round's award and the vault's identity, raising its version if that
 * changes it after packages were issued.
 */
export function preparePackages(input: IssueInput): IssueOutcome {
  const { round, applications } = input;
  const phase = round.phases.find((p) => p.id === input.phaseId);
  if (phase === undefined) return refuse('UNKNOWN_PHASE');
  if (applications.length === 0) return refuse('NO_APPLICATIONS');
  if (phase.anonymised) {
    const unapproved = unapprovedIds(applications);
    if (unapproved.length > 0) return refuse('UNAPPROVED', unapproved);
  }
  if (input.roster.roundId !== round.id) return refuse('INVALID');
  const roster = alignRoster(input.roster, round.award, input.organiser, input.issuedRosterVersion);
  if (roster.jurors.length === 0) return refuse('NO_JURORS');
  if (rosterChair(roster) === undefined) return refuse('NO_CHAIR');
  const jurors: RosterJuror[] = [];
  for (const id of new Set(input.jurorIds)) {
    const juror = findJuror(roster, id);
    if (juror === undefined) return refuse('UNKNOWN_JUROR');
    jurors.push(juror);
  }
  const applicants = applications.map((a) => a.application.applicant);
  const copies = applications.map((item, i) =>
    readingCopy(
      item,
      phase,
      applicants.filter((_, j) => j !== i),
    ),
  );
  for (const juror of jurors) {
    const mine = copiesFor(roster, juror, copies);
    const total = mine.reduce((sum, c) => sum + attachmentBytes(c), 0);
    if (total > ATTACHMENT_LIMITS.maxBytesPerPackage) {
      return refuse('ATTACHMENTS_TOO_LARGE', withAttachments(mine));
    }
  }
  try {
    const packages: PreparedPackage[] = [];
    for (const juror of jurors) {
      const mine = copiesFor(roster, juror, copies);
      const file = issuePackage({
        round,
        phase,
        roster,
        juror,
        applications: copies,
        organiser: input.organiser,
        appVersion: input.appVersion,
        ...(input.now ? { now: input.now } : {}),
      });
      if (file.bytes.byteLength > PACKAGE_MAX_BYTES) {
        return refuse('PACKAGE_TOO_LARGE', withAttachments(mine));
      }
      packages.push({ juror, file, applicationCount: mine.length });
    }
    return { ok: true, roster, packages };
  } catch (e) {
    if (isExchangeError(e, 'NO_CHAIR')) return refuse('NO_CHAIR');
    if (isExchangeError(e)) return refuse('INVALID');
    throw e;
  }
}
