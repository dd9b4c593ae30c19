import { CANNOT_ASSESS, effectiveCell } from './model';
import type { CriterionSpec, ScoringInput } from './model';
import { tieKey } from './numeric';

/** One juror's weighted total for one application, with what went into it. */
export interface JurorTotal {
  /** `Σ w_c·s_c / Σ w_c` over the criteria this juror scored with `w_c > 0`. */
  readonly total: number;
  /** Criteria with a numeric score (any weight). */
  readonly scored: number;
  /** Criteria marked "cannot assess". */
  readonly cannotAssess: number;
  /** Criteria left empty. */
  readonly missing: number;
}

/**
 * Weighted total of one juror for one application:
 * `T = Σ_c w_c·s_c / Σ_c w_c`, where `c` runs over the criteria the juror gave
 * a numeric score. "Cannot assess" and missing cells are left out of both
 * sums, so the total stays on the scale instead of being dragged to zero.
 *
 * Returns `undefined` when the juror is conflicted on the application, or when
 * no criterion with a positive weight was scored (`Σ w_c = 0`): a total built
 * only from zero-weight criteria would be 0/0.
 */
export function jurorTotal(
  input: ScoringInput,
  juror: string,
  application: string,
): JurorTotal | undefined {
  let weighted = 0;
  let weights = 0;
  let scored = 0;
  let cannotAssess = 0;
  let missing = 0;
  for (const c of input.criteria) {
    const cell = effectiveCell(input, juror, application, c.key);
    if (cell === undefined) missing += 1;
    else if (cell === CANNOT_ASSESS) cannotAssess += 1;
    else {
      scored += 1;
      // Criteria order is fixed by the input, so this sum is deterministic.
      weighted += c.weight * cell;
      weights += c.weight;
    }
  }
  if (weights <= 0) return undefined;
  return { total: weighted / weights, scored, cannotAssess, missing };
}

/**
 * Every existing weighted total: application → juror → `T`, in the input's
 * application and juror order. Conflicted pairs and pairs without a total
 * are absent.
 */
export function weightedTotals(
  input: ScoringInput,
): ReadonlyMap<string, ReadonlyMap<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const application of input.applications) {
    const byJuror = new Map<string, number>();
    for (const juror of input.jurors) {
      const t = jurorTotal(input, juror, application);
      if (t !== undefined) byJuror.set(juror, t.total);
    }
    out.set(application, byJuror);
  }
  return out;
}

/**
 * The span used to judge disagreement on weighted totals:
 * `Σ w_c·(max_c − min_c) / Σ w_c` over criteria with `w_c > 0` — simply
 * `max − min` when all criteria share a scale. `undefined` when no criterion
 * has a positive weight.
 */
export function totalScaleSpan(criteria: readonly CriterionSpec[]): number | undefined {
  let weighted = 0;
  let weights = 0;
  for (const c of criteria) {
    if (c.weight > 0) {
      weighted += c.weight * (c.max - c.min);
      weights += c.weight;
    }
  }
  return weights > 0 ? weighted / weights : undefined;
}

/**
 * Disagreement flag: `n ≥ 2` and `range ≥ span / 2`, i.e. at least
 * `2 × span / 4`. On a 1–5 scale (span 4) that is a range of 2 or more; the
 * same fraction of the scale is used for any other scale. The comparison is
 * made on the tie grid so that 1.9999999999 counts as 2.
 */
export function isDisagreement(
  n: number,
  valueRange: number | undefined,
  span: number | undefined,
): boolean {
  if (n < 2 || valueRange === undefined || span === undefined) return false;
  return tieKey(valueRange) >= tieKey(span / 2);
}
