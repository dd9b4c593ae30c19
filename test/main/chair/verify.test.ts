import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createContainer, createIdentity, signerOf } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import {
  createScoreFile,
  openPackage,
  SCORE_FILE_FORMAT,
  SCORE_FILE_MAX_BYTES,
  SCORE_FILE_PAYLOAD_TYPE,
} from '../../../src-main/services/exchange';
import { checkScoreFile } from '../../../src-main/services/chair';
import type { ChairFileCheck } from '../../../src-main/services/chair';
import {
  applyArrivals,
  emptyImportState,
  mergeOf,
  REJECT_REASONS,
} from '../../../src-shared/chair';
import type { Arrival, RejectReason } from '../../../src-shared/chair';
import { APP_VERSION, buildJury, demoScores, NOW, scoreFile, tamper } from './jury';

const jury = buildJury();
const chairPkg = jury.pkg('juror-1');
const people = jury.members.map((m) => m.identity);
const check = (bytes: Uint8Array): ChairFileCheck => checkScoreFile(bytes, jury.chair, chairPkg);
const reasonOf = (c: ChairFileCheck): RejectReason | 'ok' => (c.ok ? 'ok' : c.reason);
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

const good = scoreFile(jury, 'juror-2');

/** A score file made directly with the crypto core, signed by anyone (a dishonest app). */
function craft(signer: Identity, jurorId: string): Uint8Array {
  const v = check(good.bytes);
  if (!v.ok) throw new Error('the good file verifies');
  const payload = { ...v.file.payload, jurorId, signerKeyId: signer.keyId };
  const header = {
    award: payload.award,
    roundId: payload.roundId,
    phaseId: payload.phaseId,
    rosterVersion: payload.rosterVersion,
    recipientKeyId: jury.chair.encryptionKeyId,
    signerKeyId: signer.keyId,
  };
  return createContainer({
    format: SCORE_FILE_FORMAT,
    version: 1,
    header,
    payloadType: SCORE_FILE_PAYLOAD_TYPE,
    payload,
    signer: signerOf(signer),
    recipientPublicKey: jury.chair.encryption.publicKey,
  });
}

/** A juror's file made under another jury set-up with the same people. */
function fromOtherSetup(options: Parameters<typeof buildJury>[0]): Uint8Array {
  const other = buildJury({ organiser: jury.organiser, identities: people, ...options });
  return scoreFile(other, 'juror-2').bytes;
}

describe('the chair verifies every kind of file with a reason', () => {
  const finalPhase = jury.round.phases[1];
  if (finalPhase === undefined) throw new Error('the demo round has a final phase');
  const finalPkg = openPackage(jury.packageFile('juror-2', finalPhase).bytes, {
    me: jury.member('juror-2').identity,
  }).payload;
  const cases: [string, () => Uint8Array, RejectReason | 'ok'][] = [
    ['a valid file', () => good.bytes, 'ok'],
    ['another round', () => fromOtherSetup({ roundId: 'annan-omgang-2026' }), 'WRONG_ROUND'],
    [
      'another phase',
      () =>
        createScoreFile({
          pkg: finalPkg,
          me: jury.member('juror-2').identity,
          revision: 1,
          previousDigest: null,
          status: 'final',
          scores: demoScores(finalPkg),
          overallComments: [],
          conflicts: [],
          appVersion: APP_VERSION,
          now: NOW,
        }).bytes,
      'WRONG_PHASE',
    ],
    ['another roster version', () => fromOtherSetup({ rosterVersion: 2 }), 'WRONG_ROSTER'],
    [
      'a file for another chair',
      () => {
        const otherChair = createIdentity('Någon Annan', 'Annanstans');
        return fromOtherSetup({ identities: [otherChair, ...people.slice(1)] });
      },
      'NOT_FOR_ME',
    ],
    [
      'a signer outside the roster',
      () => craft(createIdentity('Okänd Person', ''), 'juror-2'),
      'UNKNOWN_SIGNER',
    ],
    [
      'signed by another juror than named',
      () => craft(jury.member('juror-3').identity, 'juror-2'),
      'SIGNER_MISMATCH',
    ],
    ['a changed ciphertext', () => tamper(good.bytes), 'TAMPERED'],
    ['non-JSON text', () => text('Hej! Det här är ingen poängfil.'), 'MALFORMED'],
    ['JSON that is not a Juryrum file', () => text('{"scores":[1,2,3]}\n'), 'MALFORMED'],
    ['a truncated file', () => good.bytes.slice(0, 200), 'MALFORMED'],
    [
      'an unknown format version',
      () => text(new TextDecoder().decode(good.bytes).replace('"version": 1', '"version": 2')),
      'UNSUPPORTED_VERSION',
    ],
    [
      'a file over the size cap',
      () => new Uint8Array(SCORE_FILE_MAX_BYTES + 1).fill(0x20),
      'TOO_LARGE',
    ],
    [
      'a jury package instead of a score file',
      () => jury.packageFile('juror-2').bytes,
      'WRONG_KIND',
    ],
  ];

  it.each(cases)('%s', (_name, bytes, expected) => {
    expect(reasonOf(check(bytes()))).toBe(expected);
  });

  it('covers every reject reason of the import report', () => {
    const covered = new Set(cases.map(([, , r]) => r));
    expect(REJECT_REASONS.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('a rejected file never changes the import state', () => {
    const start = applyArrivals(
      emptyImportState(),
      [toArrival('good', good.bytes)],
      NOW.toISOString(),
    );
    const bad = cases
      .filter(([, , r]) => r !== 'ok')
      .map(([name, bytes]) => toArrival(name, bytes()));
    const after = applyArrivals(start.state, bad, NOW.toISOString());
    expect(after.report.every((r) => r.verdict === 'rejected')).toBe(true);
    expect(after.state.entries).toEqual(start.state.entries);
    expect(mergeOf(after.state)).toEqual(mergeOf(start.state));
  });
});

function toArrival(fileName: string, bytes: Uint8Array): Arrival {
  const c = check(bytes);
  return {
    fileName,
    check: c.ok ? { ok: true, meta: c.file.meta } : { ok: false, reason: c.reason },
  };
}

describe('hostile bytes (property-based)', () => {
  it('random bytes give a typed rejection, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const c = check(bytes);
        expect(c.ok).toBe(false);
        if (!c.ok) expect(REJECT_REASONS).toContain(c.reason);
      }),
      { numRuns: 200 },
    );
  });

  it('any flipped byte of a valid file gives a typed rejection, and prototypes stay clean', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: good.bytes.length - 1 }),
        fc.integer({ min: 0, max: 7 }),
        (i, bit) => {
          const copy = new Uint8Array(good.bytes);
          copy[i] = (copy[i] ?? 0) ^ (1 << bit);
          const c = check(copy);
          expect(c.ok).toBe(false);
          if (!c.ok) expect(REJECT_REASONS).toContain(c.reason);
        },
      ),
      { numRuns: 150 },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
