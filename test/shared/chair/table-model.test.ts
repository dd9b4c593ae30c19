import { describe, expect, it } from 'vitest';
import { buildChairTable } from '../../../src-shared/chair';
import type { ChairApplication, ConsolidatedRow } from '../../../src-shared/chair';
import { alphaOverall } from '../../../src-shared/scoring';
import { singleCriterion, smallExample } from '../scoring/fixtures';

const apps = (ids: readonly string[]): ChairApplication[] =>
  ids.map((id) => ({ id, label: `Ansökan ${id}`, inPackage: true }));
const close = (actual: number | undefined, expected: number): void => {
  expect(actual).toBeDefined();
  expect(actual ?? NaN).toBeCloseTo(expected, 9);
};
function row(rows: readonly ConsolidatedRow[], id: string): ConsolidatedRow {
  const r = rows.find((x) => x.applicationId === id);
  if (r === undefined) throw new Error(`no row ${id}`);
  return r;
}

/*
 * The small example (see test/shared/scoring/fixtures.ts), weighted totals:
 *        a1     a2     a3
 *  j1   14/3    3      3
 *  j2    4     10/3    1
 *  j3    4      3      — (conflicted)
 */
describe('consolidated table on the small example (hand-computed)', () => {
  const input = smallExample();
  const chain = buildChairTable(input, apps(input.applications), {
    tieChoice: 'chain',
    finalistCount: 2,
  });

  it('lists rows in ranking order with the totals statistics', () => {
    expect(chain.rows.map((r) => [r.applicationId, r.position, r.rank])).toEqual([
      ['a1', 1, 1],
      ['a2', 2, 2],
      ['a3', 3, 3],
    ]);
    const a1 = row(chain.rows, 'a1');
    close(a1.mean, 38 / 9);
    close(a1.median, 4);
    close(a1.range, 2 / 3);
    close(a1.sd, Math.sqrt(((4 / 9) ** 2 + 2 * (2 / 9) ** 2) / 2));
    expect(a1.n).toBe(3);
    expect(a1.label).toBe('Ansökan a1');
    close(row(chain.rows, 'a2').mean, 28 / 9);
    close(row(chain.rows, 'a3').mean, 2);
  });

  it('carries each juror’s weighted total and the counts', () => {
    const a1 = row(chain.rows, 'a1');
    expect([...a1.jurorTotals.keys()]).toEqual(['j1', 'j2', 'j3']);
    close(a1.jurorTotals.get('j1'), 14 / 3);
    const a3 = row(chain.rows, 'a3');
    expect(a3.jurorTotals.has('j3')).toBe(false);
    expect([a3.n, a3.conflicts]).toEqual([2, 1]);
    expect(row(chain.rows, 'a2').cannotAssess).toBe(1);
  });

  it('flags disagreement on totals (range ≥ 2 on 1–5) and counts flagged criteria', () => {
    expect(chain.rows.map((r) => [r.applicationId, r.disagreement, r.criterionFlags])).toEqual([
      ['a1', false, 1], // B: 4, 4, 2 → range 2
      ['a2', false, 0],
      ['a3', true, 1], // totals 3 and 1; B: 5, 1
    ]);
  });

  it('adds the z view, Borda and Schulze as separate ranks', () => {
    const a1 = row(chain.rows, 'a1');
    // z(j1,a1) = √2, z(j2,a1) = (11/9)/√(402/243), z(j3,a1) = 1
    close(a1.meanZ, (Math.SQRT2 + 11 / 9 / Math.sqrt(402 / 243) + 1) / 3);
    expect(chain.rows.map((r) => r.zRank)).toEqual([1, 2, 3]);
    // Borda: j1 ranks a1 > {a2, a3}; j2 a1 > a2 > a3; j3 a1 > a2.
    close(a1.bordaScore, 1);
    close(row(chain.rows, 'a2').bordaScore, (0.25 + 0.5 + 0) / 3);
    close(row(chain.rows, 'a3').bordaScore, (0.25 + 0) / 2);
    expect(chain.rows.map((r) => r.schulzeRank)).toEqual([1, 2, 3]);
    expect(chain.schulze.truncated).toBe(false);
  });

  it('leave-one-juror-out follows the tie policy: without j2, a2 and a3 tie at 3', () => {
    // Chain: the tie breaks on criterion A's mean (3 vs 2), so every rank holds.
    expect(chain.rows.map((r) => [r.keptRank, r.inTopN, r.stabilityRuns])).toEqual([
      [3, 3, 3],
      [3, 3, 3],
      [3, 0, 3],
    ]);
    const shared = buildChairTable(input, apps(input.applications), {
      tieChoice: 'shared',
      finalistCount: 2,
    });
    // Shared: a3 shares rank 2 in that run, so it keeps its rank twice and is "in the top 2" once.
    const a3 = row(shared.rows, 'a3');
    expect([a3.keptRank, a3.inTopN, a3.minRank, a3.maxRank]).toEqual([2, 1, 2, 3]);
  });

  it('reports alpha from the same input', () => {
    expect(chain.alpha.overall.alpha).toBe(alphaOverall(input).alpha);
    expect([...chain.alpha.perCriterion.keys()]).toEqual(['A', 'B']);
  });
});

describe('ties in the table', () => {
  // Two jurors; b and c tie on the mean (3.5) right at a cut of 2.
  const input = singleCriterion({
    j1: { a: 5, b: 4, c: 3, d: 1 },
    j2: { a: 5, b: 3, c: 4, d: 2 },
  });

  it('shares the rank and warns at the finalist cut under the shared policy', () => {
    const t = buildChairTable(input, apps(input.applications), {
      tieChoice: 'shared',
      finalistCount: 2,
    });
    expect(t.rows.map((r) => [r.applicationId, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ]);
    expect(t.ties).toEqual([
      { where: 'finalist-cut', applications: ['b', 'c'], resolved: false, decidedBy: null },
    ]);
  });

  it('breaks it by the chain and still warns, naming the deciding step', () => {
    const t = buildChairTable(input, apps(input.applications), {
      tieChoice: 'chain',
      finalistCount: 2,
    });
    // Median and K's mean are equal too, so the application id decides.
    expect(t.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(t.ties).toEqual([
      {
        where: 'finalist-cut',
        applications: ['b', 'c'],
        resolved: true,
        decidedBy: { by: 'application-id' },
      },
    ]);
  });

  it('lists applications without any total last, unranked', () => {
    const withEmpty = { ...input, applications: [...input.applications, 'e'] };
    const t = buildChairTable(withEmpty, apps(withEmpty.applications), {
      tieChoice: 'shared',
      finalistCount: 2,
    });
    expect(t.rows.at(-1)).toMatchObject({ applicationId: 'e', rank: undefined, n: 0, position: 5 });
  });
});
