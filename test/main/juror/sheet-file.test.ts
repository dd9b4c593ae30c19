import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src-main/services/import';
import { csvCell, sheetCsv, sheetXlsx } from '../../../src-main/services/juror';
import { diffSheet, readSheet, sheetRows } from '../../../src-shared/juror';
import type { AppScoreState } from '../../../src-shared/juror';
import { apps, criteria, stateWith } from '../../shared/juror/fixtures';

const states = new Map<string, AppScoreState>(
  apps.map((a, i) => [
    a.id,
    stateWith(
      a.id,
      criteria.map((_, k) => (k === 7 ? 'cannot-assess' : 1 + ((i * 3 + k) % 5))),
      i === 0 ? '=1+1; "citat"\nny rad' : `Kommentar ${i}`,
    ),
  ]),
);
const context = { applications: apps, criteria, conflicted: new Set<string>() };

async function roundTrip(bytes: Uint8Array, name: string) {
  const table = await readTable(bytes, name);
  if (!table.ok) throw new Error(table.error.message);
  const read = readSheet(table.table, context);
  if (!read.ok) throw new Error('columns');
  return read;
}

describe('scoring sheet files', () => {
  it('XLSX: export then import gives back every score and comment', async () => {
    const rows = sheetRows(apps, criteria, states);
    const read = await roundTrip(await sheetXlsx(rows, 'Poängblad'), 'blad.xlsx');
    expect(read.errors).toEqual([]);
    expect(diffSheet(read.cells, states)).toEqual({ changes: [], unchanged: rows.length });
  });

  it('CSV (Swedish Excel: BOM, semicolons): round trip, and an edit shows as one change', async () => {
    const rows = sheetRows(apps, criteria, states);
    const csv = sheetCsv(rows);
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const first = await roundTrip(csv, 'blad.csv');
    expect(first.errors).toEqual([]);
    expect(diffSheet(first.cells, states).changes).toEqual([]);
    const edited = rows.map((r, i) => (i === 5 ? { ...r, score: r.score === '2' ? '3' : '2' } : r));
    const second = await roundTrip(sheetCsv(edited), 'blad.csv');
    const diff = diffSheet(second.cells, states);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      row: 7,
      applicationId: rows[5]?.application,
      criterion: rows[5]?.criterion,
    });
  });

  it('guards CSV cells against formulas and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-3')).toBe("'-3");
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('vanlig text')).toBe('vanlig text');
  });
});
