import { stableSum } from './numeric';

/**
 * Descriptive statistics over a list of values (jurors' weighted totals, or
 * one criterion's scores). Every function is order-independent: inputs are
 * sorted before summing, so listing jurors differently gives identical bits.
 */

/** Arithmetic mean `Σx / n`; `undefined` for an empty list. */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return stableSum(values) / values.length;
}

/**
 * Median: the middle value of the sorted list, or the mean of the two middle
 * values when `n` is even; `undefined` for an empty list.
 */
export function median(values: readonly number[]): number | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const hi = sorted[Math.floor(n / 2)];
  const lo = sorted[Math.floor((n - 1) / 2)];
  if (hi === undefined || lo === undefined) return undefined;
  return (lo + hi) / 2;
}

/**
 * How many values {@link trimmedMean} drops from EACH end of a list of `n`:
 * `k = 0` when `n < 5`, otherwise `k = max(1, floor(n / 10))`.
 *
 * A plain 10 % trim removes nothing for juries of 5–9 people, which is the
 * usual size here; so from 5 jurors on at least the single highest and lowest
 * value go. Below 5 a trim would throw away too much of the evidence.
 */
export function trimCount(n: number): number {
  return n < 5 ? 0 : Math.max(1, Math.floor(n / 10));
}

/**
 * Trimmed mean: sort, drop `k = trimCount(n)` values from each end, and take
 * the mean of the remaining `n − 2k`; equals {@link mean} when `n < 5`.
 */
export function trimmedMean(values: readonly number[]): number | undefined {
  const k = trimCount(values.length);
  if (k === 0) return mean(values);
  const sorted = [...values].sort((a, b) => a - b);
  return mean(sorted.slice(k, sorted.length - k));
}

/**
 * Sample standard deviation `sqrt(Σ(x − x̄)² / (n − 1))`.
 * Returns 0 when `n < 2`: a single opinion shows no measurable disagreement
 * (the caller reports `n` next to it, so the 0 is never mistaken for consensus).
 */
export function sampleSd(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return 0;
  return Math.sqrt(sumOfSquares(values) / (n - 1));
}

/**
 * Population standard deviation `sqrt(Σ(x − x̄)² / n)`; 0 for an empty list.
 * Used for per-juror normalisation, where the juror's totals are the whole
 * population being rescaled rather than a sample of something larger.
 */
export function populationSd(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return 0;
  return Math.sqrt(sumOfSquares(values) / n);
}

/** Range `max − min`; `undefined` for an empty list, 0 for one value. */
export function range(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return hi - lo;
}

/** Σ(x − x̄)², two-pass for numerical stability. */
function sumOfSquares(values: readonly number[]): number {
  const m = mean(values);
  if (m === undefined) return 0;
  return stableSum(values.map((v) => (v - m) * (v - m)));
}

/** The statistics every aggregate reports, over the values that exist. */
export interface SummaryStats {
  /** How many values the statistics are based on. */
  readonly n: number;
  readonly mean: number | undefined;
  readonly median: number | undefined;
  readonly trimmedMean: number | undefined;
  /** Sample standard deviation (n − 1); 0 when n < 2. */
  readonly sd: number;
  readonly range: number | undefined;
}

/** All of {@link SummaryStats} at once. */
export function summarise(values: readonly number[]): SummaryStats {
  return {
    n: values.length,
    mean: mean(values),
    median: median(values),
    trimmedMean: trimmedMean(values),
    sd: sampleSd(values),
    range: range(values),
  };
}
