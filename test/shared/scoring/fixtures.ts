import { CANNOT_ASSESS, conflictSetFrom, scoreTableFrom } from '../../../src-shared/scoring';
import type { ScoreValue, ScoringInput } from '../../../src-shared/scoring';

/**
 * The small worked example used across the tests.
 *
 * Criteria on a 1–5 scale: A (weight 2), B (weight 1); T = (2A + B) / 3.
 *
 *        a1         a2                 a3
 *  j1    A5 B4      A3 B3              A2 B5
 *  j2    A4 B4      A4 B2              A1 B1
 *  j3    A5 B2      A3 B cannot-assess (conflicted on a3; scores A5 B5 are ignored)
 *
 * Weighted totals:
 *  j1: a1 (10+4)/3 = 14/3   a2 (6+3)/3 = 3     a3 (4+5)/3 = 3
 *  j2: a1 (8+4)/3 = 4       a2 (8+2)/3 = 10/3  a3 (2+1)/3 = 1
 *  j3: a1 (10+2)/3 = 4      a2 (2·3)/2 = 3     a3 —
 */
export function smallExample(): ScoringInput {
  const rows: [string, string, string, ScoreValue][] = [
    ['j1', 'a1', 'A', 5],
    ['j1', 'a1', 'B', 4],
    ['j1', 'a2', 'A', 3],
    ['j1', 'a2', 'B', 3],
    ['j1', 'a3', 'A', 2],
    ['j1', 'a3', 'B', 5],
    ['j2', 'a1', 'A', 4],
    ['j2', 'a1', 'B', 4],
    ['j2', 'a2', 'A', 4],
    ['j2', 'a2', 'B', 2],
    ['j2', 'a3', 'A', 1],
    ['j2', 'a3', 'B', 1],
    ['j3', 'a1', 'A', 5],
    ['j3', 'a1', 'B', 2],
    ['j3', 'a2', 'A', 3],
    ['j3', 'a2', 'B', CANNOT_ASSESS],
    // Present in the table but ignored: j3 is conflicted on a3.
    ['j3', 'a3', 'A', 5],
    ['j3', 'a3', 'B', 5],
  ];
  return {
    criteria: [
      { key: 'A', weight: 2, min: 1, max: 5 },
      { key: 'B', weight: 1, min: 1, max: 5 },
    ],
    jurors: ['j1', 'j2', 'j3'],
    applications: ['a1', 'a2', 'a3'],
    scores: scoreTableFrom(rows),
    conflicts: conflictSetFrom([['j3', 'a3']]),
  };
}

/** A one-criterion (1–5) input from `juror → application → score` rows. */
export function singleCriterion(
  scores: Record<string, Record<string, number>>,
  conflicts: [string, string][] = [],
): ScoringInput {
  const jurors = Object.keys(scores);
  const applications = [...new Set(jurors.flatMap((j) => Object.keys(scores[j] ?? {})))];
  const rows: [string, string, string, ScoreValue][] = [];
  for (const j of jurors) {
    for (const [a, s] of Object.entries(scores[j] ?? {})) rows.push([j, a, 'K', s]);
  }
  return {
    criteria: [{ key: 'K', weight: 1, min: 1, max: 5 }],
    jurors,
    applications,
    scores: scoreTableFrom(rows),
    conflicts: conflictSetFrom(conflicts),
  };
}
