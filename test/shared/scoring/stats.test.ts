import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  mean,
  median,
  populationSd,
  range,
  sampleSd,
  summarise,
  trimCount,
  trimmedMean,
} from '../../../src-shared/scoring';

describe('basic statistics', () => {
  it('computes mean, median and range by hand', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5); // (2 + 3) / 2
    expect(range([4, 1, 3])).toBe(3);
    expect(range([7])).toBe(0);
  });

  it('returns undefined for empty input, and sd 0 below two values', () => {
    expect(mean([])).toBeUndefined();
    expect(median([])).toBeUndefined();
    expect(trimmedMean([])).toBeUndefined();
    expect(range([])).toBeUndefined();
    expect(sampleSd([])).toBe(0);
    expect(sampleSd([4])).toBe(0);
    expect(populationSd([])).toBe(0);
  });

  it('uses n − 1 for the sample sd and n for the population sd', () => {
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, Σ(x − 5)² = 9+1+1+1+0+0+4+16 = 32
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(populationSd(xs)).toBe(2); // sqrt(32 / 8)
    expect(sampleSd(xs)).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('trims the single highest and lowest value from 5 jurors on', () => {
    expect(trimCount(4)).toBe(0);
    expect(trimCount(5)).toBe(1);
    expect(trimCount(19)).toBe(1);
    expect(trimCount(20)).toBe(2);
    expect(trimmedMean([1, 5, 5, 5])).toBe(4); // n < 5: plain mean 16/4
    expect(trimmedMean([1, 4, 4, 5, 10])).toBe(13 / 3); // drop 1 and 10 → (4+4+5)/3
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    // Drops 1, 2 and 19, 20 → mean of 3..18 = 10.5
    expect(trimmedMean(twenty)).toBe(10.5);
  });

  it('summarise bundles every statistic', () => {
    expect(summarise([3, 1])).toEqual({
      n: 2,
      mean: 2,
      median: 2,
      trimmedMean: 2,
      sd: Math.SQRT2,
      range: 2,
    });
  });

  it('gives bit-identical results for any order of the values', () => {
    const values = fc.array(
      fc.integer({ min: -4000, max: 4000 }).map((x) => x / 7),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(
        values.chain((xs) =>
          fc.tuple(
            fc.constant(xs),
            fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }),
          ),
        ),
        ([xs, shuffled]) => {
          expect(summarise(shuffled)).toEqual(summarise(xs));
        },
      ),
    );
  });
});
