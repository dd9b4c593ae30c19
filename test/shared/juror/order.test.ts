import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jurorOrder } from '../../../src-shared/juror';

const ids = Array.from({ length: 9 }, (_, i) => ({ id: `app-0${i + 1}` }));
const names = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('per-juror reading order', () => {
  it('is the same on every call, whatever order the applications come in', () => {
    const first = names(jurorOrder(ids, 'juror-2', 'ehk-2026'));
    fc.assert(
      fc.property(fc.shuffledSubarray(ids, { minLength: ids.length }), (shuffled) => {
        expect(names(jurorOrder(shuffled, 'juror-2', 'ehk-2026'))).toEqual(first);
      }),
    );
  });

  it('is a permutation, different for other jurors and other rounds', () => {
    const mine = names(jurorOrder(ids, 'juror-2', 'ehk-2026'));
    expect([...mine].sort()).toEqual(names(ids));
    expect(mine).not.toEqual(names(ids));
    const others = ['juror-1', 'juror-3', 'juror-4', 'juror-5', 'juror-6'].map((j) =>
      names(jurorOrder(ids, j, 'ehk-2026')).join(),
    );
    expect(new Set([mine.join(), ...others]).size).toBe(6);
    expect(names(jurorOrder(ids, 'juror-2', 'ehk-2027'))).not.toEqual(mine);
  });

  it('keeps the relative order of the applications a later package still has', () => {
    const mine = names(jurorOrder(ids, 'juror-2', 'ehk-2026'));
    fc.assert(
      fc.property(fc.subarray(ids), (subset) => {
        const keep = new Set(names(subset));
        expect(names(jurorOrder(subset, 'juror-2', 'ehk-2026'))).toEqual(
          mine.filter((id) => keep.has(id)),
        );
      }),
    );
  });

  it('does not favour any position: every application leads for some juror', () => {
    const leaders = new Set(
      Array.from({ length: 200 }, (_, j) => jurorOrder(ids, `juror-${j}`, 'ehk-2026')[0]?.id),
    );
    expect(leaders.size).toBe(9);
  });
});
