import { CANNOT_ASSESS, effectiveCell, isConflicted } from '../scoring/model';
import type { ScoringInput } from '../scoring/model';
import { compareDesc, compareIds, sameValue } from '../scoring/numeric';
import type { Ranking, TieBreakStep, TiePolicy } from '../scoring/ranking';
import type { ApplicationStability, StabilityResult, StabilityRun } from '../scoring/stability';
import { trimCount } from '../scoring/stats';
import { jurorTotal } from '../scoring/totals';
import type { TieBreakValues } from './tie-breaks';
import type { TieKey } from './tie-policy';

/*
 * Leave-one-juror-out stability, computed without re-aggregating the whole
 * round once per juror. `leaveOneJurorOut` (src-shared/scoring) recomputes
 * every statistic for every run, which costs minutes for 40 jurors × 1,000
 * applications. Ranking needs only the mean, median and trimmed mean of the
 * totals and each criterion's mean, and removing a juror removes exactly one
 * value from each list. So each list is sorted once and the statistics are
 * re-read from it without the removed juror's value, summed in the same
 * ascending order as `stableSum`, which gives bit-identical values. The
 * ranking below mirrors `rankApplications` step for step; a property test
 * checks the result equals `leaveOneJurorOut` exactly.
 *
 * The chair-only tie-breaks (tie-breaks.ts) are means of per-juror values
 * too, so they are read the same way: as extra "criteria" after the real
 * ones, each run leaving out the removed juror's value.
 */

/**
 * One application's values in ascending order with the juror each came
 * from. `skip` is the position of the removed juror's value (−1: none);
 * reading through `at` sees the list without it, with no copying.
 */
interface SortedList {
  readonly values: Float64Array;
  readonly jurors: readonly number[];
}

function sortedList(pairs: readonly (readonly [number, number])[]): SortedList {
  const sorted = [...pairs].sort((a, b) => a[1] - b[1]);
  return { values: Float64Array.from(sorted, (p) => p[1]), jurors: sorted.map((p) => p[0]) };
}

/** Σ of positions from..to−1 of the list without `skip`, in ascending order, then / count. */
function meanWithout(list: SortedList, skip: number, from: number, to: number): number | undefined {
  if (to <= from) return undefined;
  let sum = 0;
  for (let i = from; i < to; i += 1) sum += list.values[i >= skip && skip >= 0 ? i + 1 : i] ?? 0;
  return sum / (to - from);
}

interface RunStats {
  readonly mean: number | undefined;
  readonly median: number | undefined;
  readonly trimmedMean: number | undefined;
}

/** mean, median and trimmed mean of the list without `skip` (as `summarise` computes them). */
function statsWithout(list: SortedList, skip: number): RunStats {
  const n = list.values.length - (skip >= 0 ? 1 : 0);
  if (n === 0) return { mean: undefined, median: undefined, trimmedMean: undefined };
  const at = (i: number): number => list.values[i >= skip && skip >= 0 ? i + 1 : i] ?? 0;
  const k = trimCount(n);
  return {
    mean: meanWithout(list, skip, 0, n),
    median: (at(Math.floor((n - 1) / 2)) + at(Math.floor(n / 2))) / 2,
    trimmedMean: meanWithout(list, skip, k, n - k),
  };
}

interface Row {
  readonly application: string;
  readonly totals: RunStats;
  /** Criterion means, by criterion index. */
  readonly criteria: readonly (number | undefined)[];
}

function compareStep(
  step: TieBreakStep,
  a: Row,
  b: Row,
  criterionIndex: ReadonlyMap<string, number>,
): number {
  switch (step.by) {
    case 'mean':
    case 'median':
    case 'trimmedMean':
      return compareDesc(a.totals[step.by], b.totals[step.by]);
    case 'criterion-mean': {
      const i = criterionIndex.get(step.criterion) ?? -1;
      return compareDesc(a.criteria[i], b.criteria[i]);
    }
    case 'application-id':
      return compareIds(a.application, b.application);
  }
}

/** Competition ranks by the mean, exactly as `rankApplications` with `by: 'mean'` assigns them. */
function ranksOf(
  rows: readonly Row[],
  policy: TiePolicy,
  criterionIndex: ReadonlyMap<string, number>,
): Map<string, number> {
  const steps = policy.kind === 'chain' ? policy.steps : [];
  const step = (s: TieBreakStep, a: Row, b: Row): number => compareStep(s, a, b, criterionIndex);
  const ranked = rows.filter((r) => r.totals.mean !== undefined);
  const firstDifference = (a: Row, b: Row): number => steps.findIndex((s) => step(s, a, b) !== 0);
  ranked.sort((a, b) => {
    const primary = compareDesc(a.totals.mean, b.totals.mean);
    if (primary !== 0) return primary;
    const decisive = steps[firstDifference(a, b)];
    return decisive !== undefined ? step(decisive, a, b) : compareIds(a.application, b.application);
  });
  const ranks = new Map<string, number>();
  let previous: { row: Row; rank: number } | undefined;
  ranked.forEach((row, index) => {
    let rank = index + 1;
    if (
      previous !== undefined &&
      sameValue(previous.row.totals.mean ?? 0, row.totals.mean ?? 0) &&
      steps[firstDifference(previous.row, row)] === undefined
    ) {
      rank = previous.rank;
    }
    ranks.set(row.application, rank);
    previous = { row, rank };
  });
  return ranks;
}

export interface LeaveOneOutOptions {
  readonly finalists: number;
  readonly tiePolicy: TiePolicy;
  /** Values of the chair-only tie-breaks the policy names (tie-breaks.ts). */
  readonly tieBreaks?: TieBreakValues;
}

/**
 * The same result as `leaveOneJurorOut(input, { finalists, ranking: { tiePolicy } })`
 * for the default ranking statistic (the mean), given that call's baseline.
 * With chair-only tie-breaks, each run ranks as the chair's table would
 * rank the round without that juror.
 */
export function leaveOneOut(
  input: ScoringInput,
  baseline: Ranking,
  options: LeaveOneOutOptions,
): StabilityResult {
  const tieKeys: TieKey[] = [];
  for (const own of options.tieBreaks?.values() ?? []) {
    for (const key of own.keys()) if (!tieKeys.includes(key)) tieKeys.push(key);
  }
  const criterionIndex = new Map<string, number>(
    [...input.criteria.map((c) => c.key), ...tieKeys].map((key, i) => [key, i] as const),
  );
  const lists = input.applications.map((application) => {
    const t: [number, number][] = [];
    const perCriterion = input.criteria.map((): [number, number][] => []);
    input.jurors.forEach((juror, j) => {
      if (isConflicted(input, juror, application)) return;
      const total = jurorTotal(input, juror, application);
      if (total !== undefined) t.push([j, total.total]);
      input.criteria.forEach((c, ci) => {
        const cell = effectiveCell(input, juror, application, c.key);
        if (cell !== undefined && cell !== CANNOT_ASSESS) perCriterion[ci]?.push([j, cell]);
      });
    });
    const extra = options.tieBreaks?.get(application);
    const tieLists = tieKeys.map((key) => sortedList(extra?.get(key) ?? []));
    return {
      application,
      totals: sortedList(t),
      criteria: [...perCriterion.map(sortedList), ...tieLists],
    };
  });
  const baseRanks = new Map<string, number | undefined>(
    input.applications.map((a) => [a, undefined]),
  );
  for (const e of baseline.entries) baseRanks.set(e.application, e.rank);

  const runs: StabilityRun[] = input.jurors.map((removedJuror, j) => {
    const rows: Row[] = lists.map((l) => ({
      application: l.application,
      totals: statsWithout(l.totals, l.totals.jurors.indexOf(j)),
      criteria: l.criteria.map((c) => {
        const skip = c.jurors.indexOf(j);
        return meanWithout(c, skip, 0, c.values.length - (skip >= 0 ? 1 : 0));
      }),
    }));
    const found = ranksOf(rows, options.tiePolicy, criterionIndex);
    return {
      removedJuror,
      ranks: new Map(input.applications.map((a) => [a, found.get(a)] as const)),
    };
  });

  const applications = new Map<string, ApplicationStability>();
  for (const application of input.applications) {
    const baselineRank = baseRanks.get(application);
    let keptRank = 0;
    let inTopN = 0;
    let unrankedRuns = 0;
    let minRank: number | undefined;
    let maxRank: number | undefined;
    for (const run of runs) {
      const rank = run.ranks.get(application);
      if (rank === undefined) {
        unrankedRuns += 1;
        continue;
      }
      if (rank === baselineRank) keptRank += 1;
      if (rank <= options.finalists) inTopN += 1;
      minRank = minRank === undefined ? rank : Math.min(minRank, rank);
      maxRank = maxRank === undefined ? rank : Math.max(maxRank, rank);
    }
    applications.set(application, {
      application,
      baselineRank,
      runs: runs.length,
      keptRank,
      inTopN,
      unrankedRuns,
      minRank,
      maxRank,
    });
  }
  const winnersOf = (ranks: ReadonlyMap<string, number | undefined>): string =>
    JSON.stringify([...ranks].filter(([, r]) => r === 1).map(([a]) => a));
  const baseWinners = winnersOf(baseRanks);
  return {
    baseline,
    runs,
    applications,
    winnerChangesWithout: runs
      .filter((r) => winnersOf(r.ranks) !== baseWinners)
      .map((r) => r.removedJuror),
  };
}
