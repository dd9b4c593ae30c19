import { verifyIdentityCard } from '../crypto';
import type { Identity } from '../crypto';
import type { JurorRole } from '../../../src-shared/domain/round';
import {
  ApplicationIdSchema,
  JurorIdSchema,
  RoundIdSchema,
} from '../../../src-shared/domain/round';
import { rosterChair, RosterSchema } from '../../../src-shared/exchange';
import type { Roster, RosterConflict, RosterJuror } from '../../../src-shared/exchange';
import { ExchangeError, withExchangeErrors } from './errors';
import { personFromCard, personFromIdentity, rosterKeysConsistent, sameKeys } from './people';

/*
 * Roster drafts. Every function here is pure: it returns a new roster and
 * never changes the one it was given, and every result is checked against
 * RosterSchema. Changing a roster does not raise its version; call
 * bumpRosterVersion before issuing packages again after a change.
 */

/** Check a draft result; a failure here means bad input, e.g. a malformed id. */
function checked(roster: Roster): Roster {
  const parsed = RosterSchema.safeParse(roster);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ExchangeError('INVALID_INPUT', 'The roster would not be valid.', details);
  }
  return parsed.data;
}

function jurorIdOf(jurorId: string): RosterJuror['jurorId'] {
  const parsed = JurorIdSchema.safeParse(jurorId);
  if (!parsed.success) throw new ExchangeError('INVALID_INPUT', 'The juror id is not valid.');
  return parsed.data;
}

/** A new, empty roster (version 1 unless given) signed off by `organiser`. */
export function createRoster(input: {
  award: string;
  roundId: string;
  organiser: Identity;
  rosterVersion?: number;
}): Roster {
  const roundId = RoundIdSchema.safeParse(input.roundId);
  if (!roundId.success) throw new ExchangeError('INVALID_INPUT', 'The round id is not valid.');
  return checked({
    rosterVersion: input.rosterVersion ?? 1,
    award: input.award,
    roundId: roundId.data,
    organiser: personFromIdentity(input.organiser),
    jurors: [],
    conflicts: [],
  });
}

/**
 * Enrol a juror from their identity card (verified here; errors from the card
 * keep their crypto codes, e.g. TAMPERED). Call it only after the fingerprint
 * was compared over the phone.
 * - DUPLICATE_KEY: one of the card's keys is already enrolled for another juror.
 * - KEY_CHANGED: this juror is enrolled with different keys. Replacing a key
 *   is deliberate: removeJuror first, then enrol again.
 * Enrolling the same card again updates name and organisation. `role` 'chair'
 * makes this juror the chair (see setChair); without `role` an enrolled juror
 * keeps theirs and a new one becomes a juror.
 */
export function enrolFromCard(
  roster: Roster,
  cardBytes: Uint8Array,
  jurorId: string,
  role?: JurorRole,
): Roster {
  const card = withExchangeErrors(() => verifyIdentityCard(cardBytes));
  const id = jurorIdOf(jurorId);
  const person = personFromCard(card);
  const existing = roster.jurors.find((j) => j.jurorId === id);
  if (existing !== undefined && !sameKeys(person, existing)) {
    throw new ExchangeError('KEY_CHANGED', 'This juror is already enrolled with other keys.');
  }
  const clash = roster.jurors.find(
    (j) =>
      j.jurorId !== id &&
      [j.keyId, j.encryptionKeyId].some((k) => k === person.keyId || k === person.encryptionKeyId),
  );
  if (clash !== undefined) {
    throw new ExchangeError('DUPLICATE_KEY', 'These keys are already enrolled for another juror.');
  }
  const entry: RosterJuror = {
    jurorId: id,
    ...person,
    role: existing?.role ?? 'juror',
  };
  const jurors =
    existing === undefined
      ? [...roster.jurors, entry]
      : roster.jurors.map((j) => (j.jurorId === id ? entry : j));
  const next = checked({ ...roster, jurors });
  return role === 'chair' ? setChair(next, id) : role === 'juror' ? demote(next, id) : next;
}

function demote(roster: Roster, jurorId: string): Roster {
  return checked({
    ...roster,
    jurors: roster.jurors.map((j) => (j.jurorId === jurorId ? { ...j, role: 'juror' } : j)),
  });
}

/** Make `jurorId` the chair; a previous chair becomes a juror. UNKNOWN_JUROR if not enrolled. */
export function setChair(roster: Roster, jurorId: string): Roster {
  if (!roster.jurors.some((j) => j.jurorId === jurorId)) {
    throw new ExchangeError('UNKNOWN_JUROR', 'No juror with this id is enrolled.');
  }
  return checked({
    ...roster,
    jurors: roster.jurors.map((j) => ({ ...j, role: j.jurorId === jurorId ? 'chair' : 'juror' })),
  });
}

/** Remove a juror and their conflicts (e.g. to enrol a replaced key). */
export function removeJuror(roster: Roster, jurorId: string): Roster {
  if (!roster.jurors.some((j) => j.jurorId === jurorId)) {
    throw new ExchangeError('UNKNOWN_JUROR', 'No juror with this id is enrolled.');
  }
  return checked({
    ...roster,
    jurors: roster.jurors.filter((j) => j.jurorId !== jurorId),
    conflicts: roster.conflicts.filter((c) => c.jurorId !== jurorId),
  });
}

/**
 * Record that a juror is conflicted on an application; recording the same
 * pair again replaces the reason. UNKNOWN_JUROR if the juror is not enrolled.
 */
export function addConflict(
  roster: Roster,
  conflict: { jurorId: string; applicationId: string; reason: string },
): Roster {
  const jurorId = jurorIdOf(conflict.jurorId);
  if (!roster.jurors.some((j) => j.jurorId === jurorId)) {
    throw new ExchangeError('UNKNOWN_JUROR', 'No juror with this id is enrolled.');
  }
  const applicationId = ApplicationIdSchema.safeParse(conflict.applicationId);
  if (!applicationId.success) {
    throw new ExchangeError('INVALID_INPUT', 'The application id is not valid.');
  }
  const entry: RosterConflict = {
    jurorId,
    applicationId: applicationId.data,
    reason: conflict.reason,
  };
  const others = roster.conflicts.filter(
    (c) => !(c.jurorId === jurorId && c.applicationId === entry.applicationId),
  );
  return checked({ ...roster, conflicts: [...others, entry] });
}

/** Remove a recorded conflict (no change if it was not recorded). */
export function removeConflict(roster: Roster, jurorId: string, applicationId: string): Roster {
  return checked({
    ...roster,
    conflicts: roster.conflicts.filter(
      (c) => !(c.jurorId === jurorId && c.applicationId === applicationId),
    ),
  });
}

/** The same roster with the next version number. Versions never go down. */
export function bumpRosterVersion(roster: Roster): Roster {
  return checked({ ...roster, rosterVersion: roster.rosterVersion + 1 });
}

/**
 * Throw unless packages can be issued from this roster: it is valid, its keys
 * are consistent, and it has exactly one chair (NO_CHAIR otherwise).
 */
export function assertRosterReady(roster: Roster): void {
  checked(roster);
  if (!rosterKeysConsistent(roster)) {
    throw new ExchangeError('INVALID_INPUT', 'A key in the roster does not match its key id.');
  }
  if (rosterChair(roster) === undefined) {
    throw new ExchangeError('NO_CHAIR', 'Choose a chair before issuing packages.');
  }
}
