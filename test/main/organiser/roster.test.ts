import { describe, expect, it } from 'vitest';
import {
  createIdentity,
  createIdentityCard,
  identityFromKeys,
} from '../../../src-main/services/crypto';
import { editRoster, enrolCards, settleVersion } from '../../../src-main/services/organiser';
import { RosterEditSchema } from '../../../src-shared/ipc/organiser-contract';
import { anna, bo, card, cecilia, emptyRoster } from './helpers';

describe('enrolling jurors from identity cards', () => {
  it('enrols verified cards with their fingerprints; the same card again changes nothing', () => {
    const { roster, results } = enrolCards(emptyRoster(), [card(anna), card(bo)], null);
    expect(results.map((r) => [r.outcome, r.name, r.fingerprint])).toEqual([
      ['enrolled', 'Anna Öhman', anna.fingerprint],
      ['enrolled', 'Bo Åkesson', bo.fingerprint],
    ]);
    expect(roster.jurors.map((j) => [j.jurorId, j.role])).toEqual([
      ['j-anna-ohman', 'juror'],
      ['j-bo-akesson', 'juror'],
    ]);
    const again = enrolCards(roster, [card(anna)], null);
    expect(again.results[0]?.outcome).toBe('unchanged');
    expect(again.roster).toEqual(roster);
  });

  it('refuses a second card for the same juror with other keys (KEY_CHANGED)', () => {
    const first = enrolCards(emptyRoster(), [card(anna)], null).roster;
    const impostor = createIdentity('Anna Öhman', 'Region Norr');
    const { roster, results } = enrolCards(first, [card(impostor)], null);
    expect(results[0]).toMatchObject({ outcome: 'failed', reason: 'KEY_CHANGED' });
    expect(roster).toEqual(first);
  });

  it('refuses keys already enrolled under another name (DUPLICATE_KEY)', () => {
    const first = enrolCards(emptyRoster(), [card(anna)], null).roster;
    const renamed = identityFromKeys({ ...anna, name: 'A. Öhman' });
    const { roster, results } = enrolCards(first, [card(renamed)], null);
    expect(results[0]).toMatchObject({ outcome: 'failed', reason: 'DUPLICATE_KEY' });
    expect(roster).toEqual(first);
  });

  it('refuses a card with a bad self-signature and still enrols the good ones', () => {
    const good = createIdentityCard(bo);
    const forged = JSON.parse(new TextDecoder().decode(createIdentityCard(anna))) as {
      envelope: { signatures: { sig: string }[] };
    };
    const other = JSON.parse(new TextDecoder().decode(good)) as typeof forged;
    const sig = other.envelope.signatures[0]?.sig ?? '';
    forged.envelope.signatures[0] = { ...forged.envelope.signatures[0], sig } as { sig: string };
    const bytes = new TextEncoder().encode(`${JSON.stringify(forged, null, 2)}\n`);
    const { roster, results } = enrolCards(
      emptyRoster(),
      [
        { fileName: 'anna.juryrum-id', bytes },
        { fileName: 'bo.juryrum-id', bytes: good },
      ],
      null,
    );
    expect(results.map((r) => [r.fileName, r.outcome, r.reason])).toEqual([
      ['anna.juryrum-id', 'failed', 'TAMPERED'],
      ['bo.juryrum-id', 'enrolled', null],
    ]);
    expect(roster.jurors.map((j) => j.name)).toEqual(['Bo Åkesson']);
  });

  it('says what is wrong with files that are no cards at all', () => {
    const { results } = enrolCards(
      emptyRoster(),
      [
        { fileName: 'a.txt', bytes: new TextEncoder().encode('hej') },
        {
          fileName: 'b.json',
          bytes: new TextEncoder().encode('{"format":"juryrum.keyfile","version":1}'),
        },
        { fileName: 'c.juryrum-id', bytes: null, unreadable: 'TOO_LARGE' },
      ],
      null,
    );
    expect(results.map((r) => r.reason)).toEqual(['MALFORMED', 'NOT_A_CARD', 'TOO_LARGE']);
  });
});

describe('roster version', () => {
  const enrolled = enrolCards(emptyRoster(), [card(anna), card(bo), card(cecilia)], null).roster;

  it('does not change before packages were issued', () => {
    const r = editRoster(enrolled, { op: 'setChair', jurorId: 'j-cecilia-stahl' }, null);
    expect(r.ok && r.roster.rosterVersion).toBe(1);
  });

  it('goes up once on the first change after issuing, and never down', () => {
    const chaired = editRoster(enrolled, { op: 'setChair', jurorId: 'j-cecilia-stahl' }, null);
    if (!chaired.ok) throw new Error('chair set');
    // Packages were issued with version 1: a change now makes version 2 …
    const conflict = editRoster(
      chaired.roster,
      { op: 'addConflict', jurorId: 'j-anna-ohman', applicationId: 'app-02', reason: 'Anställd' },
      1,
    );
    if (!conflict.ok) throw new Error('conflict added');
    expect(conflict.roster.rosterVersion).toBe(2);
    // … and a further change before the next issue stays at 2.
    const removed = editRoster(
      conflict.roster,
      { op: 'removeConflict', jurorId: 'j-anna-ohman', applicationId: 'app-02' },
      1,
    );
    expect(removed.ok && removed.roster.rosterVersion).toBe(2);
    // An edit that changes nothing does not raise it.
    const same = editRoster(chaired.roster, { op: 'setChair', jurorId: 'j-cecilia-stahl' }, 1);
    expect(same.ok && same.roster.rosterVersion).toBe(1);
    // A roster handed back with a lower version is lifted to the old one.
    expect(
      settleVersion(conflict.roster, { ...conflict.roster, rosterVersion: 1 }, 1).rosterVersion,
    ).toBe(2);
  });

  it('reports unknown jurors and invalid input without changing anything', () => {
    expect(editRoster(enrolled, { op: 'setChair', jurorId: 'j-nobody' }, null)).toEqual({
      ok: false,
      reason: 'UNKNOWN_JUROR',
    });
    expect(
      editRoster(
        enrolled,
        { op: 'addConflict', jurorId: 'j-anna-ohman', applicationId: 'inte giltig', reason: '' },
        null,
      ),
    ).toEqual({ ok: false, reason: 'INVALID' });
  });

  it('refuses a conflict without a reason, in the service and in the IPC contract', () => {
    for (const reason of ['', '   ']) {
      const edit = {
        op: 'addConflict' as const,
        jurorId: 'j-anna-ohman',
        applicationId: 'app-02',
        reason,
      };
      expect(editRoster(enrolled, edit, null)).toEqual({ ok: false, reason: 'INVALID' });
      expect(RosterEditSchema.safeParse(edit).success).toBe(false);
    }
    const good = {
      op: 'addConflict' as const,
      jurorId: 'j-anna-ohman',
      applicationId: 'app-02',
      reason: ' Anställd ',
    };
    expect(RosterEditSchema.parse(good)).toMatchObject({ reason: 'Anställd' });
    const added = editRoster(enrolled, RosterEditSchema.parse(good), null);
    expect(added.ok && added.roster.conflicts).toEqual([
      { jurorId: 'j-anna-ohman', applicationId: 'app-02', reason: 'Anställd' },
    ]);
  });
});
