import { createIdentityCard } from '../crypto';
import type { Identity } from '../crypto';
import { addConflict, createRoster, enrolFromCard } from '../exchange';
import type { Roster } from '../exchange';
import { demoJurors, demoOrganiser } from '../../../src-shared/demo/demo-people';
import { JurorSchema } from '../../../src-shared/domain/round';
import type { Juror, Round } from '../../../src-shared/domain/round';
import { demoIdentity } from './demo-identities';

/** The seed used when none is given, also by the app's "try a demo package". */
export const DEFAULT_DEMO_SEED = 'juryrum-demo';

/** One person of the demo jury, with their (demo-only) keys. */
export type DemoPerson = {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly role: 'organiser' | 'chair' | 'juror';
  readonly identity: Identity;
};

const EXTRA_FIRST = [
  'Karin',
  'Lars',
  'Sara',
  'Johan',
  'Maria',
  'Erik',
  'Lena',
  'Anders',
  'Eva',
  'Nils',
];
const EXTRA_LAST = [
  'Holm',
  'Lindqvist',
  'Sundin',
  'Nyberg',
  'Åkesson',
  'Berglund',
  'Forsberg',
  'Hedlund',
];

/**
 * The demo jurors: the six written ones (juror-1 is the chair), fewer when
 * asked, or more with generated fictional names.
 */
export function demoJuryList(count: number): Juror[] {
  const written = demoJurors();
  if (count <= written.length) return written.slice(0, count);
  const extra = Array.from({ length: count - written.length }, (_, i) => {
    const n = written.length + i;
    return JurorSchema.parse({
      id: `juror-${n + 1}`,
      name: `${EXTRA_FIRST[n % EXTRA_FIRST.length] ?? 'Kim'} ${EXTRA_LAST[Math.floor(n / EXTRA_FIRST.length) % EXTRA_LAST.length] ?? 'Demo'}`,
      organisation: `Demoförening ${n + 1}`,
      role: 'juror',
    });
  });
  return [...written, ...extra];
}

/** The demo organiser and jurors with their seeded identities. */
export function demoPeople(
  seed: string,
  jurors: readonly Juror[],
): { organiser: DemoPerson; jurors: DemoPerson[] } {
  const o = demoOrganiser();
  return {
    organiser: {
      ...o,
      role: 'organiser',
      identity: demoIdentity(seed, o.id, o.name, o.organisation),
    },
    jurors: jurors.map((j) => ({
      id: j.id,
      name: j.name,
      organisation: j.organisation,
      role: j.role,
      identity: demoIdentity(seed, j.id, j.name, j.organisation),
    })),
  };
}

/** A conflict of interest the organiser records in the demo roster. */
export type DemoConflict = { jurorId: string; applicationId: string; reason: string };

/**
 * The signed-off roster, built the way an organiser builds one: every juror
 * enrolled from their identity card, the chair named, conflicts recorded.
 */
export function demoRoster(
  round: Round,
  organiser: Identity,
  jurors: readonly { id: string; role: 'chair' | 'juror' | 'organiser'; identity: Identity }[],
  conflicts: readonly DemoConflict[],
): Roster {
  let roster = createRoster({ award: round.award, roundId: round.id, organiser });
  for (const j of jurors) {
    roster = enrolFromCard(
      roster,
      createIdentityCard(j.identity),
      j.id,
      j.role === 'chair' ? 'chair' : 'juror',
    );
  }
  for (const c of conflicts) roster = addConflict(roster, c);
  return roster;
}
