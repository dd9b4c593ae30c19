import type { Application } from '../domain/round';

/*
 * Types shared by the table readers (main process), the column mapping (pure)
 * and the import screens (renderer). Row numbers everywhere are the 1-based
 * numbers Excel shows in its left margin, header row included, so that the
 * organiser can find a reported row in the spreadsheet without arithmetic.
 */

/** How the bytes of a text table were decoded. XLSX is always 'utf-8'. */
export type TableEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** The field separator of a CSV file. Swedish Excel writes ';'. */
export type TableSeparator = ',' | ';' | '\t';

/** A spreadsheet read into strings: one header row and the rows below it. */
export type ImportTable = {
  /** Header cells, trimmed. A blank header is ''. */
  headers: string[];
  /** Data rows, each exactly as long as `headers`; cells trimmed, '' if empty. */
  rows: string[][];
  encoding: TableEncoding;
  separator?: TableSeparator;
  sheetName?: string;
  /**
   * Spreadsheet row number of the header (1 unless blank rows come first).
   * Data row `i` (0-based) sits on row `headerRow + 1 + i`.
   */
  headerRow?: number;
};

/** Something worth telling the organiser about a file that was still read. */
export type ReadWarningCode =
  'BROKEN_ENCODING' | 'CELL_TOO_LONG' | 'INVALID_QUOTES' | 'DATA_WITHOUT_HEADER';

/** A warning about one spreadsheet row (1-based, header included). */
export type ReadWarning = {
  code: ReadWarningCode;
  row: number;
  column?: string;
  message: string;
};

/** Why a file could not be read at all. The UI translates the code. */
export type ReadErrorCode = 'TOO_LARGE' | 'MALFORMED' | 'UNSUPPORTED' | 'EMPTY';

/**
 * Where and why a file was refused, for the organiser in their own language
 * (the UI translates `kind`): the row of a quote that is never closed, or
 * the cap that was exceeded.
 */
export type ReadErrorDetail =
  | { kind: 'UNCLOSED_QUOTE'; row: number }
  | { kind: 'TOO_MANY_COLUMNS'; row: number; limit: number }
  | { kind: 'TOO_MANY_ROWS'; limit: number };

/** A refused file: a stable code and a plain-English message for logs. */
export type ReadError = { code: ReadErrorCode; message: string; detail?: ReadErrorDetail };

/** The outcome of reading a CSV or XLSX file. */
export type TableReadResult =
  { ok: true; table: ImportTable; warnings: ReadWarning[] } | { ok: false; error: ReadError };

/** The three fields of a contact person. */
export type ContactField = 'name' | 'email' | 'phone';

/** Contact slots a spreadsheet can fill. 'contact.x' is short for 'contact1.x'. */
export type ContactTarget = `contact.${ContactField}` | `contact${1 | 2 | 3}.${ContactField}`;

/**
 * Where one spreadsheet column goes.
 * - 'section': the header becomes the section title, the cell its text;
 * - 'fact': the header becomes the fact key (Swedish names of known facts
 *   such as 'Invånare' become 'population'), the cell its value.
 */
export type MappingTarget = 'id' | 'applicant' | ContactTarget | 'section' | 'fact' | 'ignore';

/** One target per column, by column index (headers may repeat or be blank). */
export type ColumnMapping = readonly MappingTarget[];

/** What suggestMapping guessed, and which columns it did not recognise. */
export type MappingSuggestion = {
  mapping: MappingTarget[];
  /** Indexes of columns with a header or data that were set to 'ignore'. */
  unknownColumns: number[];
};

/** Codes of per-row import issues. */
export type ImportIssueCode =
  | 'EMPTY_ROW'
  | 'MISSING_APPLICANT'
  | 'DUPLICATE_ID'
  /** The id named the applicant or a municipality and was replaced by a generated one. */
  | 'ID_REPLACED'
  | 'DUPLICATE_APPLICANT'
  | 'TOO_LONG'
  | 'BROKEN_ENCODING'
  | 'UNKNOWN_COLUMN'
  | 'INVALID_EMAIL'
  | 'INVALID';

/** One problem found in a row; `detail` is plain English for logs and tooltips. */
export type ImportIssue = { code: ImportIssueCode; column?: string; detail?: string };

/** 'imported' = clean, 'warning' = imported with remarks, 'skipped' = not imported. */
export type RowStatus = 'imported' | 'skipped' | 'warning';

/** The fate of one spreadsheet row (or, for JSON, one application). */
export type RowReport = { row: number; status: RowStatus; issues: ImportIssue[] };

/** Counts over the data rows (the header row's own report is not counted). */
export type ImportSummary = {
  total: number;
  /** Rows that became applications, with or without warnings. */
  imported: number;
  skipped: number;
  /** Imported rows that carry warnings. */
  warnings: number;
  /** Names (header, or column letter if blank) of ignored columns with content. */
  unknownColumns: string[];
};

/** Options shared by the table mapping and the JSON import. */
export type ImportOptions = {
  /** Ids already in the round: a row with one of these is a duplicate. */
  existingIds?: ReadonlySet<string>;
  /** Applicant names already in the round (compared case-insensitively). */
  existingApplicants?: ReadonlySet<string>;
};

/** The applications a mapping produced, with a report entry for every row. */
export type MappingResult = {
  applications: Application[];
  report: RowReport[];
  summary: ImportSummary;
};

/** One row of the mapping preview: the application it would become, if any. */
export type PreviewRow = RowReport & { application: Application | null };
