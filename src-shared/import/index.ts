/**
 * Public API of the pure part of application import: the types the table
 * readers return, column-mapping suggestions, the mapping itself with its
 * per-row report, and the JSON import. Formats: docs/formats.md.
 */
export type {
  ColumnMapping,
  ContactField,
  ContactTarget,
  ImportIssue,
  ImportIssueCode,
  ImportOptions,
  ImportSummary,
  ImportTable,
  MappingResult,
  MappingSuggestion,
  MappingTarget,
  PreviewRow,
  ReadError,
  ReadErrorCode,
  ReadErrorDetail,
  ReadWarning,
  ReadWarningCode,
  RowReport,
  RowStatus,
  TableEncoding,
  TableReadResult,
  TableSeparator,
} from './types';
export { applyMapping, previewRows } from './mapping';
export { suggestMapping } from './suggest';
export {
  contactSlot,
  isMappingTarget,
  knownFactKey,
  MAPPING_TARGETS,
  MAX_IMPORT_CONTACTS,
  NUMERIC_FACTS,
} from './targets';
export type { KnownFactKey } from './targets';
export {
  applicantKey,
  columnLabel,
  columnLetter,
  hasBrokenEncoding,
  looksLikeEmail,
  normaliseHeader,
  parseSwedishNumber,
} from './text';
export { slugifyId } from './ids';
export { applicationsFromJson } from './json-applications';
export type { JsonImportResult } from './json-applications';
