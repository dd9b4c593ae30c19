import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { detectFileKind, IMPORT_LIMITS, readApplicationsJson, readTable } from '../import';
import type { ImportOptions, ImportTable, ReadWarning } from '../../../src-shared/import';
import type { Application } from '../../../src-shared/domain/round';
import type { ImportSummary, RowReport } from '../../../src-shared/import';
import type { ImportFailure } from '../../../src-shared/ipc/organiser-contract';

/** What reading an import file gave: a table to map, applications, or a refusal. */
export type ImportFileResult =
  | { status: 'failed'; fileName: string; reason: ImportFailure }
  | { status: 'table'; fileName: string; table: ImportTable; warnings: ReadWarning[] }
  | {
      status: 'json';
      fileName: string;
      applications: Application[];
      report: RowReport[];
      summary: ImportSummary;
    };

/** The largest file any import reader accepts; checked before reading. */
const MAX_BYTES = Math.max(IMPORT_LIMITS.maxFileBytes, IMPORT_LIMITS.maxJsonBytes);

/**
 * Read at most `max + 1` bytes of a regular file, so that a huge file (or a
 * device that never ends) costs bounded memory and is reported as too large.
 */
export async function readCapped(
  path: string,
  max: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'TOO_LARGE' | 'MALFORMED' }> {
  const handle = await open(path, 'r').catch(() => null);
  if (handle === null) return { ok: false, reason: 'MALFORMED' };
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: 'MALFORMED' };
    if (info.size > max) return { ok: false, reason: 'TOO_LARGE' };
    const buffer = Buffer.alloc(Math.min(info.size, max) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > max) return { ok: false, reason: 'TOO_LARGE' };
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } finally {
    await handle.close();
  }
}

/**
 * Read a file the organiser picked: application JSON is imported directly
 * (with its per-entry report); CSV and XLSX come back as a table for the
 * column-mapping step. Nothing is stored here; the organiser confirms first.
 */
export async function readImportFile(
  path: string,
  options: ImportOptions,
): Promise<ImportFileResult> {
  const fileName = basename(path);
  const read = await readCapped(path, MAX_BYTES);
  if (!read.ok) return { status: 'failed', fileName, reason: read.reason };
  const { bytes } = read;
  if (detectFileKind(bytes, fileName) === 'json') {
    const json = readApplicationsJson(bytes, options);
    if (!json.ok) return { status: 'failed', fileName, reason: json.error.code };
    return {
      status: 'json',
      fileName,
      applications: json.applications,
      report: json.rowIssues,
      summary: json.summary,
    };
  }
  const table = await readTable(bytes, fileName);
  if (!table.ok) return { status: 'failed', fileName, reason: table.error.code };
  return { status: 'table', fileName, table: table.table, warnings: table.warnings };
}
