import { describe, expect, it } from 'vitest';
import { inspectContainer, openContainer, sha256Hex } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import {
  createScoreFile,
  SCORE_FILE_FORMAT,
  SCORE_FILE_PAYLOAD_TYPE,
  scoreContentIssues,
  verifyScoreFileForChair,
} from '../../../src-main/services/exchange';
import type { PackagePayload } from '../../../src-main/services/exchange';
import { mergeScoreFiles } from '../../../src-shared/scoring/merge';
import {
  APP_VERSION,
  asa,
  ASA_CONFLICT,
  asaPkg,
  asaScoreFile,
  bengt,
  bengtPkg,
  chair,
  chairPkg,
  expectExchangeError,
  fullScores,
  NOW,
  round,
  scoreInput,
} from './fixtures';

/** Open with the crypto core directly, as `me`. */
const chairOpen = (bytes: Uint8Array, me: Identity) =>
  openContainer(bytes, {
    expectedFormat: SCORE_FILE_FORMAT,
    supportedVersions: [1],
    myEncryptionPrivateKey: me.encryption.privateKey,
    myEncryptionPublicKey: me.encryption.publicKey,
    expectedPayloadType: SCORE_FILE_PAYLOAD_TYPE,
    publicKeyFor: (id) => (id === asa.keyId ? asa.signing.publicKey : undefined),
    maxBytes: 1024 * 1024,
  });

describe('score file', () => {
  it('round-trips: signed by the juror, encrypted to the chair', () => {
    const file = asaScoreFile({ status: 'final' });
    expect(file.digest).toBe(sha256Hex(file.bytes));
    expect(file.fileName).toBe(
      'juryrum-poang-demo-ehalsokommun-2026-bedomning-asa-oberg-r1.juryrum',
    );
    const verdict = verifyScoreFileForChair(file.bytes, { chair, pkg: chairPkg });
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.meta).toEqual({
      fileId: file.digest,
      jurorId: 'juror-asa',
      revision: 1,
      previousDigest: null,
      final: true,
    });
    const p = verdict.payload;
    expect(p).toMatchObject({
      format: SCORE_FILE_FORMAT,
      version: 1,
      award: round.award,
      roundId: round.id,
      phaseId: asaPkg.phaseId,
      rosterVersion: asaPkg.rosterVersion,
      signerKeyId: asa.keyId,
      recipientKeyId: chair.encryptionKeyId,
      jurorId: 'juror-asa',
      createdAt: NOW.toISOString(),
      appVersion: APP_VERSION,
      status: 'final',
    });
    expect(p.scores).toEqual(fullScores(asaPkg));
  });

  it('is encrypted to the chair only: nobody else can read it', () => {
    const file = asaScoreFile();
    expect(() => chairOpen(file.bytes, chair)).not.toThrow();
    expect(() => chairOpen(file.bytes, asa)).toThrow(/addressed to someone else/);
    const text = new TextDecoder().decode(file.bytes);
    expect(text).not.toContain('Kommentar');
  });

  it('chains revisions: r2.previousDigest is the digest of r1', () => {
    const r1 = asaScoreFile();
    const r2 = asaScoreFile({
      revision: 2,
      previousDigest: r1.digest,
      scores: fullScores(asaPkg, 4),
    });
    expect(r2.fileName.endsWith('-r2.juryrum')).toBe(true);
    const v1 = verifyScoreFileForChair(r1.bytes, { chair, pkg: chairPkg });
    const v2 = verifyScoreFileForChair(r2.bytes, { chair, pkg: chairPkg });
    if (!v1.ok || !v2.ok) throw new Error('both revisions verify');
    expect(v2.meta.previousDigest).toBe(v1.meta.fileId);
    expect(v2.meta.previousDigest).toBe(sha256Hex(r1.bytes));
    // The revision is also in the clear header (AAD), for a juror's CLI that
    // cannot decrypt its own earlier file; it must equal the signed one.
    expect(inspectContainer(r1.bytes, 1 << 20).header.revision).toBe(1);
    expect(inspectContainer(r2.bytes, 1 << 20).header.revision).toBe(2);
    // The merge accepts r2 as the head and supersedes r1, in either order.
    for (const order of [
      [v1.meta, v2.meta],
      [v2.meta, v1.meta],
    ]) {
      const merged = mergeScoreFiles(order);
      expect(merged.jurors.get('juror-asa')?.head?.digest).toBe(r2.digest);
      expect(merged.verdicts.get(r1.digest)).toBe('superseded');
    }
  });

  it('requires previousDigest exactly when revision > 1', () => {
    expectExchangeError(() => asaScoreFile({ revision: 2, previousDigest: null }), 'INVALID_INPUT');
    expectExchangeError(
      () => asaScoreFile({ revision: 1, previousDigest: 'a'.repeat(64) }),
      'INVALID_INPUT',
    );
    expectExchangeError(() => asaScoreFile({ revision: 0 }), 'INVALID_INPUT');
  });

  it('accepts integers only', () => {
    const scores = fullScores(asaPkg).map((s, i) => (i === 0 ? { ...s, value: 3.5 } : s));
    expectExchangeError(() => asaScoreFile({ scores }), 'INVALID_INPUT');
  });

  it('checks scores against the scale, criteria, applications and conflicts', () => {
    const [first] = fullScores(asaPkg);
    if (first === undefined) throw new Error('fixture has scores');
    const cases = [
      { scores: [{ ...first, value: 6 }], code: 'out-of-range' },
      { scores: [{ ...first, value: 0 }], code: 'out-of-range' },
      { scores: [{ ...first, criterion: 'ZZ' }], code: 'unknown-criterion' },
      { scores: [{ ...first, applicationId: 'app-99' }], code: 'unknown-application' },
      { scores: [first, first], code: 'duplicate-score' },
      // The package has no app-02 for Åsa (conflicted), so it is unknown and conflicted.
      { scores: [{ ...first, applicationId: ASA_CONFLICT }], code: 'conflicted-scored' },
    ] as const;
    for (const c of cases) {
      const err = expectExchangeError(
        () => asaScoreFile({ scores: [...c.scores] }),
        'INVALID_INPUT',
      );
      expect(err.details.some((d) => d.startsWith(`${c.code}:`))).toBe(true);
    }
  });

  it('a declared conflict forbids scores and comments on that application', () => {
    const target = 'app-03';
    const err = expectExchangeError(
      () =>
        asaScoreFile({
          conflicts: [{ applicationId: target, reason: 'Former employer' }],
          overallComments: [{ applicationId: target, comment: 'Strong' }],
        }),
      'INVALID_INPUT',
    );
    expect(err.details).toContain(`conflicted-commented: ${target}`);
    expect(err.details.some((d) => d.startsWith(`conflicted-scored: ${target}/`))).toBe(true);
    const ok = asaScoreFile({
      conflicts: [{ applicationId: target, reason: 'Former employer' }],
      scores: fullScores(asaPkg).filter((s) => s.applicationId !== target),
    });
    const verdict = verifyScoreFileForChair(ok.bytes, { chair, pkg: chairPkg });
    expect(verdict.ok && verdict.payload.conflicts).toEqual([
      { applicationId: target, reason: 'Former employer' },
    ]);
  });

  it('allows "cannot assess" only where the scale allows it, and empty cells', () => {
    const [first, second] = fullScores(asaPkg);
    if (first === undefined || second === undefined) throw new Error('fixture has scores');
    const cells = [
      { ...first, value: 'cannot-assess' as const },
      { ...second, value: null },
    ];
    expect(() => asaScoreFile({ scores: cells })).not.toThrow();
    const strict: PackagePayload = {
      ...asaPkg,
      round: {
        ...asaPkg.round,
        criteria: asaPkg.round.criteria.map((c) => ({
          ...c,
          scale: { ...c.scale, allowCannotAssess: false },
        })),
      },
    };
    const issues = scoreContentIssues(
      { scores: cells, overallComments: [], conflicts: [] },
      { criteria: strict.round.criteria, rosterConflicts: new Set() },
    );
    expect(issues.map((i) => i.code)).toEqual(['cannot-assess-not-allowed']);
  });

  it('must be made by the juror the package is for', () => {
    expectExchangeError(() => createScoreFile(scoreInput(asaPkg, bengt)), 'INVALID_INPUT');
    expect(() => createScoreFile(scoreInput(bengtPkg, bengt))).not.toThrow();
  });
});
