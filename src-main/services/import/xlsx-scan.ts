import { unzipSync } from 'fflate';
import type { ReadError } from '../../../src-shared/import';
import { IMPORT_LIMITS } from './limits';
import type { ZipEntry } from './zip-guard';

/*
 * A second look at a workbook whose zip directory passed inspectZip, before
 * read-excel-file parses it. read-excel-file fills gaps between rows and
 * columns with empty cells, so one cell placed at row 1 000 000, column
 * XFD in an otherwise tiny file would make it build billions of cells. Here
 * the cell addresses of every sheet are checked against the caps, and XML
 * that declares a DOCTYPE (entity expansion) is refused. Entries are
 * inflated one at a time, each into a buffer of its declared size.
 */

const EXCEL_MAX_ROW = 1_048_576;
const EXCEL_MAX_COLUMN = 16_384;
const WORKBOOK = 'xl/workbook.xml';

/** The parts read-excel-file reads (it skips everything else). */
function isXmlPart(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.xml.rels');
}

function inflate(bytes: Uint8Array, name: string): string | null {
  const part = unzipSync(bytes, { filter: (f) => f.name === name })[name];
  if (part === undefined) return null;
  if ((part[0] === 0xff && part[1] === 0xfe) || (part[0] === 0xfe && part[1] === 0xff)) {
    throw new Error('UTF-16 XML');
  }
  return new TextDecoder('utf-8').decode(part);
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(["'])(.*?)\\1`).exec(attrs);
  return m?.[2];
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Name of the first sheet in workbook order: the sheet read-excel-file reads. */
function firstSheetName(workbook: string | null): string | undefined {
  const sheetsAt = workbook?.search(/<(?:\w+:)?sheets\b/) ?? -1;
  if (workbook == null || sheetsAt < 0) return undefined;
  const sheet = /<(?:\w+:)?sheet\b([^>]*)>/.exec(workbook.slice(sheetsAt));
  const name = attr(sheet?.[1] ?? '', 'name');
  return name === undefined ? undefined : unescapeXml(name);
}

/** Check one sheet's cell addresses; null when it is within the caps. */
export function scanSheetXml(xml: string): ReadError | null {
  let maxRow = 0;
  let maxCol = 0;
  for (const m of xml.matchAll(/<(?:[A-Za-z_][\w.-]*:)?(row|c)\b([^>]*)>/g)) {
    const attrs = m[2] ?? '';
    const ref = attr(attrs, 'r');
    if (ref === undefined) continue;
    if (m[1] === 'row') {
      const n = Number(ref);
      if (!Number.isInteger(n) || n < 1 || n > EXCEL_MAX_ROW) {
        return { code: 'MALFORMED', message: 'A sheet has an invalid row number.' };
      }
      continue;
    }
    const cell = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(ref);
    if (!cell) return { code: 'MALFORMED', message: 'A sheet has an invalid cell address.' };
    let col = 0;
    for (const ch of cell[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
    const row = Number(cell[2]);
    if (col > EXCEL_MAX_COLUMN || row > EXCEL_MAX_ROW) {
      return { code: 'MALFORMED', message: 'A sheet has a cell outside the Excel grid.' };
    }
    // A self-closing <c/> has no value: formatting only, never read as data.
    if (attrs.endsWith('/')) continue;
    maxRow = Math.max(maxRow, row);
    maxCol = Math.max(maxCol, col);
  }
  if (maxCol > IMPORT_LIMITS.maxColumns) {
    return {
      code: 'TOO_LARGE',
      message: `A sheet has data beyond column ${IMPORT_LIMITS.maxColumns}.`,
    };
  }
  if (maxRow > IMPORT_LIMITS.maxRows + 1 + IMPORT_LIMITS.maxLeadingBlankRows) {
    return {
      code: 'TOO_LARGE',
      message: `A sheet has more than ${IMPORT_LIMITS.maxRows} rows below the header.`,
    };
  }
  return null;
}

export type WorkbookScan = { ok: true; sheetName?: string } | { ok: false; error: ReadError };

/**
 * Scan a workbook (directory already inspected). Every worksheet is held to
 * the caps, not only the first: should the first sheet be resolved
 * differently here than in read-excel-file, no unchecked sheet can slip
 * through. Throws on broken deflate data; the caller turns that into
 * MALFORMED.
 */
export function scanWorkbook(bytes: Uint8Array, entries: readonly ZipEntry[]): WorkbookScan {
  const names = new Set(entries.map((e) => e.name));
  if (!names.has(WORKBOOK)) {
    return {
      ok: false,
      error: { code: 'MALFORMED', message: 'The file is not an Excel workbook.' },
    };
  }
  const workbook = inflate(bytes, WORKBOOK);
  const sheetName = firstSheetName(workbook);
  for (const entry of entries) {
    if (!isXmlPart(entry.name)) continue;
    const xml = inflate(bytes, entry.name) ?? '';
    if (/<!(?:DOCTYPE|ENTITY)/i.test(xml)) {
      return { ok: false, error: { code: 'MALFORMED', message: 'The workbook declares a DTD.' } };
    }
    if (/<(?:[A-Za-z_][\w.-]*:)?sheetData\b/.test(xml)) {
      const error = scanSheetXml(xml);
      if (error) return { ok: false, error };
    }
  }
  return sheetName === undefined ? { ok: true } : { ok: true, sheetName };
}
