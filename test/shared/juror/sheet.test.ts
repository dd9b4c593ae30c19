import { describe, expect, it } from 'vitest';
import {
  diffSheet,
  parseScoreText,
  declareConflict,
  readSheet,
  SHEET_COLUMNS,
  sheetRows,
  staleSheetChanges,
  unguardFormula,
  withCell,
} from '../../../src-shared/juror';
import type { AppScoreState, SheetRow } from '../../../src-shared/juror';
import { defaultScale } from '../../../src-shared/domain/template';
import { apps, criteria, stateWith } from './fixtures';

const context = { applications: apps, criteria, conflicted: new Set(['app-09']) };
const table = (rows: readonly SheetRow[]) => ({
  headers: [...SHEET_COLUMNS],
  rows: rows.map((r) => SHEET_COLUMNS.map((c) => r[c])),
});

function scoredStates(): Map<string, AppScoreState> {
  const states = new Map<string, AppScoreState>();
  apps.slice(0, 8).forEach((a, i) => {
    states.set(
      a.id,
      stateWith(
        a.id,
        criteria.map((_, k) => (k === i ? 'cannot-assess' : 1 + ((i + k) % 5))),
        `Kommentar ${i}`,
      ),
    );
  });
  return states;
}

describe('scoring sheet', () => {
  it('round-trips: export → import gives the same scores and no changes', () => {
    const states = scoredStates();
    const rows = sheetRows(apps.slice(0, 8), criteria, states);
    expect(rows).toHaveLength(8 * 8);
    const read = readSheet(table(rows), context);
    if (!read.ok) throw new Error('columns');
    expect(read.errors).toEqual([]);
    expect(diffSheet(read.cells, states)).toEqual({ changes: [], unchanged: 64 });
  });

  it('export → edit → import shows exactly the edits, and applying them gives the edited scores', () => {
    const states = scoredStates();
    const rows = sheetRows(apps.slice(0, 8), criteria, states).map((r) => ({ ...r }));
    const a = rows[3];
    const b = rows[10];
    if (!a || !b) throw new Error('rows');
    a.score = '5';
    b.comment = 'Ändrad efter diskussion';
    const read = readSheet(table(rows), context);
    if (!read.ok) throw new Error('columns');
    const diff = diffSheet(read.cells, states);
    expect(diff.unchanged).toBe(62);
    expect(
      diff.changes.map((c) => [c.row, c.applicationId, c.criterion, c.before.value, c.after.value]),
    ).toEqual([
      [
        5,
        a.application,
        a.criterion,
        Number(sheetRows(apps.slice(0, 8), criteria, states)[3]?.score),
        5,
      ],
      [12, b.application, b.criterion, Number(b.score), Number(b.score)],
    ]);
    const applied = new Map(states);
    for (const c of diff.changes) {
      const s = applied.get(c.applicationId);
      if (s) applied.set(c.applicationId, withCell(s, c.criterion, c.after, 2));
    }
    const again = readSheet(table(sheetRows(apps.slice(0, 8), criteria, applied)), context);
    if (!again.ok) throw new Error('columns');
    expect(again.cells).toEqual(read.cells);
  });

  it('a preview goes stale when a shown cell changes or its application gets a conflict', () => {
    const states = scoredStates();
    const rows = sheetRows(apps.slice(0, 8), criteria, states).map((r) => ({ ...r }));
    const [a, b] = [rows[3], rows[10]];
    if (!a || !b) throw new Error('rows');
    a.score = '5';
    b.score = b.score === '1' ? '2' : '1';
    const read = readSheet(table(rows), context);
    if (!read.ok) throw new Error('columns');
    const { changes } = diffSheet(read.cells, states);
    expect(changes).toHaveLength(2);
    expect(staleSheetChanges(changes, states)).toEqual([]);

    const edited = new Map(states);
    const first = edited.get(a.application);
    if (!first) throw new Error('state');
    // Another value, then only another comment: each makes the change stale.
    edited.set(a.application, withCell(first, a.criterion, { value: 2 }, 5));
    expect(staleSheetChanges(changes, edited).map((c) => c.row)).toEqual([5]);
    edited.set(a.application, withCell(first, a.criterion, { comment: 'ny' }, 5));
    expect(staleSheetChanges(changes, edited).map((c) => c.row)).toEqual([5]);

    const conflicted = new Map(states);
    const second = conflicted.get(b.application);
    if (!second) throw new Error('state');
    conflicted.set(b.application, declareConflict(second, 'Jäv', 5));
    expect(staleSheetChanges(changes, conflicted).map((c) => c.row)).toEqual([12]);
  });

  it('reports each unusable row with its spreadsheet row number, and takes names and Swedish headers', () => {
    const read = readSheet(
      {
        headers: ['Ansökan', 'Kriterium', 'Poäng', 'Kommentar'],
        headerRow: 2,
        rows: [
          ['Ansökan A', 'Ledning', '4', ''],
          ['app-01', 'l', '3', 'igen'],
          ['Ansökan Ö', 'L', '3', ''],
          ['app-02', 'Okänt', '3', ''],
          ['app-02', 'K', '3,5', ''],
          ['app-02', 'A', '9', ''],
          ['', '', '', ''],
          ['app-09', 'L', '2', ''],
          ['app-03', 'D', 'ej bedömbar', "'=SUMMA(A1)"],
          ['app-03', 'W', '', ''],
        ],
      },
      context,
    );
    if (!read.ok) throw new Error('columns');
    expect(read.errors.map((e) => [e.row, e.code])).toEqual([
      [4, 'duplicate'],
      [5, 'unknown-application'],
      [6, 'unknown-criterion'],
      [7, 'not-integer'],
      [8, 'out-of-range'],
      [10, 'conflicted'],
    ]);
    expect(read.cells).toEqual([
      { row: 3, applicationId: 'app-01', criterion: 'L', value: 4, comment: '' },
      {
        row: 11,
        applicationId: 'app-03',
        criterion: 'D',
        value: 'cannot-assess',
        comment: '=SUMMA(A1)',
      },
      { row: 12, applicationId: 'app-03', criterion: 'W', value: null, comment: '' },
    ]);
  });

  it('names the missing columns, and keeps comments when there is no comment column', () => {
    expect(readSheet({ headers: ['x', 'y'], rows: [] }, context)).toEqual({
      ok: false,
      missingColumns: ['application', 'criterion', 'score'],
    });
    const states = new Map([['app-01', stateWith('app-01', [2], 'Behåll mig')]]);
    const read = readSheet(
      { headers: ['application', 'criterion', 'score'], rows: [['app-01', 'L', '3']] },
      context,
    );
    if (!read.ok) throw new Error('columns');
    expect(diffSheet(read.cells, states).changes[0]?.after).toEqual({
      value: 3,
      comment: 'Behåll mig',
    });
  });

  it('reads score cells strictly', () => {
    const scale = defaultScale();
    expect(parseScoreText(' 4 ', scale)).toEqual({ ok: true, value: 4 });
    expect(parseScoreText('4.0', scale)).toEqual({ ok: true, value: 4 });
    expect(parseScoreText('EB', scale)).toEqual({ ok: true, value: 'cannot-assess' });
    expect(parseScoreText('', scale)).toEqual({ ok: true, value: null });
    expect(parseScoreText('0', scale)).toEqual({ ok: false, code: 'out-of-range' });
    expect(parseScoreText('fyra', scale)).toEqual({ ok: false, code: 'not-integer' });
    expect(parseScoreText('cannot-assess', { ...scale, allowCannotAssess: false })).toEqual({
      ok: false,
      code: 'cannot-assess-not-allowed',
    });
    expect(unguardFormula("'+46 70")).toBe('+46 70');
    expect(unguardFormula("'inte en formel")).toBe("'inte en formel");
  });
});
