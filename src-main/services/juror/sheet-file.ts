import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import { SHEET_COLUMNS } from '../../../src-shared/juror';
import type { SheetRow } from '../../../src-shared/juror';

/** Column widths in characters, in SHEET_COLUMNS order. */
const WIDTHS = [12, 14, 10, 32, 14, 60];

/**
 * The scoring sheet as an .xlsx workbook: one sheet, a bold header row, every
 * cell written as text, so that nothing a juror wrote is ever read back as a
 * formula or a date.
 */
export async function sheetXlsx(rows: readonly SheetRow[], sheetName: string): Promise<Uint8Array> {
  const data: SheetData = [
    SHEET_COLUMNS.map((c) => ({ value: c, type: String, fontWeight: 'bold' as const })),
    ...rows.map((r) => SHEET_COLUMNS.map((c) => ({ value: r[c], type: String }))),
  ];
  const buffer = await writeXlsxFile(data, {
    sheet: sheetName.slice(0, 31),
    columns: WIDTHS.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBuffer();
  return new Uint8Array(buffer);
}

/**
 * A cell as written to CSV: quoted when it holds the separator, a quote or a
 * line break. A cell that starts with = + - or @ gets a leading apostrophe,
 * so a spreadsheet shows it as text instead of running it as a formula; the
 * sheet reader takes the apostrophe away again.
 */
export function csvCell(text: string): string {
  const guarded = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * The scoring sheet as CSV the way Swedish Excel reads it without asking:
 * UTF-8 with a byte order mark, ';' between cells, CRLF line ends.
 */
export function sheetCsv(rows: readonly SheetRow[]): Uint8Array {
  const lines = [
    SHEET_COLUMNS.join(';'),
    ...rows.map((r) => SHEET_COLUMNS.map((c) => csvCell(r[c])).join(';')),
  ];
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}
