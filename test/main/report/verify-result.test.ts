import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Identity } from '../../../src-main/services/crypto';
import { createResult, personFromIdentity } from '../../../src-main/services/exchange';
import type { PackagePayload, ResultPayload, Roster } from '../../../src-main/services/exchange';
import { verifyResultImport } from '../../../src-main/services/report';
import type { ResultImportContext } from '../../../src-main/services/report';
import { RESULT_MAX_BYTES } from '../../../src-shared/exchange';
import { RoundIdSchema } from '../../../src-shared/domain/round';
import { demoFolder, type DemoFolder } from '../chair/demo-folder';
import { tamper } from '../chair/jury';

let demo: DemoFolder;
let organiser: Identity;
let chairPkg: PackagePayload;
let roster: Roster;
let bytes: Uint8Array;
let ctx: ResultImportContext;

beforeAll(async () => {
  demo = await demoFolder(mkdtempSync(join(tmpdir(), 'juryrum-report-verify-')));
  organiser = await demo.identity('organiser-1');
  chairPkg = await demo.pkg('juror-1');
  roster = chairPkg.roster;
  const [name] = readdirSync(join(demo.dir, 'result'));
  bytes = new Uint8Array(readFileSync(join(demo.dir, 'result', name ?? '')));
  ctx = { me: organiser, roster, issuedRosterVersion: 1, previous: null };
}, 60_000);

/** A result made by `me` from `pkg` with the demo result's content (so it is valid). */
async function resultFrom(pkg: PackagePayload, me: Identity, now: Date): Promise<Uint8Array> {
  const accepted = verifyResultImport(bytes, ctx);
  if (accepted.status !== 'accepted') throw new Error('the demo result is accepted');
  const r: ResultPayload = accepted.result;
  return createResult({
    pkg,
    me,
    method: r.method,
    ranking: r.ranking,
    aggregates: r.aggregates,
    finalists: r.finalists,
    winner: r.winner,
    motivation: r.motivation,
    minutes: r.minutes,
    decisions: r.decisions,
    scoreChanges: r.scoreChanges,
    conflicts: r.conflicts,
    inputs: r.inputs,
    appVersion: 'test',
    now,
  }).bytes;
}

const refusal = (b: Uint8Array, over: Partial<ResultImportContext> = {}) => {
  const outcome = verifyResultImport(b, { ...ctx, ...over });
  return outcome.status === 'refused' ? outcome.reason : outcome.status;
};

describe('the organiser verifies the chair’s result', () => {
  it('accepts the demo result for the demo round: winner, finalists and inputs as signed', () => {
    const outcome = verifyResultImport(bytes, ctx);
    expect(outcome.status).toBe('accepted');
    if (outcome.status !== 'accepted') return;
    expect(outcome.replaced).toBe(false);
    expect(outcome.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(outcome.result.finalists).toHaveLength(5);
    expect(outcome.result.winner).toBe(outcome.result.finalists[0]);
    expect(outcome.result.inputs).toHaveLength(6);
  });

  it('refuses before opening when the round is not ready or the vault is not the organiser', async () => {
    expect(refusal(bytes, { me: null })).toBe('NO_IDENTITY');
    expect(refusal(bytes, { roster: null })).toBe('NO_ROSTER');
    const noChair = {
      ...roster,
      jurors: roster.jurors.map((j) => ({ ...j, role: 'juror' as const })),
    };
    expect(refusal(bytes, { roster: noChair })).toBe('NO_ROSTER');
    expect(refusal(bytes, { issuedRosterVersion: null })).toBe('NOT_ISSUED');
    expect(refusal(bytes, { me: await demo.identity('juror-2') })).toBe('NOT_ORGANISER');
  });

  it('refuses another round, another roster version and a signer who is not the chair', () => {
    expect(
      refusal(bytes, { roster: { ...roster, roundId: RoundIdSchema.parse('en-annan-omgang') } }),
    ).toBe('WRONG_ROUND');
    expect(refusal(bytes, { roster: { ...roster, award: 'Ett annat pris' } })).toBe('WRONG_ROUND');
    expect(refusal(bytes, { roster: { ...roster, rosterVersion: 2 } })).toBe('WRONG_ROSTER');
    // The roster names juror-2 as chair: juror-1's signature is no longer the chair's.
    const moved = {
      ...roster,
      jurors: roster.jurors.map((j) => ({
        ...j,
        role: j.jurorId === 'juror-2' ? ('chair' as const) : ('juror' as const),
      })),
    };
    expect(refusal(bytes, { roster: moved })).toBe('NOT_CHAIR');
  });

  it('checks a result against the roster it was made with, after the roster changed', () => {
    // After the meeting the organiser edits the roster (a new version, 2);
    // the result still names version 1, which went out in the packages.
    const edited: Roster = {
      ...roster,
      rosterVersion: 2,
      jurors: roster.jurors.map((j, i) => (i === 1 ? { ...j, name: `${j.name} (ny e-post)` } : j)),
    };
    expect(refusal(bytes, { roster: edited, issuedRosterVersion: 2 })).toBe('WRONG_ROSTER');
    const outcome = verifyResultImport(bytes, {
      ...ctx,
      roster: edited,
      issuedRosterVersion: 2,
      issuedRosters: [roster, edited],
    });
    expect(outcome.status).toBe('accepted');
    // An issued roster of that version naming another chair does not help a
    // result the real chair did not sign: the signer must be that roster's chair.
    const otherChair: Roster = {
      ...roster,
      jurors: roster.jurors.map((j) => ({
        ...j,
        role: j.jurorId === 'juror-2' ? ('chair' as const) : ('juror' as const),
      })),
    };
    expect(
      refusal(bytes, { roster: edited, issuedRosterVersion: 2, issuedRosters: [otherChair] }),
    ).toBe('NOT_CHAIR');
  });

  it('refuses a result encrypted to another organiser', async () => {
    const stranger = await demo.identity('juror-6');
    const elsewhere: PackagePayload = {
      ...chairPkg,
      roster: { ...roster, organiser: personFromIdentity(stranger) },
    };
    const misdirected = await resultFrom(elsewhere, await demo.identity('juror-1'), new Date());
    expect(refusal(misdirected)).toBe('NOT_FOR_ME');
  });

  it('refuses tampered, malformed, oversized and wrong-type files', async () => {
    expect(refusal(tamper(bytes))).toBe('TAMPERED');
    expect(refusal(new TextEncoder().encode('not a juryrum file'))).toBe('MALFORMED');
    expect(refusal(new Uint8Array(64).fill(7))).toBe('MALFORMED');
    expect(refusal(new Uint8Array(RESULT_MAX_BYTES + 1))).toBe('TOO_LARGE');
    // A score file (to the chair) is not a result.
    expect(refusal(new Uint8Array(readFileSync(demo.scores[0] ?? '')))).toBe('WRONG_TYPE');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('compares with the result already imported: same file, older, newer', async () => {
    const first = verifyResultImport(bytes, ctx);
    if (first.status !== 'accepted') throw new Error('accepted');
    const previous = { digest: first.digest, createdAt: first.result.createdAt };
    expect(verifyResultImport(bytes, { ...ctx, previous }).status).toBe('duplicate');
    const chair = await demo.identity('juror-1');
    const older = await resultFrom(chairPkg, chair, new Date('2026-04-01T00:00:00.000Z'));
    expect(refusal(older, { previous })).toBe('OLDER');
    const newer = await resultFrom(chairPkg, chair, new Date('2026-05-02T00:00:00.000Z'));
    const replaced = verifyResultImport(newer, { ...ctx, previous });
    expect(replaced).toMatchObject({ status: 'accepted', replaced: true });
  });
});
