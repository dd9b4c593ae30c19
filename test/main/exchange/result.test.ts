import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bumpRosterVersion,
  createResult,
  ExchangeError,
  openResult,
  personFromIdentity,
  RESULT_FORMAT,
  verifyScoreFileForChair,
} from '../../../src-main/services/exchange';
import type { CreateResultInput, PackagePayload } from '../../../src-main/services/exchange';
import {
  APP_VERSION,
  asa,
  asaPkg,
  asaScoreFile,
  bengt,
  chair,
  chairPkg,
  expectExchangeError,
  finalPhase,
  flipBit,
  NOW,
  organiser,
  roster,
  stranger,
} from './fixtures';

const scoreFile = asaScoreFile({ status: 'final' });

function resultInput(overrides: Partial<CreateResultInput> = {}): CreateResultInput {
  return {
    pkg: chairPkg,
    me: chair,
    method: {
      aggregation: 'mean of weighted totals',
      tiePolicy: { kind: 'chain', steps: [{ by: 'median' }, { by: 'application-id' }] },
      normalisation: 'none',
    },
    ranking: [
      {
        applicationId: 'app-01',
        rank: 1,
        mean: 4.25,
        median: 4,
        trimmedMean: 4.25,
        sd: 0.5,
        range: 1,
        n: 4,
      },
      {
        applicationId: 'app-02',
        rank: 2,
        mean: 3.1,
        median: 3,
        trimmedMean: 3,
        sd: 1.2,
        range: 3,
        n: 3,
      },
      {
        applicationId: 'app-03',
        rank: 3,
        mean: null,
        median: null,
        trimmedMean: null,
        sd: null,
        range: null,
        n: 0,
      },
    ],
    aggregates: [
      {
        applicationId: 'app-01',
        criterion: 'L',
        mean: 4.333333333333333,
        median: 4,
        trimmedMean: 4.333333333333333,
        sd: 0.5773502691896257,
        range: 1,
        n: 3,
        cannotAssess: 1,
        missing: 0,
      },
    ],
    finalists: ['app-01', 'app-02'],
    winner: 'app-01',
    motivation: 'Tydlig ledning och uppföljning.',
    minutes: 'Juryn enades efter diskussion.',
    decisions: [{ at: NOW.toISOString(), text: 'Finalister: app-01 och app-02.' }],
    scoreChanges: [
      {
        jurorId: 'juror-asa',
        applicationId: 'app-01',
        criterion: 'L',
        before: 3,
        after: 4,
        reason: 'Efter diskussion',
      },
    ],
    conflicts: [{ jurorId: 'juror-asa', applicationId: 'app-02', reason: 'Works there' }],
    inputs: [{ jurorId: 'juror-asa', revision: 1, digest: scoreFile.digest }],
    appVersion: APP_VERSION,
    now: NOW,
    ...overrides,
  };
}

describe('result', () => {
  const file = createResult(resultInput());

  it('round-trips: signed by the chair, opened by the organiser', () => {
    expect(file.fileName).toBe('juryrum-resultat-demo-ehalsokommun-2026-bedomning.juryrum');
    const { payload, digest } = openResult(file.bytes, { organiser, roster });
    expect(digest).toBe(file.digest);
    expect(payload).toMatchObject({
      format: RESULT_FORMAT,
      version: 1,
      roundId: chairPkg.roundId,
      phaseId: chairPkg.phaseId,
      rosterVersion: roster.rosterVersion,
      signerKeyId: chair.keyId,
      recipientKeyId: organiser.encryptionKeyId,
      createdAt: NOW.toISOString(),
      winner: 'app-01',
    });
    const input = resultInput();
    expect(payload.ranking).toEqual(input.ranking);
    expect(payload.aggregates).toEqual(input.aggregates);
    expect(payload.method).toEqual(input.method);
    expect(payload.inputs).toEqual(input.inputs);
    // The inputs name exactly the digest the chair accepted.
    const v = verifyScoreFileForChair(scoreFile.bytes, { chair, pkg: chairPkg });
    expect(v.ok && v.meta.fileId).toBe(payload.inputs[0]?.digest);
  });

  it('only the chair may sign it (UNKNOWN_SIGNER otherwise)', () => {
    // Make Åsa's package say she is the chair: her result is still not trusted.
    const asaAsChair: PackagePayload = {
      ...asaPkg,
      roster: {
        ...asaPkg.roster,
        jurors: asaPkg.roster.jurors.map((j) => ({
          ...j,
          role: j.jurorId === 'juror-asa' ? ('chair' as const) : ('juror' as const),
        })),
      },
    };
    const forged = createResult(resultInput({ pkg: asaAsChair, me: asa }));
    expectExchangeError(() => openResult(forged.bytes, { organiser, roster }), 'UNKNOWN_SIGNER');
    expectExchangeError(() => createResult(resultInput({ me: bengt })), 'INVALID_INPUT');
  });

  it('is for the organiser only (NOT_FOR_ME)', () => {
    // A chair package that names another organiser: the result is encrypted to them.
    const elsewhere: PackagePayload = {
      ...chairPkg,
      roster: { ...chairPkg.roster, organiser: personFromIdentity(stranger) },
    };
    const misdirected = createResult(resultInput({ pkg: elsewhere }));
    expectExchangeError(() => openResult(misdirected.bytes, { organiser, roster }), 'NOT_FOR_ME');
  });

  it('checks the roster version and phase', () => {
    expectExchangeError(
      () => openResult(file.bytes, { organiser, roster: bumpRosterVersion(roster) }),
      'WRONG_ROSTER',
    );
    expectExchangeError(
      () => openResult(file.bytes, { organiser, roster, phaseId: finalPhase.id }),
      'WRONG_PHASE',
    );
  });

  it('refuses an inconsistent result', () => {
    expectExchangeError(() => createResult(resultInput({ winner: 'app-99' })), 'INVALID_INPUT');
    expectExchangeError(() => createResult(resultInput({ winner: 'app-03' })), 'INVALID_INPUT');
    expectExchangeError(
      () => createResult(resultInput({ finalists: ['app-01', 'app-01'] })),
      'INVALID_INPUT',
    );
  });

  it('any single flipped bit gives a typed error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: file.bytes.length - 1 }),
        fc.integer({ min: 0, max: 7 }),
        (index, bit) => {
          expect(() => openResult(flipBit(file.bytes, index, bit), { organiser, roster })).toThrow(
            ExchangeError,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
