import { aggregateApplications } from '../scoring/aggregate';
import type { ApplicationAggregate, CriterionAggregate } from '../scoring/aggregate';
import { impliedBallots } from '../scoring/ballots';
import type { Ballot } from '../scoring/ballots';
import { borda } from '../scoring/borda';
import type { BordaResult } from '../scoring/borda';
import { alphaOverall, krippendorffAlpha } from '../scoring/krippendorff';
import type { AlphaResult } from '../scoring/krippendorff';
import { CANNOT_ASSESS, effectiveCell } from '../scoring/model';
import type { CriterionSpec, ScoringInput } from '../scoring/model';
import { rankApplications, tiesAtCut } from '../scoring/ranking';
import type { Ranking, Separation, TieWarning } from '../scoring/ranking';
import { schulze } from '../scoring/schulze';
import type { SchulzeResult } from '../scoring/schulze';
import { leaveOneOut } from './stability-fast';
import type { StabilityResult } from '../scoring/stability';
import { zNormalise } from '../scoring/znorm';
import type { ZNormalisedView } from '../scoring/znorm';
import type { ChairApplication } from './scoring-input';
import { tieSetup, withTieBreaks } from './tie-breaks';
import type { TieSetup } from './tie-breaks';
import type { TieChoice, TieVote } from './tie-policy';

/** Schulze is O(C³): it runs on the top of the score ranking only. */
export const SCHULZE_SHORTLIST = 100;

export interface ChairTableOptions {
  /** The chair's explicit tie policy (tie-policy.ts). */
  readonly tieChoice: TieChoice;
  /** The chair's votes on ties; used under `chair-vote`. */
  readonly tieVotes?: readonly TieVote[];
  /** N: finalist places, for the stability counts and the tie warnings. */
  readonly finalistCount: number;
  /** How many top applications the Schulze cross-check ranks (default {@link SCHULZE_SHORTLIST}). */
  readonly schulzeShortlist?: number;
}

/** One row of the consolidated table: everything about one application. */
export interface ConsolidatedRow {
  readonly applicationId: string;
  readonly label: string;
  readonly inPackage: boolean;
  /** 1-based place in the score ranking (ranked first, then unranked by id). */
  readonly position: number;
  /** Competition rank by the mean of weighted totals; undefined without any total. */
  readonly rank: number | undefined;
  readonly separation: Separation | undefined;
  readonly mean: number | undefined;
  readonly median: number | undefined;
  readonly trimmedMean: number | undefined;
  readonly sd: number;
  readonly range: number | undefined;
  /** Jurors with a weighted total. */
  readonly n: number;
  /** Range of the totals ≥ half the scale span (2 on a 1–5 scale). */
  readonly disagreement: boolean;
  /** Criteria whose own scores are flagged for disagreement. */
  readonly criterionFlags: number;
  readonly conflicts: number;
  readonly cannotAssess: number;
  readonly missing: number;
  readonly criteria: ReadonlyMap<string, CriterionAggregate>;
  readonly jurorTotals: ReadonlyMap<string, number>;
  readonly meanZ: number | undefined;
  readonly zRank: number | undefined;
  readonly bordaScore: number | undefined;
  readonly bordaRank: number | undefined;
  /** Schulze place among the shortlist; undefined outside it. */
  readonly schulzeRank: number | undefined;
  /** Leave-one-juror-out runs keeping the baseline rank, and within the top N. */
  readonly keptRank: number;
  readonly inTopN: number;
  readonly stabilityRuns: number;
  readonly minRank: number | undefined;
  readonly maxRank: number | undefined;
}

export interface ChairTable {
  readonly criteria: readonly CriterionSpec[];
  readonly jurors: readonly string[];
  /** In ranking order. */
  readonly rows: readonly ConsolidatedRow[];
  readonly ranking: Ranking;
  /** The tie policy as applied: the ranking's steps, tie-break values and the votes used. */
  readonly tie: TieSetup;
  readonly aggregates: ReadonlyMap<string, ApplicationAggregate>;
  readonly z: ZNormalisedView;
  readonly borda: BordaResult;
  readonly schulze: {
    readonly result: SchulzeResult;
    readonly shortlist: readonly string[];
    readonly truncated: boolean;
  };
  readonly stability: StabilityResult;
  readonly alpha: {
    readonly overall: AlphaResult;
    readonly perCriterion: ReadonlyMap<string, AlphaResult>;
  };
  /** Ties at the winner or at the finalist cut (reported even when a chain broke them). */
  readonly ties: readonly TieWarning[];
}

/**
 * Alpha (interval) per criterion, as `alphaAllCriteria` computes it, but
 * with one pass over the cells and without validating the input once per
 * criterion (the table validated it already). Equality with the scoring
 * module's function is checked by a property test.
 */
export function criterionAlphas(input: ScoringInput): ReadonlyMap<string, AlphaResult> {
  const matrices = input.criteria.map(() => [] as (number | undefined)[][]);
  for (const application of input.applications) {
    const rows = input.criteria.map(() => [] as (number | undefined)[]);
    for (const juror of input.jurors) {
      input.criteria.forEach((c, i) => {
        const cell = effectiveCell(input, juror, application, c.key);
        rows[i]?.push(cell === CANNOT_ASSESS ? undefined : cell);
      });
    }
    rows.forEach((row, i) => matrices[i]?.push(row));
  }
  return new Map(
    input.criteria.map(
      (c, i) => [c.key, krippendorffAlpha(matrices[i] ?? [], 'interval')] as const,
    ),
  );
}

function restrict(ballot: Ballot, keep: ReadonlySet<string>): Ballot {
  return ballot.map((g) => g.filter((a) => keep.has(a))).filter((g) => g.length > 0);
}

/**
 * The consolidated table and its cross-checks, from a validated input. The
 * score ranking is by the mean of the jurors' weighted totals with the chosen
 * tie policy; z-scores, Borda and Schulze are separate views that never
 * change it. Deterministic: rows follow the ranking, ties by application id.
 */
export function buildChairTable(
  input: ScoringInput,
  applications: readonly ChairApplication[],
  options: ChairTableOptions,
): ChairTable {
  const aggregates = aggregateApplications(input);
  const ballots = impliedBallots(input);
  const tie = tieSetup(input, aggregates, ballots, options.tieChoice, options.tieVotes);
  const ranking = rankApplications(withTieBreaks(aggregates, tie.values), {
    tiePolicy: tie.policy,
  });
  const z = zNormalise(input);
  const bordaResult = borda(ballots.values(), input.applications);
  const limit = options.schulzeShortlist ?? SCHULZE_SHORTLIST;
  const shortlist = ranking.entries.slice(0, limit).map((e) => e.application);
  const keep = new Set(shortlist);
  const schulzeResult = schulze(
    [...ballots.values()].map((b) => restrict(b, keep)),
    shortlist,
  );
  const stability = leaveOneOut(input, ranking, {
    finalists: options.finalistCount,
    tiePolicy: tie.policy,
    tieBreaks: tie.values,
  });

  const entryOf = new Map(ranking.entries.map((e) => [e.application, e] as const));
  const zRank = new Map(z.ranking.entries.map((e) => [e.id, e.rank] as const));
  const bordaRank = new Map(bordaResult.ranking.entries.map((e) => [e.id, e.rank] as const));
  const schulzeRank = new Map<string, number>();
  for (const place of schulzeResult.places) {
    for (const a of place.applications) schulzeRank.set(a, place.rank);
  }
  const labels = new Map(applications.map((a) => [a.id, a] as const));
  const order = [...ranking.entries.map((e) => e.application), ...ranking.unranked];

  const rows = order.map((applicationId, index): ConsolidatedRow => {
    const agg = aggregates.get(applicationId);
    const entry = entryOf.get(applicationId);
    const stab = stability.applications.get(applicationId);
    const app = labels.get(applicationId);
    const criteria = agg?.criteria ?? new Map<string, CriterionAggregate>();
    return {
      applicationId,
      label: app?.label ?? applicationId,
      inPackage: app?.inPackage ?? false,
      position: index + 1,
      rank: entry?.rank,
      separation: entry?.separation,
      mean: agg?.totals.mean,
      median: agg?.totals.median,
      trimmedMean: agg?.totals.trimmedMean,
      sd: agg?.totals.sd ?? 0,
      range: agg?.totals.range,
      n: agg?.totals.n ?? 0,
      disagreement: agg?.totals.disagreement ?? false,
      criterionFlags: [...criteria.values()].filter((c) => c.disagreement).length,
      conflicts: agg?.conflicts ?? 0,
      cannotAssess: agg?.cannotAssess ?? 0,
      missing: agg?.missing ?? 0,
      criteria,
      jurorTotals: agg?.jurorTotals ?? new Map(),
      meanZ: z.applications.get(applicationId)?.meanZ,
      zRank: zRank.get(applicationId),
      bordaScore: bordaResult.entries.get(applicationId)?.score,
      bordaRank: bordaRank.get(applicationId),
      schulzeRank: schulzeRank.get(applicationId),
      keptRank: stab?.keptRank ?? 0,
      inTopN: stab?.inTopN ?? 0,
      stabilityRuns: stab?.runs ?? 0,
      minRank: stab?.minRank,
      maxRank: stab?.maxRank,
    };
  });

  return {
    criteria: input.criteria,
    jurors: input.jurors,
    rows,
    ranking,
    tie,
    aggregates,
    z,
    borda: bordaResult,
    schulze: {
      result: schulzeResult,
      shortlist,
      truncated: ranking.entries.length > shortlist.length,
    },
    stability,
    alpha: { overall: alphaOverall(input), perCriterion: criterionAlphas(input) },
    ties: tiesAtCut(ranking, options.finalistCount),
  };
}
