import type { ApplicationAggregate, CriterionAggregate } from '../scoring/aggregate';
import type { Ballot } from '../scoring/ballots';
import { borda } from '../scoring/borda';
import { effectiveCell, isConflicted } from '../scoring/model';
import type { ScoringInput } from '../scoring/model';
import { rankApplications } from '../scoring/ranking';
import { summarise } from '../scoring/stats';
import { jurorTotal } from '../scoring/totals';
import { TIE_KEYS, tiePolicyFor } from './tie-policy';
import type { AppliedTiePolicy, TieChoice, TieKey, TieVote } from './tie-policy';

/*
 * The values behind the chair-only tie-breaks. Each one is the mean of a
 * list of values, one per juror where that makes sense, so that leaving a
 * juror out (the stability check) removes exactly that juror's value:
 *
 * - top scores: per juror with a total, how many criteria (weight > 0) got
 *   the scale's highest score; the tie-break is the mean over those jurors,
 *   so a recusal does not count against an application (as with the mean);
 * - Borda: per juror, the normalised Borda points of their own ranking;
 *   the mean is exactly the Borda score of the cross-checks;
 * - the chair's vote: one fixed value (not a juror's), k − position among k.
 */

/** One value of a tie-break and the index of the juror it came from (−1: not a juror's). */
export type SourcedValue = readonly [juror: number, value: number];

/** application → tie key → the values whose mean breaks the tie. */
export type TieBreakValues = ReadonlyMap<string, ReadonlyMap<TieKey, readonly SourcedValue[]>>;

/** The applied tie policy with the values its pseudo-criteria read. */
export interface TieSetup extends AppliedTiePolicy {
  readonly values: TieBreakValues;
}

/** Per application: each juror's number of top-of-scale scores, for jurors with a total. */
export function topScoreValues(input: ScoringInput): Map<string, SourcedValue[]> {
  const out = new Map<string, SourcedValue[]>();
  for (const application of input.applications) {
    const list: SourcedValue[] = [];
    input.jurors.forEach((juror, j) => {
      if (isConflicted(input, juror, application)) return;
      if (jurorTotal(input, juror, application) === undefined) return;
      let top = 0;
      for (const c of input.criteria) {
        if (c.weight > 0 && effectiveCell(input, juror, application, c.key) === c.max) top += 1;
      }
      list.push([j, top]);
    });
    out.set(application, list);
  }
  return out;
}

/** Per application: each juror's normalised Borda points from their implied ballot. */
export function bordaValues(
  input: ScoringInput,
  ballots: ReadonlyMap<string, Ballot>,
): Map<string, SourcedValue[]> {
  const out = new Map<string, SourcedValue[]>(input.applications.map((a) => [a, []]));
  input.jurors.forEach((juror, j) => {
    const ballot = ballots.get(juror);
    if (ballot === undefined) return;
    // One ballot's Borda score is that ballot's points, computed as `borda` does for many.
    for (const [application, entry] of borda([ballot]).entries) {
      if (entry.score !== undefined) out.get(application)?.push([j, entry.score]);
    }
  });
  return out;
}

/**
 * The chair's votes that fit a tie: for every group of applications with an
 * equal mean, the latest vote naming exactly that group. Votes on other sets
 * are kept in the deliberation but do not apply.
 */
export function voteValues(
  aggregates: ReadonlyMap<string, ApplicationAggregate>,
  votes: readonly TieVote[],
): { values: Map<string, SourcedValue[]>; applied: TieVote[] } {
  const values = new Map<string, SourcedValue[]>();
  const applied: TieVote[] = [];
  const shared = rankApplications(aggregates, { tiePolicy: { kind: 'shared' } });
  for (const group of shared.ties) {
    const members = new Set(group.applications);
    let vote: TieVote | undefined;
    for (let i = votes.length - 1; i >= 0 && vote === undefined; i -= 1) {
      const v = votes[i];
      if (
        v !== undefined &&
        v.order.length === members.size &&
        v.order.every((a) => members.has(a))
      )
        vote = v;
    }
    if (vote === undefined) continue;
    applied.push(vote);
    const k = vote.order.length;
    vote.order.forEach((application, position) => values.set(application, [[-1, k - position]]));
  }
  return { values, applied };
}

/** The tie policy for a choice, with the values its chair-only steps need. */
export function tieSetup(
  input: ScoringInput,
  aggregates: ReadonlyMap<string, ApplicationAggregate>,
  ballots: ReadonlyMap<string, Ballot>,
  choice: TieChoice,
  votes: readonly TieVote[] = [],
): TieSetup {
  const policy = tiePolicyFor(
    choice,
    input.criteria.map((c) => c.key),
  );
  const values = new Map<string, Map<TieKey, readonly SourcedValue[]>>();
  const add = (key: TieKey, perApplication: ReadonlyMap<string, SourcedValue[]>): void => {
    for (const [application, list] of perApplication) {
      const own = values.get(application) ?? new Map<TieKey, readonly SourcedValue[]>();
      own.set(key, list);
      values.set(application, own);
    }
  };
  let appliedVotes: TieVote[] = [];
  if (choice === 'median-top-borda') {
    add(TIE_KEYS.topScores, topScoreValues(input));
    add(TIE_KEYS.borda, bordaValues(input, ballots));
  } else if (choice === 'chair-vote') {
    const v = voteValues(aggregates, votes);
    add(TIE_KEYS.vote, v.values);
    appliedVotes = v.applied;
  }
  return { choice, policy, values, appliedVotes };
}

function pseudoCriterion(key: TieKey, list: readonly SourcedValue[]): CriterionAggregate {
  return {
    criterion: key,
    ...summarise(list.map(([, v]) => v)),
    disagreement: false,
    cannotAssess: 0,
    missing: 0,
  };
}

/**
 * The aggregates the ranking reads: each application's own, plus its
 * tie-break values as pseudo-criteria (only the ranking sees these).
 */
export function withTieBreaks(
  aggregates: ReadonlyMap<string, ApplicationAggregate>,
  values: TieBreakValues,
): ReadonlyMap<string, ApplicationAggregate> {
  if (values.size === 0) return aggregates;
  const out = new Map<string, ApplicationAggregate>();
  for (const [application, agg] of aggregates) {
    const extra = values.get(application);
    if (extra === undefined) {
      out.set(application, agg);
      continue;
    }
    const criteria = new Map(agg.criteria);
    for (const [key, list] of extra) {
      if (list.length > 0) criteria.set(key, pseudoCriterion(key, list));
    }
    out.set(application, { ...agg, criteria });
  }
  return out;
}
