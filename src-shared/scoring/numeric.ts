/**
 * Number helpers that keep results deterministic.
 *
 * Floating-point sums depend on the order of their terms, and two values that
 * are equal on paper (e.g. 10/3 reached by two different routes) can differ in
 * the last bit. Rankings and tie reports must not depend on such noise, so
 * every comparison of computed values goes through {@link compareValues},
 * which compares values rounded to {@link TIE_RESOLUTION}.
 */

/** Computed values closer than this (after rounding to a grid of this step) count as equal. */
export const TIE_RESOLUTION = 1e-9;

/**
 * Round a value onto the tie grid: `Math.round(x / TIE_RESOLUTION)`.
 * Rounding (rather than an |a − b| < ε test) keeps "equal" transitive.
 */
export function tieKey(x: number): number {
  return Math.round(x / TIE_RESOLUTION);
}

/** True when two computed values are equal on the tie grid. */
export function sameValue(a: number, b: number): boolean {
  return tieKey(a) === tieKey(b);
}

/**
 * Order for "higher is better" lists: negative when `a` ranks before `b`.
 * `undefined` (no value) sorts after every number and equals itself.
 */
export function compareDesc(a: number | undefined, b: number | undefined): number {
  if (a === undefined) return b === undefined ? 0 : 1;
  if (b === undefined) return -1;
  const ka = tieKey(a);
  const kb = tieKey(b);
  return ka === kb ? 0 : kb - ka;
}

/** Plain string order by UTF-16 code units, independent of locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sum after sorting ascending, so the result does not depend on the order in
 * which jurors or ballots were listed.
 */
export function stableSum(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  for (const v of sorted) sum += v;
  return sum;
}
