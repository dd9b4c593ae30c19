import { describe, expect, it } from 'vitest';
import { isExchangeError, openPackage } from '../../../src-main/services/exchange';
import type { Roster } from '../../../src-main/services/exchange';
import { editRoster, enrolCards, preparePackages } from '../../../src-main/services/organiser';
import type { IssueInput } from '../../../src-main/services/organiser';
import { createIdentity } from '../../../src-main/services/crypto';
import {
  anna,
  APP_VERSION,
  bo,
  card,
  cecilia,
  emptyRoster,
  organiser,
  reviewedApplications,
  round,
} from './helpers';

function edit(roster: Roster, e: Parameters<typeof editRoster>[1]): Roster {
  const r = editRoster(roster, e, null);
  if (!r.ok) throw new Error(r.reason);
  return r.roster;
}

/** Anna, Bo and Cecilia (chair); Anna is conflicted on app-02. */
function readyRoster(): Roster {
  let roster = enrolCards(emptyRoster(), [card(anna), card(bo), card(cecilia)], null).roster;
  roster = edit(roster, { op: 'setChair', jurorId: 'j-cecilia-stahl' });
  return edit(roster, {
    op: 'addConflict',
    jurorId: 'j-anna-ohman',
    applicationId: 'app-02',
    reason: 'Arbetar i kommunen',
  });
}

const ALL = ['j-anna-ohman', 'j-bo-akesson', 'j-cecilia-stahl'];

function input(overrides: Partial<IssueInput> = {}): IssueInput {
  return {
    round,
    phaseId: 'bedomning',
    roster: readyRoster(),
    issuedRosterVersion: null,
    applications: reviewedApplications(),
    jurorIds: ALL,
    organiser,
    appVersion: APP_VERSION,
    ...overrides,
  };
}

describe('issuing packages', () => {
  it('signs and encrypts one package per juror; each opens only with that juror key', () => {
    const outcome = preparePackages(input());
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.packages.map((p) => p.file.fileName)).toEqual([
      'juryrum-paket-demo-ehalsokommun-2026-bedomning-anna-ohman.juryrum',
      'juryrum-paket-demo-ehalsokommun-2026-bedomning-bo-akesson.juryrum',
      'juryrum-paket-demo-ehalsokommun-2026-bedomning-cecilia-stahl.juryrum',
    ]);
    const [forAnna, forBo] = outcome.packages;
    if (!forAnna || !forBo) throw new Error('three packages');
    const opened = openPackage(forAnna.file.bytes, { me: anna });
    expect(opened.organiserFingerprint).toBe(organiser.fingerprint);
    expect(opened.payload.jurorId).toBe('j-anna-ohman');
    expect(opened.payload.phase).toEqual({ id: 'bedomning', name: 'Bedömning', anonymised: true });
    expect(opened.payload.round.criteria.map((c) => c.key)).toEqual(
      round.criteria.map((c) => c.key),
    );
    // Another juror's key cannot open it.
    let error: unknown;
    try {
      openPackage(forAnna.file.bytes, { me: bo });
    } catch (e) {
      error = e;
    }
    expect(isExchangeError(error, 'NOT_FOR_ME')).toBe(true);
    expect(openPackage(forBo.file.bytes, { me: bo }).payload.applications).toHaveLength(9);
  });

  it('sends redacted reading copies with stable pseudonyms in an anonymised phase', () => {
    const outcome = preparePackages(input({ jurorIds: ['j-bo-akesson'] }));
    if (!outcome.ok) throw new Error(outcome.reason);
    const pkg = openPackage(outcome.packages[0]?.file.bytes ?? new Uint8Array(), {
      me: bo,
    }).payload;
    const reviewed = reviewedApplications();
    for (const app of pkg.applications) {
      const source = reviewed.find((r) => r.application.id === app.id);
      expect(app.applicant).toBe(source?.pseudonym);
      expect(app.pseudonym).toBe(source?.pseudonym);
      const text = JSON.stringify(app);
      expect(text).not.toContain(source?.application.applicant ?? '?');
      for (const c of source?.application.contacts ?? []) {
        expect(text).not.toContain(c.email);
        expect(text).not.toContain(c.name);
      }
    }
  });

  it('sends the applications as written in a named phase, without approval', () => {
    const outcome = preparePackages(
      input({
        phaseId: 'final',
        applications: reviewedApplications(false),
        jurorIds: ['j-bo-akesson'],
      }),
    );
    if (!outcome.ok) throw new Error(outcome.reason);
    const pkg = openPackage(outcome.packages[0]?.file.bytes ?? new Uint8Array(), {
      me: bo,
    }).payload;
    expect(pkg.applications.map((a) => a.applicant)).toEqual(
      reviewedApplications().map((r) => r.application.applicant),
    );
  });

  it('refuses an anonymised phase while applications are unapproved, naming them', () => {
    const apps = reviewedApplications().map((a, i) =>
      i === 2 || i === 5 ? { ...a, review: { ...a.review, approved: false } } : a,
    );
    expect(preparePackages(input({ applications: apps }))).toEqual({
      ok: false,
      reason: 'UNAPPROVED',
      applicationIds: [apps[2]?.application.id, apps[5]?.application.id],
    });
  });

  it('leaves conflicted applications out of that juror package only', () => {
    const outcome = preparePackages(input());
    if (!outcome.ok) throw new Error(outcome.reason);
    const [forAnna, , forChair] = outcome.packages;
    const annaPkg = openPackage(forAnna?.file.bytes ?? new Uint8Array(), { me: anna }).payload;
    expect(annaPkg.applications.map((a) => a.id)).not.toContain('app-02');
    expect(annaPkg.applications).toHaveLength(8);
    expect(forAnna?.applicationCount).toBe(8);
    const chairPkg = openPackage(forChair?.file.bytes ?? new Uint8Array(), { me: cecilia }).payload;
    expect(chairPkg.applications.map((a) => a.id)).toContain('app-02');
    // The chair needs every conflict to merge; a juror sees only their own.
    expect(chairPkg.roster.conflicts).toHaveLength(1);
    expect(annaPkg.roster.conflicts).toHaveLength(1);
  });

  it('refuses without a chair, without jurors, or for an unknown phase or juror', () => {
    const noChair = enrolCards(emptyRoster(), [card(anna)], null).roster;
    expect(preparePackages(input({ roster: noChair, jurorIds: ['j-anna-ohman'] }))).toMatchObject({
      ok: false,
      reason: 'NO_CHAIR',
    });
    expect(preparePackages(input({ roster: emptyRoster() }))).toMatchObject({
      reason: 'NO_JURORS',
    });
    expect(preparePackages(input({ phaseId: 'ingen' }))).toMatchObject({ reason: 'UNKNOWN_PHASE' });
    expect(preparePackages(input({ jurorIds: ['j-nobody'] }))).toMatchObject({
      reason: 'UNKNOWN_JUROR',
    });
    expect(preparePackages(input({ applications: [] }))).toMatchObject({
      reason: 'NO_APPLICATIONS',
    });
  });

  it('brings the roster in line with a new vault identity and raises the version after an issue', () => {
    const newKeys = createIdentity('Olle Organisatör', 'Inera');
    const roster = readyRoster();
    const outcome = preparePackages(input({ roster, organiser: newKeys, issuedRosterVersion: 1 }));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.roster.organiser.keyId).toBe(newKeys.keyId);
    expect(outcome.roster.rosterVersion).toBe(2);
    const opened = openPackage(outcome.packages[0]?.file.bytes ?? new Uint8Array(), { me: anna });
    expect(opened.organiserKeyId).toBe(newKeys.keyId);
    expect(opened.payload.rosterVersion).toBe(2);
    // Unchanged roster, issued again: the version stays.
    const again = preparePackages(input({ roster, issuedRosterVersion: 1 }));
    expect(again.ok && again.roster.rosterVersion).toBe(1);
  });
});
