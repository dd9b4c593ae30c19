import { strictAssert } from '../assert';
import { assertValidBallot } from './ballots';
import type { Ballot } from './ballots';
import { compareIds } from './numeric';

/** One place in the Schulze order; applications in a place are tied. */
export interface SchulzePlace {
  /** Competition rank: 1 + the number of applications in earlier places. */
  readonly rank: number;
  /** By application id. */
  readonly applications: readonly string[];
}

export interface SchulzeResult {
  /** All candidates, by application id. */
  readonly candidates: readonly string[];
  /** d[a][b]: ballots ranking a strictly above b (both on the ballot). */
  readonly pairwise: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** p[a][b]: strength of the strongest path from a to b. */
  readonly strongestPaths: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Best place first. */
  readonly places: readonly SchulzePlace[];
  /** The applications in the first place. */
  readonly winners: readonly string[];
  /** Candidates never on a ballot together with another candidate, by id; not placed. */
  readonly unranked: readonly string[];
}

/**
 * The Schulze method (winning-votes strength) over ranked ballots with ties
 * and partial ballots.
 *
 * 1. d[a][b] = number of ballots on which a is in a better group than b; a
 *    ballot that ties a and b, or lacks either, adds nothing.
 * 2. Links: p[a][b] = d[a][b] if d[a][b] > d[b][a], else 0.
 * 3. Strongest paths (Floyd–Warshall, widest path):
 *    p[b][c] = max(p[b][c], min(p[b][a], p[a][c])) for every a, b, c.
 * 4. a beats b when p[a][b] > p[b][a]; this relation is transitive. Places
 *    are built by repeatedly taking every remaining candidate that no other
 *    remaining candidate beats; those share the place.
 *
 * Candidates that no ballot compares with another (absent from every ballot
 * of two or more) carry no preference at all; they are listed as `unranked`
 * instead of being placed as "unbeaten".
 *
 * Candidates are indexed in id order, so the result is deterministic.
 * Cost is O(C³) in the number of candidates: run it on a shortlist.
 * `applications`, when given, adds candidates that no ballot ranks.
 */
export function schulze(
  ballots: Iterable<Ballot>,
  applications: readonly string[] = [],
): SchulzeResult {
  const ballotList = [...ballots];
  const names = new Set<string>(applications);
  const compared = new Set<string>();
  for (const ballot of ballotList) {
    assertValidBallot(ballot);
    const onBallot = ballot.flat();
    for (const a of onBallot) {
      names.add(a);
      if (onBallot.length > 1) compared.add(a);
    }
  }
  const candidates = [...names].sort(compareIds);
  const index = new Map(candidates.map((c, i) => [c, i] as const));
  const size = candidates.length;
  const nameOf = (i: number): string => {
    const name = candidates[i];
    strictAssert(name !== undefined, 'candidate indexes come from the candidate list');
    return name;
  };
  const matrix = (): number[][] => candidates.map(() => candidates.map(() => 0));

  const d = matrix();
  for (const ballot of ballotList) {
    const groupOf = new Map<number, number>();
    ballot.forEach((group, g) => {
      for (const a of group) groupOf.set(index.get(a) ?? -1, g);
    });
    for (const [i, gi] of groupOf) {
      for (const [j, gj] of groupOf) {
        const row = d[i];
        if (gi < gj && row !== undefined) row[j] = (row[j] ?? 0) + 1;
      }
    }
  }

  const at = (m: number[][], i: number, j: number): number => m[i]?.[j] ?? 0;
  const p = matrix();
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j < size; j += 1) {
      const row = p[i];
      if (i !== j && row !== undefined && at(d, i, j) > at(d, j, i)) row[j] = at(d, i, j);
    }
  }
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j < size; j += 1) {
      if (i === j) continue;
      for (let k = 0; k < size; k += 1) {
        const row = p[j];
        if (k === i || k === j || row === undefined) continue;
        row[k] = Math.max(at(p, j, k), Math.min(at(p, j, i), at(p, i, k)));
      }
    }
  }

  const places: SchulzePlace[] = [];
  let remaining = candidates.flatMap((c, i) => (compared.has(c) ? [i] : []));
  let ranked = 0;
  while (remaining.length > 0) {
    const unbeaten = remaining.filter((a) =>
      remaining.every((b) => b === a || at(p, b, a) <= at(p, a, b)),
    );
    // The "beats" relation is a strict partial order, so a maximal element exists.
    const place = unbeaten.length > 0 ? unbeaten : remaining;
    places.push({ rank: ranked + 1, applications: place.map((i) => nameOf(i)) });
    ranked += place.length;
    remaining = remaining.filter((i) => !place.includes(i));
  }

  const toMap = (m: number[][]): ReadonlyMap<string, ReadonlyMap<string, number>> =>
    new Map(
      candidates.map((a, i) => [
        a,
        new Map(candidates.flatMap((b, j) => (i === j ? [] : [[b, at(m, i, j)] as const]))),
      ]),
    );
  return {
    candidates,
    pairwise: toMap(d),
    strongestPaths: toMap(p),
    places,
    winners: places[0]?.applications ?? [],
    unranked: candidates.filter((c) => !compared.has(c)),
  };
}
