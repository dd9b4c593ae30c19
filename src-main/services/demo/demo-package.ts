import type { Identity } from '../crypto';
import { issuePackage } from '../exchange';
import type { ExchangeFile } from '../exchange';
import { demoApplications } from '../../../src-shared/demo/demo-applications';
import { demoRound } from '../../../src-shared/demo/demo-round';
import { strictAssert } from '../../../src-shared/assert';
import { DEFAULT_DEMO_SEED, demoJuryList, demoPeople, demoRoster } from './demo-jury';
import { demoConflicts } from './demo-round-files';
import { demoReadingCopies } from './reading-copies';

/** The slot the app user takes in the demo jury unless their keys are a demo juror's. */
const GUEST_SLOT = 'juror-2';

/**
 * A demo jury package for the app's own user, so that scoring can be tried
 * right after installing: the demo organiser signs the built-in demo round
 * for `me`, who takes juror-2's place in the demo jury (or their own place,
 * if `me` was restored from a demo key file). Same code path as a real
 * package; the demo organiser's key is derived from the default demo seed.
 */
export function demoPackageFor(me: Identity, appVersion: string, now = new Date()): ExchangeFile {
  const round = demoRound();
  const phase = round.phases[0];
  strictAssert(phase !== undefined, 'the demo round has a first phase');
  const applications = demoApplications();
  const people = demoPeople(DEFAULT_DEMO_SEED, demoJuryList(6));
  const own = people.jurors.find(
    (p) => p.identity.keyId === me.keyId || p.identity.encryptionKeyId === me.encryptionKeyId,
  );
  const slot = own?.id ?? GUEST_SLOT;
  const members = people.jurors.map((p) => (p.id === slot ? { ...p, identity: me } : p));
  const conflicts = demoConflicts(
    members.map((m) => m.id),
    applications,
  );
  const roster = demoRoster(round, people.organiser.identity, members, conflicts.roster);
  return issuePackage({
    round,
    phase,
    roster,
    juror: { jurorId: slot },
    applications: demoReadingCopies(round.id, phase, applications),
    organiser: people.organiser.identity,
    appVersion,
    now,
  });
}
