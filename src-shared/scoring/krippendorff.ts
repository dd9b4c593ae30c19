import { strictAssert } from '../assert';
import { CANNOT_ASSESS, assertValidScoringInput, effectiveCell } from './model';
import type { ScoringInput } from './model';
import { stableSum } from './numeric';
import { weightedTotals } from './totals';

/** Difference function δ: interval δ(a,b) = (a − b)²; nominal δ(a,b) = [a ≠ b]. */
export type AlphaMetric = 'interval' | 'nominal';

/** Krippendorff's alpha with the quantities it was computed from. */
export interface AlphaResult {
  readonly metric: AlphaMetric;
  /** 1 − D_o / D_e; `NaN` when undefined (fewer than 2 pairable values, or D_e = 0). */
  readonly alpha: number;
  /** Units with at least two values (the others are dropped). */
  readonly pairableUnits: number;
  /** n: the number of values in pairable units. */
  readonly pairableValues: number;
  /** D_o: observed disagreement. */
  readonly observed: number;
  /** D_e: disagreement expected by chance. */
  readonly expected: number;
}

/**
 * Krippendorff's alpha for any number of coders with missing values.
 *
 * `matrix[u][c]` is coder c's value for unit u (`undefined` = missing). Units
 * with m_u < 2 values are dropped; n = Σ m_u over the rest. With δ the
 * metric's difference:
 *
 *   D_o = (1/n) · Σ_u [ Σ_{i≠j in u} δ(v_i, v_j) / (m_u − 1) ]
 *   D_e = 1/(n(n − 1)) · Σ_{i≠j over all n values} δ(v_i, v_j)
 *   α   = 1 − D_o / D_e
 *
 * (sums over ordered pairs). For the interval metric, Σ_{i≠j} (v_i − v_j)² =
 * 2m·Σ(v − v̄)², which keeps the cost linear in the number of values.
 * α is 1 for perfect agreement, about 0 for chance-level agreement, and can be
 * negative. It is `NaN` when n < 2 or every pairable value is the same (D_e = 0).
 */
export function krippendorffAlpha(
  matrix: readonly (readonly (number | undefined)[])[],
  metric: AlphaMetric = 'interval',
): AlphaResult {
  const units: number[][] = [];
  for (const row of matrix) {
    const values = row.filter((v): v is number => v !== undefined);
    for (const v of values) strictAssert(Number.isFinite(v), 'alpha values must be finite');
    if (values.length >= 2) units.push(values);
  }
  const all = units.flat();
  const n = all.length;
  const pairDisagreement = metric === 'interval' ? intervalPairs : nominalPairs;
  const observedSum = stableSum(units.map((u) => pairDisagreement(u) / (u.length - 1)));
  const observed = n > 0 ? observedSum / n : NaN;
  const expected = n > 1 ? pairDisagreement(all) / (n * (n - 1)) : NaN;
  const alpha = expected > 0 ? 1 - observed / expected : NaN;
  return {
    metric,
    alpha,
    pairableUnits: units.length,
    pairableValues: n,
    observed,
    expected,
  };
}

/** Σ over ordered pairs i ≠ j of (v_i − v_j)² = 2m·Σ(v − v̄)². */
function intervalPairs(values: readonly number[]): number {
  const m = values.length;
  if (m < 2) return 0;
  const mean = stableSum(values) / m;
  return 2 * m * stableSum(values.map((v) => (v - mean) * (v - mean)));
}

/** Σ over ordered pairs i ≠ j of [v_i ≠ v_j] = m² − Σ_c count_c². */
function nominalPairs(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let same = 0;
  for (const c of counts.values()) same += c * c;
  return values.length * values.length - same;
}

/**
 * Alpha for one criterion: units = applications, coders = jurors, values =
 * the integer scores. "Cannot assess", missing and conflicted cells are
 * missing values. Interval metric unless told otherwise.
 */
export function alphaPerCriterion(
  input: ScoringInput,
  criterion: string,
  metric: AlphaMetric = 'interval',
): AlphaResult {
  assertValidScoringInput(input);
  const matrix = input.applications.map((application) =>
    input.jurors.map((juror) => {
      const cell = effectiveCell(input, juror, application, criterion);
      return cell === CANNOT_ASSESS ? undefined : cell;
    }),
  );
  return krippendorffAlpha(matrix, metric);
}

/** {@link alphaPerCriterion} for every criterion, in criteria order. */
export function alphaAllCriteria(input: ScoringInput): ReadonlyMap<string, AlphaResult> {
  return new Map(input.criteria.map((c) => [c.key, alphaPerCriterion(input, c.key)] as const));
}

/**
 * Overall alpha (interval) on the weighted totals: units = applications,
 * coders = jurors, value = the juror's weighted total where one exists.
 */
export function alphaOverall(input: ScoringInput): AlphaResult {
  assertValidScoringInput(input);
  const totals = weightedTotals(input);
  const matrix = input.applications.map((application) =>
    input.jurors.map((juror) => totals.get(application)?.get(juror)),
  );
  return krippendorffAlpha(matrix, 'interval');
}

/** Plain-language level for an alpha value; the UI maps the code to words. */
export type AlphaLevel = 'good' | 'tentative' | 'low' | 'undefined';

/**
 * Krippendorff's conventional reading: α ≥ 0.800 → `good` (reliable),
 * 0.667 ≤ α < 0.800 → `tentative` (tentative conclusions only), below →
 * `low`; `NaN` (no pairable values or no variation) → `undefined`.
 */
export function interpretAlpha(alpha: number): AlphaLevel {
  if (Number.isNaN(alpha)) return 'undefined';
  if (alpha >= 0.8) return 'good';
  if (alpha >= 0.667) return 'tentative';
  return 'low';
}
