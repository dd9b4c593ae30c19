import { describe, expect, it } from 'vitest';
import {
  appStatus,
  declareConflict,
  emptyAppState,
  exportSummary,
  markDone,
  progressOf,
  scoreFileContent,
  withCell,
  withdrawConflict,
  withOverallComment,
} from '../../../src-shared/juror';
import type { AppScoreState } from '../../../src-shared/juror';
import { apps, criteria, stateWith } from './fixtures';

const full = (id: string, v = 3) =>
  stateWith(
    id,
    criteria.map(() => v),
    'Bra',
  );

describe('scoring state', () => {
  it('marks done only when every criterion has a score or "cannot assess"', () => {
    const partial = stateWith('app-01', [3, 'cannot-assess', 4, null, 2]);
    const refused = markDone(partial, criteria, 2);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.missing.map((c) => c.key)).toEqual(['A', 'W', 'S', 'P']);
    const ready = stateWith('app-01', [3, 'cannot-assess', 4, 5, 1, 2, 3, 4]);
    const done = markDone(ready, criteria, 2);
    expect(done.ok && done.state.done).toBe(true);
    if (done.ok) {
      expect(appStatus(done.state, criteria)).toBe('done');
      // Emptying a criterion takes the mark away; changing a value does not.
      expect(withCell(done.state, 'L', { value: 4 }, 3).done).toBe(true);
      expect(withCell(done.state, 'L', { value: null }, 3).done).toBe(false);
    }
  });

  it('a declared conflict clears the scores and locks them until withdrawn', () => {
    const scored = withOverallComment(full('app-02'), 'Stark ansökan', 1);
    const conflicted = declareConflict(scored, 'Min syster är socialchef där', 2);
    expect(conflicted.cells).toEqual([]);
    expect(conflicted.overallComment).toBe('');
    expect(appStatus(conflicted, criteria)).toBe('conflict');
    expect(withCell(conflicted, 'L', { value: 5 }, 3)).toBe(conflicted);
    expect(withOverallComment(conflicted, 'x', 3)).toBe(conflicted);
    expect(markDone(conflicted, criteria, 3).ok).toBe(false);
    const back = withdrawConflict(conflicted, 4);
    expect(back.conflict).toBeNull();
    expect(back.cells).toEqual([]);
  });

  it('counts progress as "done or conflicted" of all', () => {
    const states = new Map<string, AppScoreState>();
    for (const a of apps.slice(0, 5)) {
      const r = markDone(full(a.id), criteria, 1);
      if (r.ok) states.set(a.id, r.state);
    }
    states.set('app-06', declareConflict(emptyAppState('app-06'), 'Jäv', 1));
    states.set('app-07', stateWith('app-07', [3]));
    states.set('app-08', full('app-08'));
    const p = progressOf(
      apps.map((a) => a.id),
      states,
      criteria,
    );
    expect(p).toEqual({
      total: 9,
      done: 5,
      conflicts: 1,
      handled: 6,
      inProgress: 2,
      notStarted: 1,
    });
    expect(appStatus(states.get('app-08'), criteria)).toBe('complete');
  });

  it('builds score-file content: every cell, declarations alone, no empty overall comments', () => {
    const states = new Map<string, AppScoreState>([
      ['app-01', withOverallComment(full('app-01', 4), 'Tydlig', 1)],
      ['app-02', declareConflict(full('app-02'), 'Jäv', 1)],
      ['app-03', stateWith('app-03', [2, 'cannot-assess'])],
    ]);
    const ids = ['app-01', 'app-02', 'app-03', 'app-04'];
    const content = scoreFileContent(ids, states, criteria);
    expect(content.conflicts).toEqual([{ applicationId: 'app-02', reason: 'Jäv' }]);
    expect(content.scores.filter((s) => s.applicationId === 'app-02')).toEqual([]);
    expect(content.scores).toHaveLength(3 * criteria.length);
    expect(
      content.scores.filter((s) => s.applicationId === 'app-04').every((s) => s.value === null),
    ).toBe(true);
    expect(
      content.scores.find((s) => s.applicationId === 'app-03' && s.criterion === 'I')?.value,
    ).toBe('cannot-assess');
    expect(content.overallComments).toEqual([{ applicationId: 'app-01', comment: 'Tydlig' }]);
    const summary = exportSummary(ids, states, criteria);
    expect(summary.complete).toBe(false);
    expect(summary.conflicts).toEqual([{ applicationId: 'app-02', reason: 'Jäv' }]);
    expect(summary.missing.map((m) => [m.applicationId, m.criteria.length])).toEqual([
      ['app-01', 0],
      ['app-03', 6],
      ['app-04', 8],
    ]);
  });
});
