import { strictAssert } from '../assert';
import { assertValidScoringInput } from './model';
import type { ScoringInput } from './model';
import { compareDesc, compareIds, sameValue } from './numeric';
import { weightedTotals } from './totals';

/**
 * A ranked ballot: groups of applications, best group first. Applications in
 * the same group are tied. Applications not on the ballot were not ranked by
 * this voter (a partial ballot).
 */
export type Ballot = readonly (readonly string[])[];

/**
 * Each juror's implied ballot: the applications the juror has a weighted
 * total for, ordered by total (higher first); equal totals (on the tie grid)
 * form one group, listed by id. Conflicted and unscored applications are left
 * off. Jurors with no totals get an empty ballot. In juror order.
 */
export function impliedBallots(input: ScoringInput): ReadonlyMap<string, Ballot> {
  assertValidScoringInput(input);
  const totals = weightedTotals(input);
  const ballots = new Map<string, Ballot>();
  for (const juror of input.jurors) {
    const own: { application: string; total: number }[] = [];
    for (const [application, byJuror] of totals) {
      const t = byJuror.get(juror);
      if (t !== undefined) own.push({ application, total: t });
    }
    own.sort((a, b) => compareDesc(a.total, b.total) || compareIds(a.application, b.application));
    const groups: string[][] = [];
    let last: number | undefined;
    for (const { application, total } of own) {
      const current = groups[groups.length - 1];
      if (current !== undefined && last !== undefined && sameValue(last, total)) {
        current.push(application);
      } else groups.push([application]);
      last = total;
    }
    ballots.set(juror, groups);
  }
  return ballots;
}

/**
 * Check a ballot's shape: no empty group and no application listed twice.
 * A malformed ballot is a programming error, so this throws.
 */
export function assertValidBallot(ballot: Ballot): void {
  const seen = new Set<string>();
  for (const group of ballot) {
    strictAssert(group.length > 0, 'a ballot group must not be empty');
    for (const application of group) {
      strictAssert(!seen.has(application), 'an application may appear only once on a ballot');
      seen.add(application);
    }
  }
}
