import { basename, dirname } from 'node:path';
import { detectFileKind, IMPORT_LIMITS, readApplicationsJsonValue, readTable } from '../import';
import type {
  ImportOptions,
  ImportTable,
  ReadError,
  ReadErrorDetail,
  ReadWarning,
} from '../../../src-shared/import';
import type { Application } from '../../../src-shared/domain/round';
import type { ImportSummary, RowReport } from '../../../src-shared/import';
import type { ImportFailure } from '../../../src-shared/ipc/organiser-contract';
import { readCapped } from './read-capped';
import { readJsonAttachments } from './json-attachments';
import type { JsonAttachments } from './json-attachments';

export { readCapped } from './read-capped';

/** What reading an import file gave: a table to map, applications, or a refusal. */
export type ImportFileResult =
  | { status: 'failed'; fileName: string; reason: ImportFailure; detail?: ReadErrorDetail }
  | { status: 'table'; fileName: string; table: ImportTable; warnings: ReadWarning[] }
  | ({
      status: 'json';
      fileName: string;
      applications: Application[];
      report: RowReport[];
      summary: ImportSummary;
    } & JsonAttachments);

/** A refused file, with where and why when the reader knows it (a row, a cap). */
function failed(fileName: string, error: ReadError): ImportFileResult {
  return {
    status: 'failed',
    fileName,
    reason: error.code,
    ...(error.detail === undefined ? {} : { detail: error.detail }),
  };
}

/** The largest file any import reader accepts; checked before reading. */
export const IMPORT_MAX_BYTES = Math.max(IMPORT_LIMITS.maxFileBytes, IMPORT_LIMITS.maxJsonBytes);

/**
 * Read a file the organiser picked: application JSON is imported directly
 * (with its per-entry report and the attachments it lists, found next to
 * it); CSV and XLSX come back as a table for the column-mapping step.
 * Nothing is stored here; the organiser confirms first.
 */
export async function readImportFile(
  path: string,
  options: ImportOptions,
): Promise<ImportFileResult> {
  const fileName = basename(path);
  const read = await readCapped(path, IMPORT_MAX_BYTES);
  if (!read.ok) return { status: 'failed', fileName, reason: read.reason };
  return readImportBytes(read.bytes, fileName, options, dirname(path));
}

/**
 * Read an import file's bytes (a picked or a dropped file). `folder` is
 * where a JSON file's attachments are looked for; null for a dropped file,
 * whose folder main does not know.
 */
export async function readImportBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
  folder: string | null,
): Promise<ImportFileResult> {
  if (bytes.byteLength > IMPORT_MAX_BYTES)
    return { status: 'failed', fileName, reason: 'TOO_LARGE' };
  if (detectFileKind(bytes, fileName) === 'json') {
    const { result: json, value } = readApplicationsJsonValue(bytes, options);
    if (!json.ok) return failed(fileName, json.error);
    const attachments = await readJsonAttachments({
      document: value,
      applications: json.applications,
      report: json.rowIssues,
      total: json.summary.total,
      folder,
      existingApplicants: [...(options.existingApplicants ?? [])],
    });
    return {
      status: 'json',
      fileName,
      applications: json.applications,
      report: json.rowIssues,
      summary: json.summary,
      ...attachments,
    };
  }
  const table = await readTable(bytes, fileName);
  if (!table.ok) return failed(fileName, table.error);
  return { status: 'table', fileName, table: table.table, warnings: table.warnings };
}
