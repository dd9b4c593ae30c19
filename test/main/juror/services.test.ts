import { describe, expect, it } from 'vitest';
import { createIdentity } from '../../../src-main/services/crypto';
import {
  bumpRosterVersion,
  issuePackage,
  personFromIdentity,
  verifyScoreFileForChair,
} from '../../../src-main/services/exchange';
import { buildJurorScoreFile, openJuryPackage } from '../../../src-main/services/juror';
import type { OrganiserPin } from '../../../src-main/services/juror';
import {
  emptyAppState,
  pinScope,
  scoreFileContent,
  scoreFileIssues,
  withCell,
} from '../../../src-shared/juror';
import type { AppScoreState } from '../../../src-shared/juror';
import {
  asa,
  asaPkg,
  APP_VERSION,
  chair,
  chairPkg,
  flipBit,
  NOW,
  organiser,
  packageFor,
  phase,
  readingCopies,
  round,
  roster,
  stranger,
} from '../exchange/fixtures';

const pin: OrganiserPin = {
  scope: pinScope(round.award, round.id),
  organiserKeyId: organiser.keyId,
};

describe('opening a jury package as the juror', () => {
  const file = packageFor('juror-asa');

  it('opens with my identity; a first import is unpinned, a later one pinned', () => {
    const first = openJuryPackage(file.bytes, asa, [], []);
    expect(first.ok && first.opened.pinned).toBe(false);
    if (first.ok) expect(first.opened.organiserFingerprint).toBe(organiser.fingerprint);
    const later = openJuryPackage(
      file.bytes,
      asa,
      [pin],
      [{ roundId: round.id, rosterVersion: 1 }],
    );
    expect(later.ok && later.opened.pinned).toBe(true);
  });

  it('refuses with a reason: someone else’s, another organiser key, an older roster, tampered, not a package', () => {
    const reason = (o: ReturnType<typeof openJuryPackage>) => (o.ok ? 'opened' : o.reason);
    expect(reason(openJuryPackage(file.bytes, stranger, [pin], []))).toBe('NOT_FOR_ME');
    const otherKey: OrganiserPin = { ...pin, organiserKeyId: stranger.keyId };
    expect(reason(openJuryPackage(file.bytes, asa, [otherKey], []))).toBe('ORGANISER_KEY_CHANGED');
    // A pin for another award does not apply to this one.
    expect(
      reason(openJuryPackage(file.bytes, asa, [{ ...otherKey, scope: 'Ett annat pris' }], [])),
    ).toBe('opened');
    expect(
      reason(openJuryPackage(file.bytes, asa, [pin], [{ roundId: round.id, rosterVersion: 2 }])),
    ).toBe('ROSTER_OUTDATED');
    expect(
      reason(openJuryPackage(file.bytes, asa, [pin], [{ roundId: 'other', rosterVersion: 9 }])),
    ).toBe('opened');
    // Another valid base64url character inside the ciphertext: decryption fails.
    const text = new TextDecoder().decode(file.bytes);
    const at = text.indexOf('"ciphertext"') + 40;
    const swapped = `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
    expect(reason(openJuryPackage(new TextEncoder().encode(swapped), asa, [pin], []))).toBe(
      'TAMPERED',
    );
    // Any flipped bit is refused, whatever the reason.
    expect(reason(openJuryPackage(flipBit(file.bytes, at), asa, [pin], []))).not.toBe('opened');
    expect(reason(openJuryPackage(new TextEncoder().encode('{}'), asa, [], []))).toBe(
      'UNSUPPORTED_FORMAT',
    );
    expect(reason(openJuryPackage(new TextEncoder().encode('inte json'), asa, [], []))).toBe(
      'MALFORMED',
    );
    const score = buildJurorScoreFile(exportInput(1, null));
    if (!score.ok) throw new Error('score file');
    expect(reason(openJuryPackage(score.file.bytes, chair, [], []))).toBe('WRONG_TYPE');
  });

  it('a newer roster from the same organiser opens with the pin', () => {
    const v2 = issuePackage({
      round,
      phase,
      roster: bumpRosterVersion(roster),
      juror: { jurorId: 'juror-asa' },
      applications: readingCopies(),
      organiser,
      appVersion: APP_VERSION,
    });
    const opened = openJuryPackage(v2.bytes, asa, [pin], [{ roundId: round.id, rosterVersion: 1 }]);
    expect(opened.ok && opened.opened.payload.rosterVersion).toBe(2);
  });

  // openPackage's own refusal is in test/main/exchange/package.test.ts; this is the juror's
  // path, with the pin and the roster version the app passes.
  it('a newer package for the same award signed by another key (same name) is refused', () => {
    // An impostor with the organiser's name and organisation, but another key.
    const impostor = createIdentity('Olle Organisatör', 'Inera');
    const forged = packageFor('juror-asa', {
      organiser: impostor,
      roster: bumpRosterVersion({
        ...roster,
        organiser: { ...roster.organiser, ...personFromIdentity(impostor) },
      }),
    });
    // On its own (a first import) it opens, so only the pin tells it apart.
    const alone = openJuryPackage(forged.bytes, asa, [], []);
    expect(alone.ok && alone.opened.organiserKeyId).toBe(impostor.keyId);
    const refused = openJuryPackage(
      forged.bytes,
      asa,
      [pin],
      [{ roundId: round.id, rosterVersion: 1 }],
    );
    expect(refused).toEqual({ ok: false, reason: 'ORGANISER_KEY_CHANGED' });
  });
});

function states(value: number): Map<string, AppScoreState> {
  const out = new Map<string, AppScoreState>();
  for (const a of asaPkg.applications) {
    out.set(
      a.id,
      asaPkg.round.criteria.reduce(
        (s, c) => withCell(s, c.key, { value, comment: '' }, 1),
        emptyAppState(a.id),
      ),
    );
  }
  return out;
}

function exportInput(revision: number, previousDigest: string | null, value = 3) {
  return {
    packageBytes: packageFor('juror-asa').bytes,
    pin,
    me: asa,
    revision,
    previousDigest,
    status: 'draft' as const,
    content: scoreFileContent(
      asaPkg.applications.map((a) => a.id),
      states(value),
      asaPkg.round.criteria,
    ),
    appVersion: APP_VERSION,
    now: NOW,
  };
}

describe('exporting a score file', () => {
  it('chains revisions: r2 names the digest of r1, and the chair verifies both', () => {
    const r1 = buildJurorScoreFile(exportInput(1, null));
    if (!r1.ok) throw new Error(r1.reason);
    const r2 = buildJurorScoreFile(exportInput(2, r1.file.digest, 4));
    if (!r2.ok) throw new Error(r2.reason);
    const v1 = verifyScoreFileForChair(r1.file.bytes, { chair, pkg: chairPkg });
    const v2 = verifyScoreFileForChair(r2.file.bytes, { chair, pkg: chairPkg });
    if (!v1.ok || !v2.ok) throw new Error('verify');
    expect(v2.meta.previousDigest).toBe(v1.digest);
    expect(v2.meta.revision).toBe(2);
    expect(r2.file.fileName).toMatch(/-r2\.juryrum$/);
  });

  it('verifies the package again: a wrong pin or a foreign package makes no file', () => {
    const bad = buildJurorScoreFile({
      ...exportInput(1, null),
      pin: { ...pin, organiserKeyId: stranger.keyId },
    });
    expect(bad).toMatchObject({
      ok: false,
      reason: 'PACKAGE_INVALID',
      details: ['ORGANISER_KEY_CHANGED'],
    });
    const scores = exportInput(1, null);
    const tooHigh = {
      ...scores,
      content: {
        ...scores.content,
        scores: scores.content.scores.map((s, i) => (i === 0 ? { ...s, value: 9 } : s)),
      },
    };
    const refused = buildJurorScoreFile(tooHigh);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.reason).toBe('INVALID_SCORES');
      expect(refused.details[0]).toMatch(/^out-of-range:/);
    }
    // The renderer names the same problem from its own copy of the package.
    const first = scores.content.scores[0];
    expect(scoreFileIssues(asaPkg, tooHigh.content)).toEqual([
      { code: 'out-of-range', applicationId: first?.applicationId, criterion: first?.criterion },
    ]);
    expect(scoreFileIssues(asaPkg, scores.content)).toEqual([]);
  });
});
