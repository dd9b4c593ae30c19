import { strictAssert } from '../assert';
import { aggregateUnchecked } from './aggregate';
import { assertValidScoringInput, withoutJuror } from './model';
import type { ScoringInput } from './model';
import { rankApplications } from './ranking';
import type { Ranking, RankingOptions } from './ranking';

export interface StabilityOptions {
  /** N: the number of finalist places (top N by rank). */
  readonly finalists: number;
  /** Default: mean with shared ties. */
  readonly ranking?: RankingOptions;
}

/** One leave-one-out run. */
export interface StabilityRun {
  readonly removedJuror: string;
  /** application → rank without that juror (`undefined`: no totals left). */
  readonly ranks: ReadonlyMap<string, number | undefined>;
}

/** How one application's rank behaves across the runs. */
export interface ApplicationStability {
  readonly application: string;
  /** Rank with every juror; `undefined` when unranked. */
  readonly baselineRank: number | undefined;
  /** J: the number of runs (one per listed juror). */
  readonly runs: number;
  /** Runs in which the rank equals the baseline rank. */
  readonly keptRank: number;
  /** Runs in which the rank is ≤ N. */
  readonly inTopN: number;
  /** Runs in which the application had no totals at all. */
  readonly unrankedRuns: number;
  /** Best and worst rank over the runs where it was ranked (baseline not included). */
  readonly minRank: number | undefined;
  readonly maxRank: number | undefined;
}

export interface StabilityResult {
  readonly baseline: Ranking;
  readonly runs: readonly StabilityRun[];
  /** In application order. */
  readonly applications: ReadonlyMap<string, ApplicationStability>;
  /** Jurors whose removal changes the set of rank-1 applications, in juror order. */
  readonly winnerChangesWithout: readonly string[];
}

/**
 * Leave-one-juror-out rank stability. For each listed juror j (J runs),
 * recompute the aggregates and the ranking without j, and count per
 * application how often it keeps its baseline rank and how often it stays
 * within the top N (rank ≤ N, so a tie straddling the cut counts as inside).
 * Conflicts and missing scores are handled exactly as in the main aggregate.
 */
export function leaveOneJurorOut(input: ScoringInput, options: StabilityOptions): StabilityResult {
  assertValidScoringInput(input);
  strictAssert(
    Number.isInteger(options.finalists) && options.finalists >= 0,
    'the finalist count must be a non-negative integer',
  );
  const rankingOptions: RankingOptions = options.ranking ?? { tiePolicy: { kind: 'shared' } };
  const ranksOf = (ranking: Ranking): Map<string, number | undefined> => {
    const ranks = new Map<string, number | undefined>();
    for (const application of input.applications) ranks.set(application, undefined);
    for (const e of ranking.entries) ranks.set(e.application, e.rank);
    return ranks;
  };
  const winnersOf = (ranks: ReadonlyMap<string, number | undefined>): string =>
    JSON.stringify([...ranks].filter(([, r]) => r === 1).map(([a]) => a));

  const baseline = rankApplications(aggregateUnchecked(input), rankingOptions);
  const baseRanks = ranksOf(baseline);
  const runs: StabilityRun[] = input.jurors.map((removedJuror) => ({
    removedJuror,
    ranks: ranksOf(
      rankApplications(aggregateUnchecked(withoutJuror(input, removedJuror)), rankingOptions),
    ),
  }));

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
  const baseWinners = winnersOf(baseRanks);
  const winnerChangesWithout = runs
    .filter((run) => winnersOf(run.ranks) !== baseWinners)
    .map((run) => run.removedJuror);
  return { baseline, runs, applications, winnerChangesWithout };
}
