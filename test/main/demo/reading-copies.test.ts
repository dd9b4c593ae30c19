import { describe, expect, it } from 'vitest';
import { openPackage } from '../../../src-main/services/exchange';
import { preparePackages } from '../../../src-main/services/organiser';
import {
  DEFAULT_DEMO_SEED,
  demoJuryList,
  demoPeople,
  demoRoster,
} from '../../../src-main/services/demo/demo-jury';
import {
  demoApplicationList,
  demoConflicts,
} from '../../../src-main/services/demo/demo-round-files';
import {
  demoReadingCopies,
  demoReviewedApplications,
} from '../../../src-main/services/demo/reading-copies';
import { demoRound } from '../../../src-shared/demo/demo-round';

/*
 * The demo writes its packages from demoReadingCopies. The organiser issues
 * them through preparePackages. For the demo round both must give the
 * jurors the same reading copies, byte for byte, in every phase.
 */

describe('demo reading copies', () => {
  const round = demoRound();
  const applications = demoApplicationList(DEFAULT_DEMO_SEED, 9);
  const jurors = demoJuryList(6);
  const people = demoPeople(DEFAULT_DEMO_SEED, jurors);
  const conflicts = demoConflicts(
    jurors.map((j) => j.id),
    applications,
  );
  const roster = demoRoster(round, people.organiser.identity, people.jurors, conflicts.roster);

  it.each(round.phases.map((p) => [p.id, p.anonymised] as const))(
    'equal what preparePackages puts in every package (phase %s, anonymised %s)',
    (phaseId, anonymised) => {
      const phase = round.phases.find((p) => p.id === phaseId);
      if (phase === undefined) throw new Error('phase');
      const outcome = preparePackages({
        round,
        phaseId,
        roster,
        issuedRosterVersion: null,
        applications: demoReviewedApplications(round.id, applications),
        jurorIds: people.jurors.map((j) => j.id),
        organiser: people.organiser.identity,
        appVersion: 'test',
      });
      if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
      expect(outcome.roster).toEqual(roster);
      const copies = demoReadingCopies(round.id, phase, applications);
      expect(copies).toHaveLength(9);
      expect(copies.every((c) => c.anonymised === anonymised)).toBe(true);
      for (const pkg of outcome.packages) {
        const me = people.jurors.find((j) => j.id === pkg.juror.jurorId)?.identity;
        if (me === undefined) throw new Error('juror');
        const opened = openPackage(pkg.file.bytes, { me }).payload;
        const conflicted = new Set(
          conflicts.roster
            .filter((c) => c.jurorId === pkg.juror.jurorId)
            .map((c) => c.applicationId),
        );
        expect(opened.applications).toEqual(copies.filter((c) => !conflicted.has(c.id)));
      }
      // juror-3's roster conflict leaves one application out of their package.
      expect(outcome.packages.map((p) => p.applicationCount)).toEqual([9, 9, 8, 9, 9, 9]);
    },
  );

  it('redacts the written texts in the anonymised phase', () => {
    const phase = round.phases.find((p) => p.anonymised);
    if (phase === undefined) throw new Error('phase');
    const copies = demoReadingCopies(round.id, phase, applications);
    const text = JSON.stringify(copies.map((c) => c.sections));
    for (const a of applications) {
      expect(text).not.toContain(a.applicant.replace(/ kommun$/u, ''));
    }
    expect(copies.map((c) => c.applicant)).toEqual(copies.map((c) => c.pseudonym));
  });
});
