import { columnLabel, hasBrokenEncoding } from '../../../src-shared/import';
import type {
  ImportTable,
  ReadError,
  ReadWarning,
  TableReadResult,
} from '../../../src-shared/import';
import { IMPORT_LIMITS } from './limits';

/*
 * Collects raw rows from a CSV parser or an XLSX sheet into an ImportTable,
 * enforcing the row, column and cell caps as rows arrive, so that a parser
 * can stop early. Blank rows above the header are skipped (the header row
 * number is kept); blank rows at the end are dropped; blank rows in between
 * stay, so row numbers match what Excel shows and the mapping can report
 * them as empty.
 */

type PendingWarning = { code: ReadWarning['code']; row: number; col?: number; message: string };

/** Trim a cell and turn Windows line breaks inside it into '\n'. */
function cleanCell(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

export class TableBuilder {
  private leadingBlank = 0;
  private pendingBlank = 0;
  private width = 0;
  private readonly rows: string[][] = [];
  private readonly pending: PendingWarning[] = [];

  /** Sheet row number (1-based) of the next row pushed. */
  get nextRowNumber(): number {
    return this.leadingBlank + this.rows.length + this.pendingBlank + 1;
  }

  /** Add a warning about a row already pushed (row = sheet row number). */
  warn(code: ReadWarning['code'], row: number, message: string): void {
    this.pending.push({ code, row, message });
  }

  /** Add the next raw row. Returns an error when a cap is exceeded. */
  push(raw: readonly string[]): ReadError | null {
    const rowNumber = this.nextRowNumber;
    let last = -1;
    const cells = raw.map((value, col) => {
      const cell = cleanCell(value);
      if (cell !== '') last = col;
      return cell;
    });
    if (last < 0) {
      if (this.rows.length === 0) this.leadingBlank++;
      else this.pendingBlank++;
      return null;
    }
    if (last + 1 > IMPORT_LIMITS.maxColumns) {
      return {
        code: 'TOO_LARGE',
        message: `Row ${rowNumber} has data beyond column ${IMPORT_LIMITS.maxColumns}.`,
        detail: { kind: 'TOO_MANY_COLUMNS', row: rowNumber, limit: IMPORT_LIMITS.maxColumns },
      };
    }
    if (this.rows.length + this.pendingBlank > IMPORT_LIMITS.maxRows) {
      return {
        code: 'TOO_LARGE',
        message: `The table has more than ${IMPORT_LIMITS.maxRows} rows below the header.`,
        detail: { kind: 'TOO_MANY_ROWS', limit: IMPORT_LIMITS.maxRows },
      };
    }
    for (let i = 0; i < this.pendingBlank; i++) this.rows.push([]);
    this.pendingBlank = 0;
    const kept = cells.slice(0, last + 1);
    let brokenAt: number | null = null;
    kept.forEach((cell, col) => {
      if (cell.length > IMPORT_LIMITS.maxCellChars) {
        // Cut, but to one character more than any field allows, so that the
        // mapping still reports the cell as too long and skips the row
        // instead of importing the first part of it (the warning says so).
        kept[col] = `${cell.slice(0, IMPORT_LIMITS.maxCellChars)}…`;
        this.pending.push({
          code: 'CELL_TOO_LONG',
          row: rowNumber,
          col,
          message: `A cell is longer than ${IMPORT_LIMITS.maxCellChars} characters; the row is skipped if its column is imported.`,
        });
      }
      if (brokenAt === null && hasBrokenEncoding(cell)) brokenAt = col;
    });
    if (brokenAt !== null) {
      this.pending.push({
        code: 'BROKEN_ENCODING',
        row: rowNumber,
        col: brokenAt,
        message: 'The row contains garbled characters such as "Ã¤" or "�".',
      });
    }
    this.width = Math.max(this.width, kept.length);
    this.rows.push(kept);
    return null;
  }

  /** The finished table, or EMPTY when there is no header or no data row. */
  finish(meta: Pick<ImportTable, 'encoding' | 'separator' | 'sheetName'>): TableReadResult {
    const [headerCells, ...dataRows] = this.rows;
    if (headerCells === undefined) {
      return { ok: false, error: { code: 'EMPTY', message: 'The file contains no table.' } };
    }
    if (dataRows.length === 0) {
      return {
        ok: false,
        error: { code: 'EMPTY', message: 'The table has a header row but no rows below it.' },
      };
    }
    const pad = (row: readonly string[]): string[] =>
      Array.from({ length: this.width }, (_, col) => row[col] ?? '');
    const headers = pad(headerCells);
    const rows = dataRows.map(pad);
    const headerRow = this.leadingBlank + 1;
    const warnings: ReadWarning[] = this.pending.map((w) => ({
      code: w.code,
      row: w.row,
      ...(w.col === undefined ? {} : { column: columnLabel(headers, w.col) }),
      message: w.message,
    }));
    headers.forEach((header, col) => {
      if (header === '' && rows.some((row) => row[col] !== '')) {
        warnings.push({
          code: 'DATA_WITHOUT_HEADER',
          row: headerRow,
          column: columnLabel(headers, col),
          message: 'A column has data but no header.',
        });
      }
    });
    warnings.sort((a, b) => a.row - b.row);
    const table: ImportTable = { headers, rows, encoding: meta.encoding, headerRow };
    if (meta.separator !== undefined) table.separator = meta.separator;
    if (meta.sheetName !== undefined) table.sheetName = meta.sheetName;
    return { ok: true, table, warnings };
  }
}
