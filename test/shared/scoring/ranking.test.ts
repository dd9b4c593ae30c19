import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregateApplications,
  defaultTieBreakChain,
  rankApplications,
  rankValues,
  scoreTableFrom,
  tiesAtCut,
} from '../../../src-shared/scoring';
import type { Ranking, ScoreValue, ScoringInput } from '../../../src-shared/scoring';
import { singleCriterion, smallExample } from './fixtures';

const order = (r: Ranking): [string, number][] => r.entries.map((e) => [e.application, e.rank]);

/**
 * Two criteria A, B (weight 1 each, 1–5), jurors j1, j2; T = (A + B) / 2.
 *   w: (5,5) (5,5) → T 5, 5         mean 5
 *   x: (5,1) (1,5) → T 3, 3         mean 3, median 3, mean A = 3, mean B = 3
 *   y: (4,2) (4,2) → T 3, 3         mean 3, median 3, mean A = 4, mean B = 2
 *   z: (3,3) (3,3) → T 3, 3         mean 3, median 3, mean A = 3, mean B = 3
 * x, y, z tie on mean and median; A separates y; nothing but the id separates x and z.
 */
function tieExample(): ScoringInput {
  const rows: [string, string, string, ScoreValue][] = [];
  const put = (app: string, j1: [number, number], j2: [number, number]): void => {
    rows.push(['j1', app, 'A', j1[0]], ['j1', app, 'B', j1[1]]);
    rows.push(['j2', app, 'A', j2[0]], ['j2', app, 'B', j2[1]]);
  };
  put('w', [5, 5], [5, 5]);
  put('x', [5, 1], [1, 5]);
  put('y', [4, 2], [4, 2]);
  put('z', [3, 3], [3, 3]);
  return {
    criteria: [
      { key: 'A', weight: 1, min: 1, max: 5 },
      { key: 'B', weight: 1, min: 1, max: 5 },
    ],
    jurors: ['j1', 'j2'],
    applications: ['z', 'y', 'x', 'w'], // deliberately not sorted
    scores: scoreTableFrom(rows),
    conflicts: new Map(),
  };
}

describe('ranking with the shared policy', () => {
  it('uses competition ranking 1, 2, 2, 4', () => {
    // p: 5,5 → 5; q: 4,3 → 3.5; r: 3,4 → 3.5; s: 2,2 → 2
    const input = singleCriterion({
      j1: { p: 5, q: 4, r: 3, s: 2 },
      j2: { p: 5, q: 3, r: 4, s: 2 },
    });
    const ranking = rankApplications(aggregateApplications(input), {
      tiePolicy: { kind: 'shared' },
    });
    expect(order(ranking)).toEqual([
      ['p', 1],
      ['q', 2],
      ['r', 2],
      ['s', 4],
    ]);
    expect(ranking.ties).toEqual([
      {
        value: 3.5,
        applications: ['q', 'r'],
        firstPosition: 2,
        outcome: 'shared',
        decidedBy: [],
        remaining: [['q', 'r']],
      },
    ]);
  });

  it('ranks the small example a1 > a2 > a3 by mean', () => {
    const ranking = rankApplications(aggregateApplications(smallExample()), {
      tiePolicy: { kind: 'shared' },
    });
    expect(order(ranking)).toEqual([
      ['a1', 1],
      ['a2', 2],
      ['a3', 3],
    ]);
    expect(ranking.ties).toEqual([]);
  });

  it('treats mathematically equal means as tied despite float noise', () => {
    // Weights 0.1 / 0.7: u totals (0.1+0.7)/0.8 = 1 and (0.1+2.1)/0.8 = 2.75 → mean 1.875;
    // v totals (0.1+1.4)/0.8 = 1.875 twice → mean 1.875. In floats the two means differ by one ulp.
    const input: ScoringInput = {
      criteria: [
        { key: 'A', weight: 0.1, min: 1, max: 5 },
        { key: 'B', weight: 0.7, min: 1, max: 5 },
      ],
      jurors: ['j1', 'j2'],
      applications: ['u', 'v'],
      scores: scoreTableFrom([
        ['j1', 'u', 'A', 1],
        ['j1', 'u', 'B', 1],
        ['j2', 'u', 'A', 1],
        ['j2', 'u', 'B', 3],
        ['j1', 'v', 'A', 1],
        ['j1', 'v', 'B', 2],
        ['j2', 'v', 'A', 1],
        ['j2', 'v', 'B', 2],
      ]),
      conflicts: new Map(),
    };
    const aggs = aggregateApplications(input);
    expect(aggs.get('u')?.totals.mean).not.toBe(aggs.get('v')?.totals.mean);
    const ranking = rankApplications(aggs, { tiePolicy: { kind: 'shared' } });
    expect(order(ranking)).toEqual([
      ['u', 1],
      ['v', 1],
    ]);
  });

  it('lists applications without totals as unranked', () => {
    const input: ScoringInput = { ...singleCriterion({ j1: { p: 3 } }), applications: ['p', 'n'] };
    const ranking = rankApplications(aggregateApplications(input), {
      tiePolicy: { kind: 'shared' },
    });
    expect(order(ranking)).toEqual([['p', 1]]);
    expect(ranking.unranked).toEqual(['n']);
  });

  it('can rank by median instead of mean', () => {
    // q: 5,3,1 → mean 3, median 3; r: 4,4,1 → mean 3, median 4
    const input = singleCriterion({ j1: { q: 5, r: 4 }, j2: { q: 3, r: 4 }, j3: { q: 1, r: 1 } });
    const ranking = rankApplications(aggregateApplications(input), {
      by: 'median',
      tiePolicy: { kind: 'shared' },
    });
    expect(order(ranking)).toEqual([
      ['r', 1],
      ['q', 2],
    ]);
  });
});

describe('ranking with a tie-break chain', () => {
  const aggs = aggregateApplications(tieExample());

  it('shares ranks under the shared policy', () => {
    const ranking = rankApplications(aggs, { tiePolicy: { kind: 'shared' } });
    expect(order(ranking)).toEqual([
      ['w', 1],
      ['x', 2],
      ['y', 2],
      ['z', 2],
    ]);
  });

  it('breaks by median first', () => {
    // q: 5,3,1 → mean 3, median 3; r: 4,4,1 → mean 3, median 4
    const input = singleCriterion({ j1: { q: 5, r: 4 }, j2: { q: 3, r: 4 }, j3: { q: 1, r: 1 } });
    const ranking = rankApplications(aggregateApplications(input), {
      tiePolicy: defaultTieBreakChain(['K']),
    });
    expect(order(ranking)).toEqual([
      ['r', 1],
      ['q', 2],
    ]);
    expect(ranking.ties[0]?.decidedBy).toEqual([{ by: 'median' }]);
    expect(ranking.ties[0]?.outcome).toBe('broken');
  });

  it('then by criterion means, then by application id, and reports which step decided', () => {
    const ranking = rankApplications(aggs, { tiePolicy: defaultTieBreakChain(['A', 'B']) });
    expect(order(ranking)).toEqual([
      ['w', 1],
      ['y', 2],
      ['x', 3],
      ['z', 4],
    ]);
    expect(ranking.entries.map((e) => e.separation)).toEqual([
      { kind: 'first' },
      { kind: 'primary' },
      { kind: 'tie-break', step: { by: 'criterion-mean', criterion: 'A' } },
      { kind: 'tie-break', step: { by: 'application-id' } },
    ]);
    expect(ranking.ties).toEqual([
      {
        value: 3,
        applications: ['y', 'x', 'z'],
        firstPosition: 2,
        outcome: 'broken',
        decidedBy: [{ by: 'criterion-mean', criterion: 'A' }, { by: 'application-id' }],
        remaining: [],
      },
    ]);
  });

  it('leaves a tie shared when the chain has no id step', () => {
    const ranking = rankApplications(aggs, {
      tiePolicy: {
        kind: 'chain',
        steps: [
          { by: 'median' },
          { by: 'criterion-mean', criterion: 'A' },
          { by: 'criterion-mean', criterion: 'B' },
        ],
      },
    });
    expect(order(ranking)).toEqual([
      ['w', 1],
      ['y', 2],
      ['x', 3],
      ['z', 3],
    ]);
    expect(ranking.ties[0]?.outcome).toBe('partly-broken');
    expect(ranking.ties[0]?.remaining).toEqual([['x', 'z']]);
  });
});

describe('ties at the finalist cut and the winner', () => {
  const aggs = aggregateApplications(tieExample());

  it('warns when a shared tie straddles the cut', () => {
    const ranking = rankApplications(aggs, { tiePolicy: { kind: 'shared' } });
    expect(tiesAtCut(ranking, 2)).toEqual([
      { where: 'finalist-cut', applications: ['x', 'y', 'z'], resolved: false, decidedBy: null },
    ]);
    // Cut after position 4 (everything in) or 1 (w alone) touches no tie.
    expect(tiesAtCut(ranking, 4)).toEqual([]);
    expect(tiesAtCut(ranking, 1)).toEqual([]);
  });

  it('still warns when a chain broke the tie, naming the step', () => {
    const ranking = rankApplications(aggs, { tiePolicy: defaultTieBreakChain(['A', 'B']) });
    expect(tiesAtCut(ranking, 2)).toEqual([
      {
        where: 'finalist-cut',
        applications: ['y', 'x', 'z'],
        resolved: true,
        decidedBy: { by: 'criterion-mean', criterion: 'A' },
      },
    ]);
    expect(tiesAtCut(ranking, 3)[0]?.decidedBy).toEqual({ by: 'application-id' });
  });

  it('warns about a tie for the winner', () => {
    const input = singleCriterion({ j1: { p: 5, q: 5, r: 1 } });
    const ranking = rankApplications(aggregateApplications(input), {
      tiePolicy: { kind: 'shared' },
    });
    expect(tiesAtCut(ranking, 2)).toEqual([
      { where: 'winner', applications: ['p', 'q'], resolved: false, decidedBy: null },
    ]);
  });
});

describe('rankValues', () => {
  it('ranks higher first, shares equal values, lists ties by id', () => {
    const r = rankValues(
      new Map<string, number | undefined>([
        ['c', 2],
        ['b', 3],
        ['a', 2],
        ['d', undefined],
      ]),
    );
    expect(r.entries).toEqual([
      { id: 'b', rank: 1, value: 3 },
      { id: 'a', rank: 2, value: 2 },
      { id: 'c', rank: 2, value: 2 },
    ]);
    expect(r.unranked).toEqual(['d']);
  });
});

describe('determinism', () => {
  it('gives the same ranking for any order of jurors and applications', () => {
    const apps = ['a', 'b', 'c', 'd', 'e'];
    const jurors = ['j1', 'j2', 'j3', 'j4'];
    const scores = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), {
      minLength: apps.length * jurors.length,
      maxLength: apps.length * jurors.length,
    });
    const perm = <T>(xs: T[]) =>
      fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length });
    fc.assert(
      fc.property(
        scores,
        perm(apps),
        perm(jurors),
        fc.boolean(),
        (cells, appOrder, jurorOrder, chain) => {
          const rows: [string, string, string, ScoreValue][] = [];
          cells.forEach((s, i) => {
            const j = jurors[i % jurors.length];
            const a = apps[Math.floor(i / jurors.length)];
            if (s !== undefined && j !== undefined && a !== undefined) rows.push([j, a, 'K', s]);
          });
          const base: ScoringInput = {
            criteria: [{ key: 'K', weight: 1, min: 1, max: 5 }],
            jurors,
            applications: apps,
            scores: scoreTableFrom(rows),
            conflicts: new Map(),
          };
          const options = {
            tiePolicy: chain ? defaultTieBreakChain(['K']) : ({ kind: 'shared' } as const),
          };
          const a = rankApplications(aggregateApplications(base), options);
          const b = rankApplications(
            aggregateApplications({ ...base, applications: appOrder, jurors: jurorOrder }),
            options,
          );
          expect(b).toEqual(a);
        },
      ),
    );
  });
});
