/**
 * Public API of application import in the main process: reading CSV and
 * XLSX files into tables, and reading application JSON files. The column
 * mapping itself is pure and lives in src-shared/import.
 * Formats and limits: docs/formats.md ("Application import").
 */
export { readTable, detectFileKind } from './read-table';
export type { ImportFileKind } from './read-table';
export { readApplicationsJson, readApplicationsJsonValue } from './json';
export {
  isUnsafePath,
  listedAttachmentPaths,
  MAX_LISTED_ATTACHMENTS,
  resolveInside,
} from './attachment-paths';
export { IMPORT_LIMITS } from './limits';
export { decodeTableText, decodeWindows1252 } from './decode';
export { detectSeparator } from './csv';
export { inspectZip } from './zip-guard';
export type { ZipCheck, ZipEntry } from './zip-guard';
