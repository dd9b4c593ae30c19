import { describe, expect, it } from 'vitest';
import {
  buildChairTable,
  DeliberationSchema,
  emptyDeliberation,
  namedStep,
  tiePolicyJson,
  TIE_KEYS,
} from '../../../src-shared/chair';
import type { ChairApplication, ChairTable, TieChoice, TieVote } from '../../../src-shared/chair';
import { conflictSetFrom, scoreTableFrom } from '../../../src-shared/scoring';
import type { ScoreValue, ScoringInput } from '../../../src-shared/scoring';
import { singleCriterion } from '../scoring/fixtures';

const apps = (input: ScoringInput): ChairApplication[] =>
  input.applications.map((id) => ({ id, label: id, inPackage: true }));
const AT = '2026-04-10T09:00:00.000Z';

function table(
  input: ScoringInput,
  tieChoice: TieChoice,
  finalistCount: number,
  tieVotes: TieVote[] = [],
): ChairTable {
  return buildChairTable(input, apps(input), { tieChoice, tieVotes, finalistCount });
}
const ranks = (t: ChairTable): [string, number | undefined][] =>
  t.rows.map((r) => [r.applicationId, r.rank]);

/*
 * Borda decides. One criterion (1–5), two jurors; x and y tie on the mean
 * (3), the median (3), the criterion mean and top scores (none):
 *        p   x   y
 *   j1   3   2   4     ballot y > p > x
 *   j2   5   4   2     ballot p > x > y
 * Borda (m = 3): x = (0 + ½)/2 = ¼, y = (1 + 0)/2 = ½, so y is ahead.
 * The default chain ends at the application id, which puts x first.
 */
const bordaTie = singleCriterion({ j1: { p: 3, x: 2, y: 4 }, j2: { p: 5, x: 4, y: 2 } });

/*
 * Top scores decide. Two criteria A, B (weight 1, 1–5); every total is 3:
 *        x        y
 *   j1   A1 B5    A4 B2
 *   j2   A3 B3    A3 B3
 * Top scores per juror: x = (1 + 0)/2 = ½, y = 0, so x is ahead. Borda ties
 * (every ballot ties x and y). The default chain decides on A's mean
 * (x 2, y 3.5) and puts y first.
 */
function topTie(): ScoringInput {
  const rows: [string, string, string, ScoreValue][] = [
    ['j1', 'x', 'A', 1],
    ['j1', 'x', 'B', 5],
    ['j1', 'y', 'A', 4],
    ['j1', 'y', 'B', 2],
    ['j2', 'x', 'A', 3],
    ['j2', 'x', 'B', 3],
    ['j2', 'y', 'A', 3],
    ['j2', 'y', 'B', 3],
  ];
  return {
    criteria: [
      { key: 'A', weight: 1, min: 1, max: 5 },
      { key: 'B', weight: 1, min: 1, max: 5 },
    ],
    jurors: ['j1', 'j2'],
    applications: ['x', 'y'],
    scores: scoreTableFrom(rows),
    conflicts: conflictSetFrom([]),
  };
}

describe('shared place', () => {
  it('gives tied applications one rank and warns that the jury must decide', () => {
    const t = table(bordaTie, 'shared', 2);
    expect(ranks(t)).toEqual([
      ['p', 1],
      ['x', 2],
      ['y', 2],
    ]);
    expect(t.ties).toEqual([
      { where: 'finalist-cut', applications: ['x', 'y'], resolved: false, decidedBy: null },
    ]);
    expect(tiePolicyJson(t.tie)).toEqual({ choice: 'shared', kind: 'shared' });
  });
});

describe('the default chain', () => {
  it('ends at the application id when everything else is equal, and says so', () => {
    const t = table(bordaTie, 'chain', 2);
    expect(ranks(t)).toEqual([
      ['p', 1],
      ['x', 2],
      ['y', 3],
    ]);
    expect(t.ties[0]).toMatchObject({ resolved: true, decidedBy: { by: 'application-id' } });
    expect(tiePolicyJson(t.tie)).toEqual({
      choice: 'chain',
      kind: 'chain',
      steps: [{ by: 'median' }, { by: 'criterion-mean', criterion: 'K' }, { by: 'application-id' }],
    });
  });

  it('decides on a criterion mean before top scores are looked at', () => {
    const t = table(topTie(), 'chain', 1);
    expect(ranks(t)).toEqual([
      ['y', 1],
      ['x', 2],
    ]);
    expect(t.ties[0]).toMatchObject({
      where: 'winner',
      decidedBy: { by: 'criterion-mean', criterion: 'A' },
    });
  });
});

describe('median, then top scores, then Borda', () => {
  it('lets the number of top scores decide the winner', () => {
    const t = table(topTie(), 'median-top-borda', 1);
    expect(ranks(t)).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
    const warning = t.ties[0];
    expect(warning).toMatchObject({ where: 'winner', resolved: true });
    expect(warning?.decidedBy && namedStep(warning.decidedBy)).toEqual({ by: 'top-scores' });
    expect(tiePolicyJson(t.tie)).toEqual({
      choice: 'median-top-borda',
      kind: 'chain',
      steps: [{ by: 'median' }, { by: 'top-scores' }, { by: 'borda' }],
    });
  });

  it('falls through to Borda when median and top scores are equal', () => {
    const t = table(bordaTie, 'median-top-borda', 2);
    expect(ranks(t)).toEqual([
      ['p', 1],
      ['y', 2],
      ['x', 3],
    ]);
    const decidedBy = t.ties[0]?.decidedBy;
    expect(decidedBy && namedStep(decidedBy)).toEqual({ by: 'borda' });
    // The Borda tie-break is the cross-check's Borda score.
    expect(t.rows.find((r) => r.applicationId === 'y')?.bordaScore).toBe(0.5);
  });

  it('shares the place when nothing separates them', () => {
    const t = table(
      singleCriterion({ j1: { x: 3, y: 3 }, j2: { x: 4, y: 4 } }),
      'median-top-borda',
      1,
    );
    expect(ranks(t)).toEqual([
      ['x', 1],
      ['y', 1],
    ]);
    expect(t.ties[0]).toMatchObject({ where: 'winner', resolved: false, decidedBy: null });
  });
});

describe('the chair’s vote', () => {
  it('shares the place until the chair has voted, then follows the vote', () => {
    const before = table(bordaTie, 'chair-vote', 2);
    expect(ranks(before)).toEqual([
      ['p', 1],
      ['x', 2],
      ['y', 2],
    ]);
    expect(before.ties[0]).toMatchObject({ resolved: false });
    expect(tiePolicyJson(before.tie)).toEqual({
      choice: 'chair-vote',
      kind: 'chain',
      steps: [{ by: 'chair-vote' }],
      votes: [],
    });

    const vote = { order: ['y', 'x'], at: AT };
    const after = table(bordaTie, 'chair-vote', 2, [vote]);
    expect(ranks(after)).toEqual([
      ['p', 1],
      ['y', 2],
      ['x', 3],
    ]);
    expect(after.ties[0]).toMatchObject({
      where: 'finalist-cut',
      resolved: true,
      decidedBy: { by: 'criterion-mean', criterion: TIE_KEYS.vote },
    });
    expect(tiePolicyJson(after.tie)).toMatchObject({ votes: [vote] });
  });

  it('uses the latest vote on the same tie, and ignores a vote on another set', () => {
    const votes = [
      { order: ['y', 'x'], at: AT },
      { order: ['p', 'x'], at: AT },
      { order: ['x', 'y'], at: '2026-04-10T10:00:00.000Z' },
    ];
    const t = table(bordaTie, 'chair-vote', 2, votes);
    expect(ranks(t)).toEqual([
      ['p', 1],
      ['x', 2],
      ['y', 3],
    ]);
    expect(t.tie.appliedVotes).toEqual([votes[2]]);
  });

  it('is a decision of the chair, not of the numbers: other policies ignore votes', () => {
    const t = table(bordaTie, 'shared', 2, [{ order: ['y', 'x'], at: AT }]);
    expect(ranks(t).map(([, r]) => r)).toEqual([1, 2, 2]);
  });
});

describe('stored deliberations', () => {
  it('read a deliberation saved before votes existed as one without votes', () => {
    const { tieVotes: _none, ...old } = emptyDeliberation();
    expect(DeliberationSchema.parse(old).tieVotes).toEqual([]);
  });

  it('refuse a vote that names an application twice', () => {
    const bad = { ...emptyDeliberation(), tieVotes: [{ order: ['x', 'x'], at: AT }] };
    expect(DeliberationSchema.safeParse(bad).success).toBe(false);
  });
});
