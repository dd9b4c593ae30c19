import { describe, expect, it } from 'vitest';
import { createIdentity, createIdentityCard } from '../../../src-main/services/crypto';
import {
  addConflict,
  assertRosterReady,
  bumpRosterVersion,
  conflictsOf,
  createRoster,
  enrolFromCard,
  findJuror,
  removeConflict,
  removeJuror,
  rosterChair,
  RosterSchema,
  setChair,
} from '../../../src-main/services/exchange';
import {
  asa,
  bengt,
  buildRoster,
  chair,
  expectExchangeError,
  fileJson,
  organiser,
  round,
  toFileBytes,
} from './fixtures';

const emptyRoster = () => createRoster({ award: round.award, roundId: round.id, organiser });

describe('roster drafts', () => {
  it('enrols jurors from their identity cards with keys, ids and fingerprints', () => {
    const roster = buildRoster();
    expect(roster.rosterVersion).toBe(1);
    expect(roster.organiser.keyId).toBe(organiser.keyId);
    expect(roster.organiser.fingerprint).toBe(organiser.fingerprint);
    const a = findJuror(roster, 'juror-asa');
    expect(a).toMatchObject({
      name: 'Åsa Öberg',
      organisation: 'Region Norr',
      role: 'juror',
      keyId: asa.keyId,
      encryptionKeyId: asa.encryptionKeyId,
      fingerprint: asa.fingerprint,
    });
    expect(rosterChair(roster)?.keyId).toBe(chair.keyId);
    expect([...conflictsOf(roster, 'juror-asa')]).toEqual(['app-02']);
    expect(conflictsOf(roster, 'juror-bengt').size).toBe(0);
  });

  it('round-trips through JSON and the strict schema unchanged', () => {
    const roster = buildRoster();
    const again = RosterSchema.parse(JSON.parse(JSON.stringify(roster)));
    expect(again).toEqual(roster);
  });

  it('never changes the roster it was given', () => {
    const before = emptyRoster();
    const snapshot = JSON.stringify(before);
    enrolFromCard(before, createIdentityCard(asa), 'juror-asa', 'chair');
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('refuses the same key under a second juror id (DUPLICATE_KEY)', () => {
    const roster = enrolFromCard(emptyRoster(), createIdentityCard(asa), 'juror-asa');
    expectExchangeError(
      () => enrolFromCard(roster, createIdentityCard(asa), 'juror-other'),
      'DUPLICATE_KEY',
    );
  });

  it('refuses a second card with other keys for an enrolled juror (KEY_CHANGED)', () => {
    const roster = enrolFromCard(emptyRoster(), createIdentityCard(asa), 'juror-asa');
    const newLaptop = createIdentity('Åsa Öberg', 'Region Norr');
    expectExchangeError(
      () => enrolFromCard(roster, createIdentityCard(newLaptop), 'juror-asa'),
      'KEY_CHANGED',
    );
    // A deliberate replacement: remove, then enrol again.
    const replaced = enrolFromCard(
      removeJuror(roster, 'juror-asa'),
      createIdentityCard(newLaptop),
      'juror-asa',
    );
    expect(findJuror(replaced, 'juror-asa')?.keyId).toBe(newLaptop.keyId);
  });

  it('re-enrolling the same card is idempotent and keeps the role', () => {
    const roster = buildRoster();
    const again = enrolFromCard(roster, createIdentityCard(chair), 'juror-cecilia');
    expect(again).toEqual(roster);
  });

  it('lets the organiser also be a juror with the same keys', () => {
    const roster = enrolFromCard(emptyRoster(), createIdentityCard(organiser), 'juror-olle');
    expect(findJuror(roster, 'juror-olle')?.keyId).toBe(organiser.keyId);
  });

  it('passes on a bad card as a typed error', () => {
    const card = fileJson(createIdentityCard(bengt));
    const envelope = card['envelope'] as Record<string, unknown>;
    const forged = toFileBytes({
      ...card,
      envelope: { ...envelope, payload: fileJson(createIdentityCard(asa))['envelope'] },
    });
    expectExchangeError(() => enrolFromCard(emptyRoster(), forged, 'juror-x'));
    expectExchangeError(
      () => enrolFromCard(emptyRoster(), new Uint8Array([1, 2, 3]), 'x'),
      'MALFORMED',
    );
  });

  it('has exactly one chair: setChair moves the role', () => {
    const roster = setChair(buildRoster(), 'juror-bengt');
    expect(roster.jurors.filter((j) => j.role === 'chair').map((j) => j.jurorId)).toEqual([
      'juror-bengt',
    ]);
    expectExchangeError(() => setChair(roster, 'nobody'), 'UNKNOWN_JUROR');
  });

  it('requires a chair before packages can be issued (NO_CHAIR)', () => {
    const noChair = enrolFromCard(emptyRoster(), createIdentityCard(asa), 'juror-asa');
    expectExchangeError(() => assertRosterReady(noChair), 'NO_CHAIR');
    expect(() => assertRosterReady(buildRoster())).not.toThrow();
  });

  it('records conflicts for enrolled jurors only, one per pair', () => {
    const roster = buildRoster();
    expectExchangeError(
      () => addConflict(roster, { jurorId: 'nobody', applicationId: 'app-01', reason: '' }),
      'UNKNOWN_JUROR',
    );
    const again = addConflict(roster, {
      jurorId: 'juror-asa',
      applicationId: 'app-02',
      reason: 'Updated reason',
    });
    expect(again.conflicts).toEqual([
      { jurorId: 'juror-asa', applicationId: 'app-02', reason: 'Updated reason' },
    ]);
    expect(removeConflict(again, 'juror-asa', 'app-02').conflicts).toEqual([]);
    expect(removeJuror(roster, 'juror-asa').conflicts).toEqual([]);
  });

  it('only ever raises the version', () => {
    const roster = buildRoster();
    expect(bumpRosterVersion(bumpRosterVersion(roster)).rosterVersion).toBe(3);
    expectExchangeError(
      () => createRoster({ award: round.award, roundId: round.id, organiser, rosterVersion: 0 }),
      'INVALID_INPUT',
    );
  });

  it('rejects invalid ids as INVALID_INPUT', () => {
    expectExchangeError(
      () => enrolFromCard(emptyRoster(), createIdentityCard(asa), 'bad id with spaces'),
      'INVALID_INPUT',
    );
    expectExchangeError(
      () => createRoster({ award: round.award, roundId: '../etc', organiser }),
      'INVALID_INPUT',
    );
  });

  it('the schema refuses two chairs and conflicts of unknown jurors', () => {
    const roster = buildRoster();
    const twoChairs = {
      ...roster,
      jurors: roster.jurors.map((j) => ({ ...j, role: 'chair' as const })),
    };
    expect(RosterSchema.safeParse(twoChairs).success).toBe(false);
    const orphan = {
      ...roster,
      conflicts: [{ jurorId: 'ghost', applicationId: 'app-01', reason: '' }],
    };
    expect(RosterSchema.safeParse(orphan).success).toBe(false);
  });
});
