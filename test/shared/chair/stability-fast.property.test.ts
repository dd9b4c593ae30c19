import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  leaveOneOut,
  TIE_CHOICES,
  tiePolicyFor,
  tieSetup,
  withTieBreaks,
} from '../../../src-shared/chair';
import type { TieVote } from '../../../src-shared/chair';
import {
  aggregateApplications,
  CANNOT_ASSESS,
  conflictSetFrom,
  impliedBallots,
  leaveOneJurorOut,
  rankApplications,
  scoreTableFrom,
  withoutJuror,
} from '../../../src-shared/scoring';
import type { ScoreValue, ScoringInput } from '../../../src-shared/scoring';

/** Small rounds with many ties, empty cells, "cannot assess", conflicts and zero weights. */
const inputs: fc.Arbitrary<ScoringInput> = fc
  .record({
    jurors: fc.integer({ min: 1, max: 6 }),
    apps: fc.integer({ min: 1, max: 8 }),
    weights: fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 3 }),
    seed: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 200, maxLength: 200 }),
    conflicts: fc.array(fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 7 })), { maxLength: 4 }),
  })
  .filter((r) => r.weights.some((w) => w > 0))
  .map((r) => {
    const jurors = Array.from({ length: r.jurors }, (_, i) => `j${i + 1}`);
    const applications = Array.from({ length: r.apps }, (_, i) => `a${i + 1}`);
    const criteria = r.weights.map((weight, i) => ({ key: `C${i}`, weight, min: 1, max: 3 }));
    const rows: [string, string, string, ScoreValue][] = [];
    let k = 0;
    for (const j of jurors) {
      for (const a of applications) {
        for (const c of criteria) {
          const s = r.seed[k++ % r.seed.length] ?? 0;
          // 0 = empty cell, 4 = cannot assess, else a score 1..3 (plenty of ties)
          if (s === 0) continue;
          rows.push([j, a, c.key, s === 4 ? CANNOT_ASSESS : ((s - 1) % 3) + 1]);
        }
      }
    }
    return {
      criteria,
      jurors,
      applications,
      scores: scoreTableFrom(rows),
      conflicts: conflictSetFrom(r.conflicts.map(([j, a]) => [`j${j + 1}`, `a${a + 1}`] as const)),
    };
  });

describe('fast leave-one-juror-out', () => {
  it('equals leaveOneJurorOut exactly, for both tie policies', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.constantFrom('shared' as const, 'chain' as const),
        fc.nat({ max: 4 }),
        (input, choice, finalists) => {
          const tiePolicy = tiePolicyFor(
            choice,
            input.criteria.map((c) => c.key),
          );
          const reference = leaveOneJurorOut(input, { finalists, ranking: { tiePolicy } });
          const baseline = rankApplications(aggregateApplications(input), { tiePolicy });
          const fast = leaveOneOut(input, baseline, { finalists, tiePolicy });
          expect(fast.applications).toEqual(reference.applications);
          expect(fast.runs).toEqual(reference.runs);
          expect(fast.winnerChangesWithout).toEqual(reference.winnerChangesWithout);
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);
});

/** Votes on every tie of the shared ranking, each putting the group in reverse id order. */
function votesOnEveryTie(input: ScoringInput): TieVote[] {
  const shared = rankApplications(aggregateApplications(input), { tiePolicy: { kind: 'shared' } });
  return shared.ties.map((g) => ({
    order: [...g.applications].reverse(),
    at: '2026-04-10T09:00:00.000Z',
  }));
}

describe('fast leave-one-juror-out with the chair’s tie policies', () => {
  it('ranks each run as the table would rank the round without that juror', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.constantFrom(...TIE_CHOICES),
        fc.nat({ max: 4 }),
        (input, choice, n) => {
          const votes = votesOnEveryTie(input);
          const setup = tieSetup(
            input,
            aggregateApplications(input),
            impliedBallots(input),
            choice,
            votes,
          );
          const baseline = rankApplications(
            withTieBreaks(aggregateApplications(input), setup.values),
            {
              tiePolicy: setup.policy,
            },
          );
          const fast = leaveOneOut(input, baseline, {
            finalists: n,
            tiePolicy: setup.policy,
            tieBreaks: setup.values,
          });
          for (const run of fast.runs) {
            const rest = withoutJuror(input, run.removedJuror);
            // Top scores and Borda are recomputed without the juror; the vote stays as cast.
            const own = tieSetup(
              rest,
              aggregateApplications(rest),
              impliedBallots(rest),
              choice,
              [],
            );
            const values = choice === 'chair-vote' ? setup.values : own.values;
            const ranking = rankApplications(withTieBreaks(aggregateApplications(rest), values), {
              tiePolicy: setup.policy,
            });
            const expected = new Map(
              input.applications.map((a) => [a, undefined as number | undefined]),
            );
            for (const e of ranking.entries) expected.set(e.application, e.rank);
            expect(run.ranks).toEqual(expected);
          }
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);
});

describe('alpha per criterion in the table', () => {
  it('equals alphaAllCriteria exactly', async () => {
    const { criterionAlphas } = await import('../../../src-shared/chair');
    const { alphaAllCriteria } = await import('../../../src-shared/scoring');
    fc.assert(
      fc.property(inputs, (input) => {
        expect(criterionAlphas(input)).toEqual(alphaAllCriteria(input));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
