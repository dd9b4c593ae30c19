import type { Identity } from '../crypto';
import { conflictsOf, findJuror, isExchangeError, issuePackage, rosterChair } from '../exchange';
import type { ExchangeFile, Roster, RosterJuror } from '../exchange';
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

/**
 * Make the packages of one phase, signed by the organiser and each encrypted
 * to its juror. Refuses, before anything is signed:
 * - an anonymised phase while any application is unapproved (UNAPPROVED,
 *   listing them), since jurors must only ever read approved reading copies;
 * - a roster without jurors (NO_JURORS) or without a chair (NO_CHAIR).
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
  try {
    const packages = jurors.map((juror) => {
      const conflicted = conflictsOf(roster, juror.jurorId);
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
      return {
        juror,
        file,
        applicationCount: copies.filter((c) => !conflicted.has(c.id)).length,
      };
    });
    return { ok: true, roster, packages };
  } catch (e) {
    if (isExchangeError(e, 'NO_CHAIR')) return refuse('NO_CHAIR');
    if (isExchangeError(e)) return refuse('INVALID');
    throw e;
  }
}
