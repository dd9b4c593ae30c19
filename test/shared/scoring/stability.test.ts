import { describe, expect, it } from 'vitest';
import { leaveOneJurorOut } from '../../../src-shared/scoring';
import { singleCriterion } from './fixtures';

describe('leave-one-juror-out stability', () => {
  // One criterion. x: 5, 3, 3 → mean 11/3; y: 1, 4, 4 → mean 3. x wins.
  // Without j1: x 3, y 4 → y wins. Without j2 or j3: x (5+3)/2 = 4, y (1+4)/2 = 2.5 → x wins.
  const input = singleCriterion({ j1: { x: 5, y: 1 }, j2: { x: 3, y: 4 }, j3: { x: 3, y: 4 } });
  const result = leaveOneJurorOut(input, { finalists: 1 });

  it('recomputes the ranking once per juror', () => {
    expect(result.baseline.entries.map((e) => [e.application, e.rank])).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
    expect(result.runs.map((r) => [r.removedJuror, r.ranks.get('x'), r.ranks.get('y')])).toEqual([
      ['j1', 2, 1],
      ['j2', 1, 2],
      ['j3', 1, 2],
    ]);
  });

  it('shows that the winner depends on one juror', () => {
    expect(result.winnerChangesWithout).toEqual(['j1']);
    expect(result.applications.get('x')).toEqual({
      application: 'x',
      baselineRank: 1,
      runs: 3,
      keptRank: 2,
      inTopN: 2,
      unrankedRuns: 0,
      minRank: 1,
      maxRank: 2,
    });
    expect(result.applications.get('y')).toEqual({
      application: 'y',
      baselineRank: 2,
      runs: 3,
      keptRank: 2,
      inTopN: 1,
      unrankedRuns: 0,
      minRank: 1,
      maxRank: 2,
    });
  });

  it('reports a stable winner as stable', () => {
    const stable = leaveOneJurorOut(
      singleCriterion({ j1: { x: 5, y: 1 }, j2: { x: 5, y: 2 }, j3: { x: 4, y: 3 } }),
      { finalists: 1 },
    );
    expect(stable.winnerChangesWithout).toEqual([]);
    expect(stable.applications.get('x')?.keptRank).toBe(3);
    expect(stable.applications.get('x')?.inTopN).toBe(3);
  });

  it('counts runs where an application loses its only juror as unranked', () => {
    // Only j2 scored z (j1 is conflicted on z).
    const input2 = singleCriterion({ j1: { x: 4 }, j2: { x: 2, z: 5 } }, [['j1', 'z']]);
    const r = leaveOneJurorOut(input2, { finalists: 1 });
    expect(r.applications.get('z')).toEqual({
      application: 'z',
      baselineRank: 1,
      runs: 2,
      keptRank: 1,
      inTopN: 1,
      unrankedRuns: 1,
      minRank: 1,
      maxRank: 1,
    });
  });
});
