import { describe, expect, it } from 'vitest';
import { aggregateApplications, zNormalise } from '../../../src-shared/scoring';
import { singleCriterion, smallExample } from './fixtures';

describe('per-juror z-normalisation on the small example', () => {
  const view = zNormalise(smallExample());

  it('computes μ and the population σ per juror', () => {
    // j1 totals 14/3, 3, 3: μ = 32/9; deviations 10/9, −5/9, −5/9 → Σ² = 150/81; /3 → σ = √50 / 9
    const j1 = view.jurors.get('j1');
    expect(j1?.n).toBe(3);
    expect(j1?.mean).toBeCloseTo(32 / 9, 12);
    expect(j1?.sd).toBeCloseTo(Math.sqrt(50) / 9, 12);
    // j2 totals 4, 10/3, 1: μ = 25/9; deviations 11/9, 5/9, −16/9 → Σ² = 402/81; /3 → σ = √134 / 9
    expect(view.jurors.get('j2')?.sd).toBeCloseTo(Math.sqrt(134) / 9, 12);
    // j3 totals 4, 3 (conflicted on a3): μ = 3.5, σ = 0.5
    expect(view.jurors.get('j3')?.mean).toBe(3.5);
    expect(view.jurors.get('j3')?.sd).toBe(0.5);
    expect(view.fallbackJurors).toEqual([]);
  });

  it('computes z = (T − μ) / σ and the mean z per application', () => {
    const z = (a: string, j: string): number => view.values.get(a)?.get(j)?.value ?? NaN;
    expect(z('a1', 'j1')).toBeCloseTo(Math.SQRT2, 12); // (10/9) / (√50/9) = 10/√50
    expect(z('a2', 'j1')).toBeCloseTo(-5 / Math.sqrt(50), 12);
    expect(z('a3', 'j2')).toBeCloseTo(-16 / Math.sqrt(134), 12);
    expect(z('a1', 'j3')).toBe(1); // (4 − 3.5) / 0.5
    expect(view.values.get('a3')?.has('j3')).toBe(false);
    // a1: (√2 + 11/√134 + 1) / 3; a3: (−5/√50 − 16/√134) / 2
    expect(view.applications.get('a1')?.meanZ).toBeCloseTo(
      (Math.SQRT2 + 11 / Math.sqrt(134) + 1) / 3,
      12,
    );
    expect(view.applications.get('a3')?.meanZ).toBeCloseTo(
      (-5 / Math.sqrt(50) - 16 / Math.sqrt(134)) / 2,
      12,
    );
    expect(view.applications.get('a3')?.n).toBe(2);
    expect(view.ranking.entries.map((e) => e.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('does not change the default aggregate', () => {
    const before = aggregateApplications(smallExample()).get('a1')?.totals.mean;
    zNormalise(smallExample());
    expect(aggregateApplications(smallExample()).get('a1')?.totals.mean).toBe(before);
    expect(before).toBeCloseTo(38 / 9, 12);
  });
});

describe('fallback when σ = 0 or too few totals', () => {
  it('keeps raw totals for a juror with equal totals, and says so', () => {
    // flat gives 3 everywhere (σ = 0); varied gives 5 and 1 (μ 3, σ 2 → z = ±1).
    const view = zNormalise(singleCriterion({ flat: { p: 3, q: 3 }, varied: { p: 5, q: 1 } }));
    expect(view.fallbackJurors).toEqual(['flat']);
    expect(view.jurors.get('flat')?.fallback).toBe('zero-spread');
    expect(view.values.get('p')?.get('flat')).toEqual({ value: 3, raw: 3, normalised: false });
    expect(view.values.get('p')?.get('varied')).toEqual({ value: 1, raw: 5, normalised: true });
    expect(view.applications.get('p')).toEqual({ application: 'p', n: 2, meanZ: 2, rawValues: 1 });
    expect(view.applications.get('q')?.meanZ).toBe(1); // (3 + (−1)) / 2
  });

  it('keeps raw totals for a juror with a single total', () => {
    const view = zNormalise(singleCriterion({ once: { p: 4 }, twice: { p: 2, q: 4 } }));
    expect(view.fallbackJurors).toEqual(['once']);
    expect(view.jurors.get('once')?.fallback).toBe('fewer-than-two-totals');
    expect(view.values.get('p')?.get('once')?.value).toBe(4);
  });

  it('does not list a juror without totals as a fallback', () => {
    const input = { ...singleCriterion({ a: { p: 2, q: 4 } }), jurors: ['a', 'idle'] };
    const view = zNormalise(input);
    expect(view.fallbackJurors).toEqual([]);
    expect(view.jurors.get('idle')).toEqual({
      juror: 'idle',
      n: 0,
      mean: undefined,
      sd: 0,
      fallback: 'fewer-than-two-totals',
    });
  });
});
