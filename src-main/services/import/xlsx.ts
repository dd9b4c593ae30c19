import { readSheet } from 'read-excel-file/universal';
import type { TableReadResult } from '../../../src-shared/import';
import { TableBuilder } from './table-builder';
import { scanWorkbook } from './xlsx-scan';
import { inspectZip } from './zip-guard';

/*
 * XLSX: the zip directory and the first sheet are checked first (zip-guard,
 * xlsx-scan); only then does read-excel-file parse the first sheet. The
 * 'universal' build is used on purpose: it unzips with fflate, which never
 * inflates an entry beyond the size the (checked) directory declares,
 * whereas the Node build streams through local headers that were not
 * checked.
 */

/** A cell as the table shows it: numbers as written in the file, dates as ISO dates. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  return '';
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** Read the first sheet of XLSX bytes (size already checked). */
export async function readXlsx(bytes: Uint8Array): Promise<TableReadResult> {
  const zip = inspectZip(bytes);
  if (!zip.ok) return zip;
  let sheetName: string | undefined;
  try {
    const scan = scanWorkbook(bytes, zip.entries);
    if (!scan.ok) return scan;
    sheetName = scan.sheetName;
  } catch {
    return { ok: false, error: { code: 'MALFORMED', message: 'The workbook is damaged.' } };
  }

  let data: unknown[][];
  try {
    // parseNumber keeps numbers as the text stored in the file ('14200').
    data = await readSheet(bytes.slice().buffer, 1, { parseNumber: (s: string) => s, trim: true });
  } catch (error) {
    if (errorCode(error) === 'XLS_FILE_NOT_SUPPORTED') {
      return {
        ok: false,
        error: { code: 'UNSUPPORTED', message: 'Old .xls workbooks are not supported.' },
      };
    }
    return { ok: false, error: { code: 'MALFORMED', message: 'The workbook could not be read.' } };
  }

  const builder = new TableBuilder();
  for (const row of data) {
    const error = builder.push(row.map(cellText));
    if (error) return { ok: false, error };
  }
  return builder.finish({ encoding: 'utf-8', ...(sheetName === undefined ? {} : { sheetName }) });
}
