import { LIMITS } from '../../../src-shared/domain/round';

/**
 * Caps on what an import file may contain, checked before or while reading
 * so that a hostile or broken file costs bounded time and memory.
 * Documented in docs/formats.md ("Application import").
 */
export const IMPORT_LIMITS = {
  /** CSV and XLSX files, checked before anything is decoded. */
  maxFileBytes: 25 * 1024 * 1024,
  /** Application JSON files (long texts, many applications). */
  maxJsonBytes: 64 * 1024 * 1024,
  /** Data rows below the header. */
  maxRows: LIMITS.applications,
  /** Columns that hold anything at all. */
  maxColumns: 200,
  /** Characters in one cell; longer cells are cut to this plus '…'. */
  maxCellChars: LIMITS.longText,
  /** Entries in an XLSX (zip) file. */
  maxZipEntries: 1_000,
  /** Sum of the declared uncompressed sizes of all entries. */
  maxZipTotalBytes: 200 * 1024 * 1024,
  /** Compression ratio refused for entries of at least `ratioMinBytes`. */
  maxZipRatio: 100,
  ratioMinBytes: 1024 * 1024,
  /** Blank rows allowed above the header of an XLSX sheet. */
  maxLeadingBlankRows: 100,
} as const;
