import type { ReadError, TableReadResult } from '../../../src-shared/import';
import { readCsv } from './csv';
import { IMPORT_LIMITS } from './limits';
import { readXlsx } from './xlsx';

/** What kind of import file some bytes are, by content first, then by name. */
export type ImportFileKind = 'xlsx' | 'xls' | 'json' | 'csv' | 'unsupported';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// OLE2 compound file: old .xls, and also any password-protected workbook.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/**
 * Decide how to read a file. Magic bytes win over the name, so a workbook
 * renamed to .csv is still read as a workbook; the name only decides
 * between text formats.
 */
export function detectFileKind(bytes: Uint8Array, fileName: string): ImportFileKind {
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) return 'xls';
  const ext = extension(fileName);
  if (ext === 'json') return 'json';
  if (['xlsx', 'xlsm', 'xls', 'ods', 'numbers', 'zip', 'pdf', 'docx', 'doc'].includes(ext)) {
    return 'unsupported';
  }
  return 'csv';
}

function fail(code: ReadError['code'], message: string): TableReadResult {
  return { ok: false, error: { code, message } };
}

/**
 * Read a CSV or XLSX file into a table of trimmed strings. Never throws:
 * every failure is a typed error. The size cap is checked before anything
 * is decoded or unzipped.
 */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<TableReadResult> {
  if (bytes.byteLength > IMPORT_LIMITS.maxFileBytes) {
    const mib = IMPORT_LIMITS.maxFileBytes / (1024 * 1024);
    return fail('TOO_LARGE', `The file is larger than ${mib} MiB.`);
  }
  if (bytes.byteLength === 0) return fail('EMPTY', 'The file is empty.');
  try {
    const kind = detectFileKind(bytes, fileName);
    switch (kind) {
      case 'xlsx':
        return await readXlsx(bytes);
      case 'csv':
        return readCsv(bytes);
      case 'xls':
        return fail(
          'UNSUPPORTED',
          'This is an old .xls workbook or a password-protected one. Save it as .xlsx without a password.',
        );
      case 'json':
        return fail('UNSUPPORTED', 'JSON files are imported as application files, not as tables.');
      case 'unsupported': {
        const ext = extension(fileName);
        return ext === 'xlsx' || ext === 'xlsm'
          ? fail('MALFORMED', 'The file is named .xlsx but is not an Excel workbook.')
          : fail('UNSUPPORTED', 'Save the spreadsheet as .xlsx or CSV.');
      }
    }
  } catch {
    // Defence in depth: the readers return typed errors themselves.
    return fail('MALFORMED', 'The file could not be read.');
  }
}
