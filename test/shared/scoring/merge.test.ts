import { describe, expect, it } from 'vitest';
import { InvariantError } from '../../../src-shared/assert';
import { decisionKey, mergeScoreFiles, mergeVerdictForArrival } from '../../../src-shared/scoring';
import { file, snapshot, verdictsOf } from './merge-helpers';

const A1 = file('A1', 1, null);
const B2 = file('B2', 2, 'A1');
const C3 = file('C3', 3, 'B2');

describe('merge table: first valid file', () => {
  it('accepts a juror’s first file', () => {
    const r = mergeScoreFiles([A1]);
    expect(verdictsOf(r)).toEqual({ A1: 'accepted' });
    expect(r.jurors.get('j')).toEqual({
      jurorId: 'j',
      head: { digest: 'A1', revision: 1, final: false },
      awaitingDecision: false,
      contested: [],
      appliedDecisions: [],
    });
  });

  it('accepts a first file of a later revision whose predecessors never arrived', () => {
    const r = mergeScoreFiles([file('X3', 3, 'never-sent')]);
    expect(verdictsOf(r)).toEqual({ X3: 'accepted' });
  });
});

describe('merge table: higher revision linked to the head', () => {
  it('accepts it and supersedes the old head', () => {
    const r = mergeScoreFiles([A1, B2]);
    expect(verdictsOf(r)).toEqual({ A1: 'superseded', B2: 'accepted' });
    expect(r.jurors.get('j')?.head?.digest).toBe('B2');
  });

  it('reports the change on arrival', () => {
    const report = mergeVerdictForArrival(mergeScoreFiles([A1]), B2);
    expect(report.verdict).toBe('accepted');
    expect(report.changed).toEqual([{ digest: 'A1', from: 'accepted', to: 'superseded' }]);
    expect(report.headBefore?.digest).toBe('A1');
    expect(report.headAfter?.digest).toBe('B2');
  });
});

describe('merge table: same revision, same digest', () => {
  it('is a duplicate on arrival and changes nothing', () => {
    const before = mergeScoreFiles([A1, B2]);
    const report = mergeVerdictForArrival(before, file('A1', 1, null));
    expect(report.verdict).toBe('duplicate');
    expect(report.result).toBe(before);
    expect(report.changed).toEqual([]);
  });

  it('collapses repeats in a set', () => {
    expect(snapshot(mergeScoreFiles([A1, B2, A1, B2]))).toBe(snapshot(mergeScoreFiles([A1, B2])));
  });

  it('refuses one digest with two different metadata', () => {
    expect(() => mergeScoreFiles([A1, file('A1', 2, null)])).toThrow(InvariantError);
  });
});

describe('merge table: lower revision than the accepted one', () => {
  it('is superseded (a replay) and the head stays', () => {
    const report = mergeVerdictForArrival(mergeScoreFiles([B2, C3]), A1);
    expect(report.verdict).toBe('superseded');
    expect(report.headAfter?.digest).toBe('C3');
    expect(report.changed).toEqual([]);
  });

  it('is superseded even when the revisions between are missing', () => {
    // Revision 3 arrived alone (its previous, B2, never did); then revision 1 turns up.
    const r = mergeScoreFiles([C3, A1]);
    expect(verdictsOf(r)).toEqual({ A1: 'superseded', C3: 'accepted' });
  });
});

describe('merge table: same revision, different content (equivocation)', () => {
  const B2x = file('B2x', 2, 'A1');

  it('flags both, and neither wins', () => {
    const r = mergeScoreFiles([A1, B2, B2x]);
    expect(verdictsOf(r)).toEqual({ A1: 'superseded', B2: 'equivocation', B2x: 'equivocation' });
    const j = r.jurors.get('j');
    expect(j?.head).toBeNull();
    expect(j?.awaitingDecision).toBe(true);
    expect(j?.contested).toEqual([
      { digest: 'B2', revision: 2, verdict: 'equivocation' },
      { digest: 'B2x', revision: 2, verdict: 'equivocation' },
    ]);
  });

  it('also between two first files', () => {
    const r = mergeScoreFiles([A1, file('A1x', 1, null)]);
    expect(verdictsOf(r)).toEqual({ A1: 'equivocation', A1x: 'equivocation' });
    expect(r.jurors.get('j')?.head).toBeNull();
  });

  it('resolves when the chair names the chosen digest', () => {
    const r = mergeScoreFiles([A1, B2, B2x], new Map([[decisionKey('j', 2), 'B2x']]));
    expect(verdictsOf(r)).toEqual({ A1: 'superseded', B2: 'equivocation', B2x: 'accepted' });
    expect(r.jurors.get('j')?.head?.digest).toBe('B2x');
    expect(r.jurors.get('j')?.awaitingDecision).toBe(false);
    expect(r.jurors.get('j')?.contested).toEqual([]);
    expect(r.jurors.get('j')?.appliedDecisions).toEqual([{ revision: 2, digest: 'B2x' }]);
  });

  it('a decision keeps the chosen branch’s later revisions', () => {
    const r = mergeScoreFiles([A1, B2, B2x, C3], new Map([[decisionKey('j', 2), 'B2']]));
    expect(verdictsOf(r)).toEqual({
      A1: 'superseded',
      B2: 'superseded',
      B2x: 'equivocation',
      C3: 'accepted',
    });
  });

  it('a conflicting lower revision puts the juror on hold instead of being ignored', () => {
    // C3 was the head; B2x contradicts B2, on which C3 is built.
    const report = mergeVerdictForArrival(mergeScoreFiles([A1, B2, C3]), B2x);
    expect(report.verdict).toBe('equivocation');
    expect(report.headAfter).toBeNull();
    expect(report.changed).toEqual([
      { digest: 'B2', from: 'superseded', to: 'equivocation' },
      { digest: 'C3', from: 'accepted', to: 'fork' },
    ]);
  });
});

describe('merge table: higher revision whose previous does not match (fork)', () => {
  it('flags a link that skips the accepted revision', () => {
    const X3 = file('X3', 3, 'A1'); // built on A1, ignoring B2
    const report = mergeVerdictForArrival(mergeScoreFiles([A1, B2]), X3);
    expect(report.verdict).toBe('fork');
    expect(verdictsOf(report.result)).toEqual({ A1: 'superseded', B2: 'fork', X3: 'fork' });
    expect(report.result.jurors.get('j')?.awaitingDecision).toBe(true);
  });

  it('flags an unknown previous when there is no room for it', () => {
    // X3's previous must have revision 2, but the juror's revision 2 is B2.
    const r = mergeScoreFiles([A1, B2, file('X3', 3, 'Y2')]);
    expect(r.verdicts.get('X3')).toBe('fork');
    expect(r.jurors.get('j')?.head).toBeNull();
  });

  it('flags a second history that starts again from nothing', () => {
    const r = mergeScoreFiles([A1, file('N2', 2, null)]);
    expect(verdictsOf(r)).toEqual({ A1: 'fork', N2: 'fork' });
  });

  it('does not flag a gap that a missing file can fill', () => {
    const r = mergeScoreFiles([A1, file('X3', 3, 'Y2')]);
    expect(verdictsOf(r)).toEqual({ A1: 'superseded', X3: 'accepted' });
  });

  it('the chair can keep the old branch or take the fork', () => {
    const X3 = file('X3', 3, 'A1');
    const keepOld = mergeScoreFiles([A1, B2, X3], new Map([[decisionKey('j', 2), 'B2']]));
    expect(verdictsOf(keepOld)).toEqual({ A1: 'superseded', B2: 'accepted', X3: 'fork' });
    const takeFork = mergeScoreFiles([A1, B2, X3], new Map([[decisionKey('j', 3), 'X3']]));
    expect(verdictsOf(takeFork)).toEqual({ A1: 'superseded', B2: 'fork', X3: 'accepted' });
  });
});

describe('merge: further cases', () => {
  it('keeps the head when a conflict lies entirely below it', () => {
    // B2 and D2 equivocate; E5 names an unknown revision 4 that could follow either.
    const r = mergeScoreFiles([A1, B2, file('D2', 2, 'A1'), file('E5', 5, 'W4')]);
    expect(r.jurors.get('j')?.head?.digest).toBe('E5');
    expect(r.jurors.get('j')?.awaitingDecision).toBe(false);
    expect(r.jurors.get('j')?.contested.map((c) => c.digest)).toEqual(['B2', 'D2']);
  });

  it('handles jurors independently and reports the final flag', () => {
    const r = mergeScoreFiles([
      A1,
      file('k1', 1, null, 'k'),
      file('k2', 2, 'k1', 'k', true),
      file('A1x', 1, null),
    ]);
    expect(r.jurors.get('k')?.head).toEqual({ digest: 'k2', revision: 2, final: true });
    expect(r.jurors.get('j')?.head).toBeNull();
    expect([...r.jurors.keys()]).toEqual(['j', 'k']);
  });

  it('ignores decisions that name nothing applicable', () => {
    const B2x = file('B2x', 2, 'A1');
    const decisions = new Map([
      ['nonsense', 'B2'],
      [decisionKey('nobody', 2), 'B2'],
      [decisionKey('j', 3), 'B2'], // wrong revision for B2
      [decisionKey('j', 1), 'missing'],
      ['j:02', 'B2'], // not a canonical revision
    ]);
    const r = mergeScoreFiles([A1, B2, B2x], decisions);
    expect(r.ignoredDecisions).toEqual(['j:02', 'j:1', 'j:3', 'nobody:2', 'nonsense']);
    expect(r.jurors.get('j')?.awaitingDecision).toBe(true);
  });

  it('ignores a later decision for a file an earlier decision removed', () => {
    const X3 = file('X3', 3, 'A1');
    const decisions = new Map([
      [decisionKey('j', 3), 'X3'],
      [decisionKey('j', 2), 'B2'], // applied first (lower revision): removes X3
    ]);
    const r = mergeScoreFiles([A1, B2, X3], decisions);
    expect(r.jurors.get('j')?.head?.digest).toBe('B2');
    expect(r.ignoredDecisions).toEqual(['j:3']);
  });

  it('merges nothing into an empty state', () => {
    const r = mergeScoreFiles([]);
    expect(r.files).toEqual([]);
    expect(r.jurors.size).toBe(0);
  });
});
