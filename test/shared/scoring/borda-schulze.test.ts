import { describe, expect, it } from 'vitest';
import { InvariantError } from '../../../src-shared/assert';
import { borda, impliedBallots, schulze } from '../../../src-shared/scoring';
import type { Ballot } from '../../../src-shared/scoring';
import { smallExample } from './fixtures';

/** Expand "count × order" rows into single-choice ballots, e.g. [5, 'ACBED']. */
function ballots(rows: [number, string][]): Ballot[] {
  return rows.flatMap(([count, order]) =>
    Array.from({ length: count }, () => [...order].map((c) => [c])),
  );
}

/** Wikipedia, "Schulze method", the 45-voter example (winner E). */
const schulzeExample = ballots([
  [5, 'ACBED'],
  [5, 'ADECB'],
  [8, 'BEDAC'],
  [3, 'CABED'],
  [7, 'CAEBD'],
  [2, 'CBADE'],
  [7, 'DCEBA'],
  [8, 'EBADC'],
]);

const matrix = (m: ReadonlyMap<string, ReadonlyMap<string, number>>): Record<string, number[]> =>
  Object.fromEntries([...m].map(([a, row]) => [a, [...row.values()]]));

describe('Schulze', () => {
  const result = schulze(schulzeExample);

  it('counts pairwise preferences d[a][b] as published', () => {
    expect(matrix(result.pairwise)).toEqual({
      A: [20, 26, 30, 22],
      B: [25, 16, 33, 18],
      C: [19, 29, 17, 24],
      D: [15, 12, 28, 14],
      E: [23, 27, 21, 31],
    });
  });

  it('finds the published strongest paths', () => {
    expect(matrix(result.strongestPaths)).toEqual({
      A: [28, 28, 30, 24],
      B: [25, 28, 33, 24],
      C: [25, 29, 29, 24],
      D: [25, 28, 28, 24],
      E: [25, 28, 28, 31],
    });
  });

  it('ranks E > A > C > B > D', () => {
    expect(result.winners).toEqual(['E']);
    expect(result.places).toEqual([
      { rank: 1, applications: ['E'] },
      { rank: 2, applications: ['A'] },
      { rank: 3, applications: ['C'] },
      { rank: 4, applications: ['B'] },
      { rank: 5, applications: ['D'] },
    ]);
  });

  it('gives the same result for any ballot order', () => {
    expect(schulze([...schulzeExample].reverse())).toEqual(result);
  });

  it('reports a tie as a shared place, listed by id', () => {
    // a and b split 1–1; c is only on a one-item ballot, so nothing compares it.
    const tied = schulze([[['b'], ['a']], [['a'], ['b']], [['c']]]);
    expect(tied.places).toEqual([{ rank: 1, applications: ['a', 'b'] }]);
    expect(tied.winners).toEqual(['a', 'b']);
    expect(tied.unranked).toEqual(['c']);
  });

  it('ignores tied and absent pairs', () => {
    // Ballot 1 ties x and y; ballot 2 lacks z.
    const r = schulze(
      [
        [['x', 'y'], ['z']],
        [['y'], ['x']],
      ],
      ['w'],
    );
    expect(r.candidates).toEqual(['w', 'x', 'y', 'z']);
    expect(r.pairwise.get('y')?.get('x')).toBe(1);
    expect(r.pairwise.get('x')?.get('y')).toBe(0);
    expect(r.pairwise.get('y')?.get('z')).toBe(1);
    // d[y][x] = 1 (ballot 2); d[x][z] = d[y][z] = 1 (ballot 1); so y > x > z.
    expect(r.places.map((p) => p.applications)).toEqual([['y'], ['x'], ['z']]);
    expect(r.places.map((p) => p.rank)).toEqual([1, 2, 3]);
    expect(r.unranked).toEqual(['w']);
  });

  it('rejects a ballot naming an application twice', () => {
    expect(() => schulze([[['a'], ['a']]])).toThrow(InvariantError);
  });
});

describe('Borda', () => {
  it('matches the Wikipedia Tennessee example (Nashville wins)', () => {
    // Points m − position: Memphis 42·3 = 126; Nashville 42·2 + 26·3 + 15·1 + 17·1 = 194;
    // Chattanooga 42·1 + 26·2 + 15·3 + 17·2 = 173; Knoxville 26·1 + 15·2 + 17·3 = 107.
    const r = borda(
      ballots([
        [42, 'MNCK'],
        [26, 'NCKM'],
        [15, 'CKNM'],
        [17, 'KCNM'],
      ]),
    );
    expect(r.entries.get('N')?.points).toBe(194);
    expect(r.entries.get('C')?.points).toBe(173);
    expect(r.entries.get('M')?.points).toBe(126);
    expect(r.entries.get('K')?.points).toBe(107);
    // Normalised by (m − 1) = 3 per ballot, averaged over 100 ballots.
    expect(r.entries.get('N')?.score).toBeCloseTo(194 / 300, 12);
    expect(r.ranking.entries.map((e) => e.id)).toEqual(['N', 'C', 'M', 'K']);
  });

  it('on the Schulze example gives E 102, A 98, B 92, C 89, D 69 points', () => {
    const r = borda(schulzeExample);
    expect([...r.entries.values()].map((e) => [e.application, e.points])).toEqual([
      ['A', 98],
      ['B', 92],
      ['C', 89],
      ['D', 69],
      ['E', 102],
    ]);
    expect(r.ranking.entries.map((e) => e.id)).toEqual(['E', 'A', 'B', 'C', 'D']);
    expect(r.entries.get('E')?.score).toBeCloseTo(102 / 180, 12); // 45 ballots × (5 − 1)
  });

  it('gives tied applications the average position', () => {
    // m = 3: a at 1 → (3 − 1)/2 = 1; b, c share positions 2–3 → p̄ 2.5 → (3 − 2.5)/2 = 0.25
    const r = borda([[['a'], ['b', 'c']]]);
    expect(r.entries.get('a')?.score).toBe(1);
    expect(r.entries.get('b')?.score).toBe(0.25);
    expect(r.entries.get('c')?.score).toBe(0.25);
    expect(r.ranking.entries.map((e) => [e.id, e.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
    ]);
  });

  it('normalises partial ballots and skips one-item ballots', () => {
    // Ballot 1 (m = 4): a 1, b 2/3. Ballot 2 (m = 2): b 1, a 0. Ballot 3 (m = 1): skipped.
    const r = borda([[['a'], ['b'], ['c'], ['d']], [['b'], ['a']], [['a']]], ['e']);
    expect(r.entries.get('a')).toEqual({ application: 'a', ballots: 2, score: 0.5, points: 3 });
    expect(r.entries.get('b')?.score).toBeCloseTo((2 / 3 + 1) / 2, 12);
    expect(r.entries.get('e')).toEqual({
      application: 'e',
      ballots: 0,
      score: undefined,
      points: 0,
    });
    expect(r.ranking.unranked).toEqual(['e']);
  });
});

describe('implied ballots from scores', () => {
  const input = smallExample();
  const b = impliedBallots(input);

  it('orders each juror’s applications by weighted total, ties grouped, conflicts left off', () => {
    // j1: a1 14/3 > a2 = a3 = 3; j2: 4 > 10/3 > 1; j3: a1 4 > a2 3, a3 conflicted
    expect(b.get('j1')).toEqual([['a1'], ['a2', 'a3']]);
    expect(b.get('j2')).toEqual([['a1'], ['a2'], ['a3']]);
    expect(b.get('j3')).toEqual([['a1'], ['a2']]);
  });

  it('feeds Borda and Schulze', () => {
    // Borda: a1 = (1 + 1 + 1)/3; a2 = (0.25 + 0.5 + 0)/3; a3 = (0.25 + 0)/2
    const br = borda(b.values());
    expect(br.entries.get('a1')?.score).toBe(1);
    expect(br.entries.get('a2')?.score).toBeCloseTo(0.25, 12);
    expect(br.entries.get('a3')?.score).toBeCloseTo(0.125, 12);
    // Schulze: d[a1][a2] = 3, d[a1][a3] = 2, d[a2][a3] = 1 (j1 ties them)
    const sr = schulze(b.values());
    expect(sr.pairwise.get('a1')?.get('a2')).toBe(3);
    expect(sr.pairwise.get('a1')?.get('a3')).toBe(2);
    expect(sr.pairwise.get('a2')?.get('a3')).toBe(1);
    expect(sr.places.map((p) => p.applications)).toEqual([['a1'], ['a2'], ['a3']]);
  });
});
