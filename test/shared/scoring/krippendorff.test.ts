import { describe, expect, it } from 'vitest';
import {
  alphaAllCriteria,
  alphaOverall,
  alphaPerCriterion,
  interpretAlpha,
  krippendorffAlpha,
  weightedTotals,
} from '../../../src-shared/scoring';
import { smallExample } from './fixtures';

const u = undefined;
/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the
 * 4 observers × 12 units example with missing values. Rows are observers.
 */
const observers = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, u, u, u], // A
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, u, 3], // B
  [u, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, u], // C
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, u], // D
];
/** units × coders, as the function takes it. */
const units = (observers[0] ?? []).map((_, i) => observers.map((row) => row[i]));

describe("Krippendorff's alpha", () => {
  it('reproduces the published interval alpha 0.849', () => {
    const r = krippendorffAlpha(units, 'interval');
    expect(r.alpha).toBeCloseTo(0.849, 3);
    // Unit 12 has one value and is dropped: 11 units, n = 40 values.
    expect(r.pairableUnits).toBe(11);
    expect(r.pairableValues).toBe(40);
  });

  it('reproduces the published nominal alpha 0.743', () => {
    expect(krippendorffAlpha(units, 'nominal').alpha).toBeCloseTo(0.743, 3);
  });

  it('is 1 for perfect agreement and undefined without variation or pairs', () => {
    expect(
      krippendorffAlpha([
        [1, 1, u],
        [3, 3, 3],
        [5, u, 5],
      ]).alpha,
    ).toBe(1);
    expect(
      krippendorffAlpha([
        [2, 2],
        [2, 2],
      ]).alpha,
    ).toBeNaN();
    expect(krippendorffAlpha([[1], [2, u]]).alpha).toBeNaN();
    expect(krippendorffAlpha([]).pairableValues).toBe(0);
  });

  it('does not depend on coder order', () => {
    const reversed = units.map((row) => [...row].reverse());
    expect(krippendorffAlpha(reversed).alpha).toBeCloseTo(krippendorffAlpha(units).alpha, 12);
  });

  it('goes negative for systematic disagreement', () => {
    expect(
      krippendorffAlpha([
        [1, 5],
        [5, 1],
      ]).alpha,
    ).toBeLessThan(0);
  });
});

describe('alpha on scoring input', () => {
  it('per criterion: units = applications, coders = jurors; cannot-assess and conflicts missing', () => {
    const input = smallExample();
    const a = alphaPerCriterion(input, 'A');
    // A: a1 [5,4,5], a2 [3,4,3], a3 [2,1,—(conflict)]
    expect(a.alpha).toBeCloseTo(
      krippendorffAlpha([
        [5, 4, 5],
        [3, 4, 3],
        [2, 1, u],
      ]).alpha,
      12,
    );
    expect(a.pairableValues).toBe(8);
    const b = alphaPerCriterion(input, 'B');
    // B: a1 [4,4,2], a2 [3,2,— (cannot assess)], a3 [5,1,— (conflict)]
    expect(b.pairableValues).toBe(7);
    expect([...alphaAllCriteria(input).keys()]).toEqual(['A', 'B']);
  });

  it('overall: on the weighted totals', () => {
    const input = smallExample();
    const totals = weightedTotals(input);
    const matrix = input.applications.map((app) =>
      input.jurors.map((j) => totals.get(app)?.get(j)),
    );
    const overall = alphaOverall(input);
    expect(overall.alpha).toBe(krippendorffAlpha(matrix).alpha);
    expect(overall.pairableValues).toBe(8);
  });
});

describe('interpretAlpha', () => {
  it('maps alpha to a code the UI can put into words', () => {
    expect(interpretAlpha(0.849)).toBe('good');
    expect(interpretAlpha(0.8)).toBe('good');
    expect(interpretAlpha(0.7999)).toBe('tentative');
    expect(interpretAlpha(0.667)).toBe('tentative');
    expect(interpretAlpha(0.5)).toBe('low');
    expect(interpretAlpha(-0.2)).toBe('low');
    expect(interpretAlpha(NaN)).toBe('undefined');
  });
});
