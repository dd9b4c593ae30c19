import { describe, expect, it } from 'vitest';
import {
  applyArrivals,
  emptyImportState,
  jurorProgress,
  mergeOf,
  pendingChoices,
  REJECT_REASONS,
  withDecision,
} from '../../../src-shared/chair';
import type { Arrival, ChairImportState, ImportReportRow } from '../../../src-shared/chair';
import type { ScoreFileMeta } from '../../../src-shared/scoring';
import type { Roster } from '../../../src-shared/exchange';

const AT = '2026-04-01T10:00:00.000Z';

function meta(
  fileId: string,
  revision: number,
  prev: string | null,
  jurorId = 'j1',
  final = false,
): ScoreFileMeta {
  return { fileId, jurorId, revision, previousDigest: prev, final };
}
const ok = (m: ScoreFileMeta, fileName = `${m.fileId}.juryrum`): Arrival => ({
  fileName,
  check: { ok: true, meta: m },
});

function importAll(state: ChairImportState, ...arrivals: Arrival[]) {
  return applyArrivals(state, arrivals, AT);
}
const only = (report: ImportReportRow[]): ImportReportRow => {
  const row = report[report.length - 1];
  if (row === undefined) throw new Error('no report row');
  return row;
};

describe('import report: one row per merge rule', () => {
  it('first valid file from a juror: accepted (FIRST_FILE), stored in the ledger', () => {
    const r = importAll(emptyImportState(), ok(meta('a1', 1, null)));
    expect(only(r.report)).toMatchObject({
      verdict: 'accepted',
      reason: 'FIRST_FILE',
      jurorId: 'j1',
      revision: 1,
      onHold: false,
    });
    expect(r.added.map((e) => [e.seq, e.digest])).toEqual([[1, 'a1']]);
    expect(mergeOf(r.state).jurors.get('j1')?.head?.digest).toBe('a1');
  });

  it('higher revision linked to the head: accepted (SUPERSEDES), the old head superseded', () => {
    const first = importAll(emptyImportState(), ok(meta('a1', 1, null)));
    const r = importAll(first.state, ok(meta('a2', 2, 'a1')));
    expect(only(r.report)).toMatchObject({ verdict: 'accepted', reason: 'SUPERSEDES' });
    expect(only(r.report).changed).toEqual([{ digest: 'a1', from: 'accepted', to: 'superseded' }]);
    expect(mergeOf(r.state).verdicts.get('a1')).toBe('superseded');
    expect(r.state.entries.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('same revision, same digest: duplicate, nothing is added', () => {
    const first = importAll(emptyImportState(), ok(meta('a1', 1, null)));
    const r = importAll(first.state, ok(meta('a1', 1, null), 'copy.juryrum'));
    expect(only(r.report)).toMatchObject({
      verdict: 'duplicate',
      reason: 'SAME_DIGEST',
      digest: 'a1',
    });
    expect(r.added).toEqual([]);
    expect(r.state.entries).toEqual(first.state.entries);
  });

  it('lower revision than the accepted one: superseded (a replay), the head stays', () => {
    const newer = importAll(emptyImportState(), ok(meta('a2', 2, 'a1')));
    const r = importAll(newer.state, ok(meta('a1', 1, null)));
    expect(only(r.report)).toMatchObject({
      verdict: 'superseded',
      reason: 'OLDER_REVISION',
      onHold: false,
    });
    expect(mergeOf(r.state).jurors.get('j1')?.head?.digest).toBe('a2');
  });

  it('same revision, different content: equivocation, the juror is on hold until the chair chooses', () => {
    const first = importAll(emptyImportState(), ok(meta('a1', 1, null)));
    const r = importAll(first.state, ok(meta('b1', 1, null)));
    expect(only(r.report)).toMatchObject({
      verdict: 'equivocation',
      reason: 'SAME_REVISION_OTHER_CONTENT',
      onHold: true,
    });
    expect(only(r.report).changed).toEqual([
      { digest: 'a1', from: 'accepted', to: 'equivocation' },
    ]);
    const merge = mergeOf(r.state);
    expect(merge.jurors.get('j1')?.head).toBeNull();
    expect(pendingChoices(merge)).toEqual([
      {
        jurorId: 'j1',
        options: [
          { digest: 'a1', revision: 1, verdict: 'equivocation' },
          { digest: 'b1', revision: 1, verdict: 'equivocation' },
        ],
      },
    ]);
    // The chair's choice resolves it: b1 counts, a1 stays flagged.
    const decided = withDecision(r.state, 'j1', 1, 'b1');
    const after = mergeOf(decided);
    expect(after.jurors.get('j1')?.head?.digest).toBe('b1');
    expect(after.verdicts.get('a1')).toBe('equivocation');
    expect(pendingChoices(after)).toEqual([]);
  });

  it('higher revision whose previous digest does not match: fork, flagged and on hold', () => {
    const chain = importAll(emptyImportState(), ok(meta('a1', 1, null)), ok(meta('a2', 2, 'a1')));
    const r = importAll(chain.state, ok(meta('x3', 3, 'elsewhere')));
    expect(only(r.report)).toMatchObject({ verdict: 'fork', reason: 'BROKEN_CHAIN', onHold: true });
    expect(mergeOf(r.state).jurors.get('j1')?.awaitingDecision).toBe(true);
  });

  it.each(REJECT_REASONS)('rejected (%s): reported, and the state does not change', (reason) => {
    const before = importAll(emptyImportState(), ok(meta('a1', 1, null))).state;
    const r = applyArrivals(
      before,
      [{ fileName: 'bad.juryrum', check: { ok: false, reason } }],
      AT,
    );
    expect(only(r.report)).toMatchObject({ verdict: 'rejected', reason, digest: null });
    expect(r.added).toEqual([]);
    expect(r.state.entries).toEqual(before.entries);
    expect(mergeOf(r.state)).toEqual(mergeOf(before));
  });

  it('a batch is reported in order and the same file twice in one batch is a duplicate', () => {
    const r = importAll(
      emptyImportState(),
      ok(meta('a1', 1, null)),
      ok(meta('a1', 1, null)),
      ok(meta('c1', 1, null, 'j2')),
    );
    expect(r.report.map((x) => x.verdict)).toEqual(['accepted', 'duplicate', 'accepted']);
    expect(r.added.map((e) => e.seq)).toEqual([1, 2]);
  });
});

describe('juror progress', () => {
  const person = (jurorId: string, role: 'juror' | 'chair') => ({
    jurorId,
    name: jurorId.toUpperCase(),
    organisation: '',
    role,
  });
  const roster = {
    jurors: [person('j1', 'chair'), person('j2', 'juror'), person('j3', 'juror')],
  } as unknown as Roster;

  it('says who delivered which revision, who is on hold and who is missing', () => {
    const s = importAll(
      emptyImportState(),
      ok(meta('a1', 1, null, 'j1')),
      ok(meta('a2', 2, 'a1', 'j1', true)),
      ok(meta('b1', 1, null, 'j2')),
      ok(meta('b1x', 1, null, 'j2')),
    ).state;
    const rows = jurorProgress(roster, mergeOf(s));
    expect(
      rows.map((r) => [r.jurorId, r.status, r.revision, r.final, r.files, r.contested]),
    ).toEqual([
      ['j1', 'delivered', 2, true, 2, 0],
      ['j2', 'awaiting-decision', null, null, 2, 2],
      ['j3', 'missing', null, null, 0, 0],
    ]);
  });
});

describe('settled report (order does not matter)', () => {
  it('reports a replay as superseded even when it arrived first', async () => {
    const { settleReport } = await import('../../../src-shared/chair');
    const r = importAll(
      emptyImportState(),
      ok(meta('a1', 1, null)),
      ok(meta('a2', 2, 'a1')),
      ok(meta('a1', 1, null)),
    );
    expect(r.report.map((x) => x.verdict)).toEqual(['accepted', 'accepted', 'duplicate']);
    expect(settleReport(r.state, r.report).map((x) => [x.verdict, x.reason])).toEqual([
      ['superseded', 'OLDER_REVISION'],
      ['accepted', 'SUPERSEDES'],
      ['duplicate', 'SAME_DIGEST'],
    ]);
  });
});
