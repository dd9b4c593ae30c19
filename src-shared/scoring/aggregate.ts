import { CANNOT_ASSESS, assertValidScoringInput, effectiveCell, isConflicted } from './model';
import type { ScoringInput } from './model';
import { summarise } from './stats';
import type { SummaryStats } from './stats';
import { isDisagreement, jurorTotal, totalScaleSpan } from './totals';

/** Statistics plus the disagreement flag for one set of values. */
export interface FlaggedStats extends SummaryStats {
  /** `n ≥ 2` and `range ≥ span / 2` (see `isDisagreement`). */
  readonly disagreement: boolean;
}

/** One criterion's scores for one application. */
export interface CriterionAggregate extends FlaggedStats {
  readonly criterion: string;
  /** Non-conflicted jurors who chose "cannot assess" for this criterion. */
  readonly cannotAssess: number;
  /** Non-conflicted listed jurors who left this criterion empty. */
  readonly missing: number;
}

/** Everything the chair's table shows for one application. */
export interface ApplicationAggregate {
  readonly application: string;
  /**
   * Statistics over the jurors' weighted totals that exist; `totals.n` is the
   * number of jurors with a total. Using the mean over existing totals (not a
   * sum) means an application is not penalised for a juror's recusal.
   */
  readonly totals: FlaggedStats;
  /** juror → weighted total, for jurors that have one, in juror order. */
  readonly jurorTotals: ReadonlyMap<string, number>;
  /** Listed jurors declared conflicted on this application. */
  readonly conflicts: number;
  /** "Cannot assess" cells from non-conflicted jurors, over all criteria. */
  readonly cannotAssess: number;
  /**
   * Empty cells from non-conflicted jurors, over all criteria. Includes
   * jurors who were never assigned the application.
   */
  readonly missing: number;
  /** criterion key → aggregate, in criteria order. */
  readonly criteria: ReadonlyMap<string, CriterionAggregate>;
}

/**
 * Aggregate every application, in the input's application order.
 * Validates the input first (throws `InvariantError` when it is invalid).
 *
 * - totals: mean, median, trimmed mean, sample sd, range over `T_j` (see
 *   `jurorTotal`), disagreement judged on `totalScaleSpan(criteria)`;
 * - per criterion: the same statistics over the integer scores, disagreement
 *   judged on that criterion's own `max − min`.
 */
export function aggregateApplications(
  input: ScoringInput,
): ReadonlyMap<string, ApplicationAggregate> {
  assertValidScoringInput(input);
  return aggregateUnchecked(input);
}

/** {@link aggregateApplications} without validation, for callers that already validated. */
export function aggregateUnchecked(input: ScoringInput): ReadonlyMap<string, ApplicationAggregate> {
  const span = totalScaleSpan(input.criteria);
  const out = new Map<string, ApplicationAggregate>();
  for (const application of input.applications) {
    const jurorTotals = new Map<string, number>();
    let conflicts = 0;
    let cannotAssess = 0;
    let missing = 0;
    for (const juror of input.jurors) {
      if (isConflicted(input, juror, application)) {
        conflicts += 1;
        continue;
      }
      const t = jurorTotal(input, juror, application);
      if (t !== undefined) jurorTotals.set(juror, t.total);
      // Count cells directly: a juror without a total still has cells to report.
      for (const c of input.criteria) {
        const cell = effectiveCell(input, juror, application, c.key);
        if (cell === undefined) missing += 1;
        else if (cell === CANNOT_ASSESS) cannotAssess += 1;
      }
    }
    const totals = summarise([...jurorTotals.values()]);
    out.set(application, {
      application,
      totals: { ...totals, disagreement: isDisagreement(totals.n, totals.range, span) },
      jurorTotals,
      conflicts,
      cannotAssess,
      missing,
      criteria: criterionAggregates(input, application),
    });
  }
  return out;
}

function criterionAggregates(
  input: ScoringInput,
  application: string,
): ReadonlyMap<string, CriterionAggregate> {
  const out = new Map<string, CriterionAggregate>();
  for (const c of input.criteria) {
    const values: number[] = [];
    let cannotAssess = 0;
    let missing = 0;
    for (const juror of input.jurors) {
      if (isConflicted(input, juror, application)) continue;
      const cell = effectiveCell(input, juror, application, c.key);
      if (cell === undefined) missing += 1;
      else if (cell === CANNOT_ASSESS) cannotAssess += 1;
      else values.push(cell);
    }
    const stats = summarise(values);
    out.set(c.key, {
      criterion: c.key,
      ...stats,
      disagreement: isDisagreement(stats.n, stats.range, c.max - c.min),
      cannotAssess,
      missing,
    });
  }
  return out;
}
