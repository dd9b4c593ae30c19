import { describe, expect, it } from 'vitest';
import { createIdentity } from '../../../src-main/services/crypto';
import { createPackageMemo } from '../../../src-main/services/juror';
import { pinScope } from '../../../src-shared/juror';
import { demoRound } from '../../../src-shared/demo/demo-round';
import { attachmentPackage, testPeople } from './attachment-package';

const me = createIdentity('Henrik Ålund', '');
const people = testPeople();
const bytes = attachmentPackage(me, people);
const round = demoRound();
const pin = { scope: pinScope(round.award, round.id), organiserKeyId: people.organiser.keyId };

describe('the memo of verified packages', () => {
  it('answers the same bytes, keys and pin from memory, and anything else in full', () => {
    const memo = createPackageMemo(1_000);
    const first = memo.open(bytes, me, pin, 0);
    expect(first.ok).toBe(true);
    // The very same outcome object: nothing was verified again.
    expect(memo.open(bytes, me, pin, 500)).toBe(first);
    expect(memo.open(new Uint8Array(bytes), me, pin, 900)).toBe(first);

    const changed = new Uint8Array(bytes);
    changed[changed.length - 5] = (changed[changed.length - 5] ?? 0) ^ 1;
    expect(memo.open(changed, me, pin, 950).ok).toBe(false);
    const other = { ...pin, organiserKeyId: createIdentity('X', '').keyId };
    expect(memo.open(bytes, me, other, 960)).toEqual({
      ok: false,
      reason: 'ORGANISER_KEY_CHANGED',
    });
    expect(memo.open(bytes, createIdentity('Mirja', ''), pin, 970)).toEqual({
      ok: false,
      reason: 'NOT_FOR_ME',
    });
  });

  it('forgets after the time limit, after clear(), and never keeps a refusal', () => {
    const memo = createPackageMemo(1_000);
    const first = memo.open(bytes, me, pin, 0);
    const later = memo.open(bytes, me, pin, 999);
    expect(later).toBe(first);
    // Each use extends the time; a pause longer than the limit verifies again.
    const afterPause = memo.open(bytes, me, pin, 2_100);
    expect(afterPause).not.toBe(first);
    expect(afterPause).toEqual(first);
    memo.clear();
    expect(memo.open(bytes, me, pin, 2_200)).not.toBe(afterPause);
    const refused = memo.open(bytes, me, { ...pin, organiserKeyId: me.keyId }, 2_300);
    expect(refused.ok).toBe(false);
    expect(memo.open(bytes, me, pin, 2_400).ok).toBe(true);
  });
});
