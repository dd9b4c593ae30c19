import { assertValidBallot } from './ballots';
import type { Ballot } from './ballots';
import { compareIds, stableSum } from './numeric';
import { rankValues } from './ranking';
import type { SimpleRanking } from './ranking';

/** One application's Borda result. */
export interface BordaEntry {
  readonly application: string;
  /** Ballots that rank this application together with at least one other. */
  readonly ballots: number;
  /** Mean normalised Borda score in [0, 1]; `undefined` when `ballots` = 0. */
  readonly score: number | undefined;
  /** Sum of unnormalised points `m − p̄` over those ballots (for reference only). */
  readonly points: number;
}

export interface BordaResult {
  /** By application id. */
  readonly entries: ReadonlyMap<string, BordaEntry>;
  /** Competition ranking by `score`, higher first. */
  readonly ranking: SimpleRanking;
}

/**
 * Borda count with ties and partial ballots.
 *
 * On a ballot ranking m applications, an application whose group occupies
 * positions p … p+g−1 (1-based) gets the average position p̄ = p + (g − 1)/2
 * and the points m − p̄ (so first of m gets m − 1, last gets 0, and tied
 * applications share the average). Points are normalised by the ballot's
 * length: s = (m − p̄)/(m − 1), which equals (wins + ½·ties)/(m − 1) against
 * the other applications on that ballot. Ballots with m < 2 compare nothing
 * and are skipped.
 *
 * Score = mean of s over the ballots that contain the application. Averaging
 * (not summing) keeps an application from being penalised because fewer
 * jurors ranked it (e.g. conflicts), as with the score mean.
 *
 * `applications`, when given, adds applications that no ballot ranks (they
 * appear unranked); applications named only on ballots are included too.
 */
export function borda(
  ballots: Iterable<Ballot>,
  applications: readonly string[] = [],
): BordaResult {
  const normalised = new Map<string, number[]>();
  const points = new Map<string, number[]>();
  for (const application of applications) {
    normalised.set(application, []);
    points.set(application, []);
  }
  for (const ballot of ballots) {
    assertValidBallot(ballot);
    const m = ballot.reduce((n, g) => n + g.length, 0);
    if (m < 2) continue;
    let position = 1;
    for (const group of ballot) {
      const avg = position + (group.length - 1) / 2;
      for (const application of group) {
        const s = normalised.get(application) ?? [];
        const p = points.get(application) ?? [];
        s.push((m - avg) / (m - 1));
        p.push(m - avg);
        normalised.set(application, s);
        points.set(application, p);
      }
      position += group.length;
    }
  }
  const entries = new Map<string, BordaEntry>();
  const scores = new Map<string, number | undefined>();
  for (const application of [...normalised.keys()].sort(compareIds)) {
    const s = normalised.get(application) ?? [];
    const score = s.length === 0 ? undefined : stableSum(s) / s.length;
    entries.set(application, {
      application,
      ballots: s.length,
      score,
      points: stableSum(points.get(application) ?? []),
    });
    scores.set(application, score);
  }
  return { entries, ranking: rankValues(scores) };
}
