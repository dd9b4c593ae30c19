import { describe, expect, it } from 'vitest';
import {
  CANNOT_ASSESS,
  aggregateApplications,
  conflictSetFrom,
  isDisagreement,
  jurorTotal,
  scoreTableFrom,
  totalScaleSpan,
  validateScoringInput,
  weightedTotals,
} from '../../../src-shared/scoring';
import type { ScoringInput } from '../../../src-shared/scoring';
import { InvariantError } from '../../../src-shared/assert';
import { smallExample } from './fixtures';

const close = (actual: number | undefined, expected: number): void => {
  expect(actual).toBeDefined();
  expect(actual ?? NaN).toBeCloseTo(expected, 12);
};

describe('weighted totals on the small example', () => {
  const input = smallExample();

  it('computes Σ w·s / Σ w per juror and application', () => {
    const totals = weightedTotals(input);
    close(totals.get('a1')?.get('j1'), 14 / 3); // (2·5 + 4) / 3
    close(totals.get('a1')?.get('j2'), 4); // (2·4 + 4) / 3
    close(totals.get('a1')?.get('j3'), 4); // (2·5 + 2) / 3
    close(totals.get('a2')?.get('j2'), 10 / 3); // (2·4 + 2) / 3
    close(totals.get('a3')?.get('j2'), 1); // (2·1 + 1) / 3
  });

  it('leaves cannot-assess out of both sums', () => {
    // j3 on a2: only A = 3 scored → 2·3 / 2 = 3 (not (6 + 0) / 3 = 2)
    expect(jurorTotal(input, 'j3', 'a2')).toEqual({
      total: 3,
      scored: 1,
      cannotAssess: 1,
      missing: 0,
    });
  });

  it('ignores a conflicted juror entirely, even with scores present', () => {
    expect(jurorTotal(input, 'j3', 'a3')).toBeUndefined();
    expect(weightedTotals(input).get('a3')?.has('j3')).toBe(false);
  });

  it('has no total when only zero-weight criteria were scored', () => {
    const zero: ScoringInput = {
      criteria: [
        { key: 'A', weight: 1, min: 1, max: 5 },
        { key: 'Z', weight: 0, min: 1, max: 5 },
      ],
      jurors: ['j'],
      applications: ['a'],
      scores: scoreTableFrom([['j', 'a', 'Z', 4]]),
      conflicts: new Map(),
    };
    expect(jurorTotal(zero, 'j', 'a')).toBeUndefined();
  });
});

describe('application aggregates on the small example', () => {
  const aggs = aggregateApplications(smallExample());
  const a1 = aggs.get('a1');
  const a2 = aggs.get('a2');
  const a3 = aggs.get('a3');

  it('keeps the application order', () => {
    expect([...aggs.keys()]).toEqual(['a1', 'a2', 'a3']);
  });

  it('a1: totals 14/3, 4, 4', () => {
    expect(a1?.totals.n).toBe(3);
    close(a1?.totals.mean, 38 / 9); // (14/3 + 4 + 4) / 3 = (38/3) / 3
    close(a1?.totals.median, 4);
    close(a1?.totals.trimmedMean, 38 / 9); // n = 3 < 5: plain mean
    // deviations 4/9, −2/9, −2/9 → Σ² = 24/81; / (n − 1) = 12/81 → sd = √12 / 9
    close(a1?.totals.sd, Math.sqrt(12) / 9);
    close(a1?.totals.range, 2 / 3); // 14/3 − 4
    expect(a1?.totals.disagreement).toBe(false); // 2/3 < 4/2
    expect([a1?.conflicts, a1?.cannotAssess, a1?.missing]).toEqual([0, 0, 0]);
  });

  it('a2: totals 3, 10/3, 3 with one cannot-assess', () => {
    expect(a2?.totals.n).toBe(3);
    close(a2?.totals.mean, 28 / 9); // (3 + 10/3 + 3) / 3
    close(a2?.totals.median, 3);
    // deviations −1/9, 2/9, −1/9 → Σ² = 6/81; / 2 = 1/27
    close(a2?.totals.sd, Math.sqrt(1 / 27));
    close(a2?.totals.range, 1 / 3);
    expect(a2?.cannotAssess).toBe(1);
    expect(a2?.conflicts).toBe(0);
  });

  it('a3: j3 conflicted, totals 3 and 1, disagreement flagged', () => {
    expect(a3?.totals.n).toBe(2);
    expect(a3?.conflicts).toBe(1);
    expect(a3?.missing).toBe(0); // conflicted cells are not "missing"
    close(a3?.totals.mean, 2); // (3 + 1) / 2, a mean over 2 jurors, not a sum over 3
    close(a3?.totals.median, 2);
    close(a3?.totals.sd, Math.SQRT2); // deviations ±1 → 2 / (2 − 1)
    close(a3?.totals.range, 2);
    expect(a3?.totals.disagreement).toBe(true); // 2 ≥ 4/2
    expect([...(a3?.jurorTotals.keys() ?? [])]).toEqual(['j1', 'j2']);
  });

  it('per criterion aggregates', () => {
    const a1A = a1?.criteria.get('A'); // [5, 4, 5]
    close(a1A?.mean, 14 / 3);
    close(a1A?.median, 5);
    close(a1A?.sd, Math.sqrt(1 / 3)); // deviations 1/3, −2/3, 1/3 → Σ² = 6/9; / 2
    close(a1A?.range, 1);
    expect(a1A?.disagreement).toBe(false);
    const a1B = a1?.criteria.get('B'); // [4, 4, 2]
    close(a1B?.mean, 10 / 3);
    close(a1B?.median, 4);
    close(a1B?.sd, Math.sqrt(4 / 3)); // deviations 2/3, 2/3, −4/3 → Σ² = 24/9; / 2
    expect(a1B?.disagreement).toBe(true); // range 2
    const a2B = a2?.criteria.get('B'); // [3, 2], j3 cannot assess
    expect(a2B?.n).toBe(2);
    expect(a2B?.cannotAssess).toBe(1);
    close(a2B?.mean, 2.5);
    close(a2B?.sd, Math.sqrt(0.5));
    const a3B = a3?.criteria.get('B'); // [5, 1], j3 conflicted
    expect(a3B?.n).toBe(2);
    close(a3B?.mean, 3);
    close(a3B?.range, 4);
    close(a3B?.sd, Math.sqrt(8));
    expect(a3B?.disagreement).toBe(true);
  });
});

describe('missing cells and disagreement on other scales', () => {
  it('counts empty cells of non-conflicted jurors as missing', () => {
    const input: ScoringInput = {
      ...smallExample(),
      jurors: ['j1', 'j2', 'j3', 'j4'], // j4 scored nothing
    };
    const a1 = aggregateApplications(input).get('a1');
    expect(a1?.missing).toBe(2); // j4 × {A, B}
    expect(a1?.totals.n).toBe(3);
    expect(a1?.criteria.get('A')?.missing).toBe(1);
  });

  it('generalises the 1–5 rule to range ≥ span / 2', () => {
    expect(isDisagreement(2, 2, 4)).toBe(true); // 1–5
    expect(isDisagreement(2, 1.999, 4)).toBe(false);
    expect(isDisagreement(2, 5, 10)).toBe(true); // 0–10
    expect(isDisagreement(2, 4.5, 10)).toBe(false);
    expect(isDisagreement(1, 9, 10)).toBe(false); // one value cannot disagree
    expect(isDisagreement(2, 2 - 1e-12, 4)).toBe(true); // float noise counts as equal
  });

  it('weights the span of mixed scales', () => {
    // (1·(5−1) + 3·(10−0)) / 4 = 34/4
    expect(
      totalScaleSpan([
        { key: 'A', weight: 1, min: 1, max: 5 },
        { key: 'B', weight: 3, min: 0, max: 10 },
        { key: 'C', weight: 0, min: 0, max: 100 },
      ]),
    ).toBe(8.5);
  });
});

describe('input validation', () => {
  it('reports bad scores, scales and duplicate ids', () => {
    const input: ScoringInput = {
      criteria: [
        { key: 'A', weight: 1, min: 1, max: 5 },
        { key: 'A', weight: -1, min: 5, max: 5 },
      ],
      jurors: ['j', 'j'],
      applications: ['a'],
      scores: scoreTableFrom([['j', 'a', 'A', 2.5]]),
      conflicts: conflictSetFrom([]),
    };
    const codes = validateScoringInput(input).map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'duplicate-juror',
        'duplicate-criterion',
        'bad-weight',
        'bad-scale',
        'score-not-integer',
      ]),
    );
    expect(() => aggregateApplications(input)).toThrow(InvariantError);
  });

  it('reports out-of-range scores and accepts cannot-assess', () => {
    const input: ScoringInput = {
      ...smallExample(),
      scores: scoreTableFrom([
        ['j1', 'a1', 'A', 6],
        ['j1', 'a1', 'B', CANNOT_ASSESS],
      ]),
    };
    expect(validateScoringInput(input)).toEqual([
      { code: 'score-out-of-range', juror: 'j1', application: 'a1', criterion: 'A' },
    ]);
    expect(validateScoringInput(smallExample())).toEqual([]);
  });
});
