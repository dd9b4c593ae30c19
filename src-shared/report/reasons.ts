/**
 * Why the organiser's import of a result was refused. Each has a sentence in
 * report.*.ts ('report.refuse.<REASON>'). A refused file changes nothing.
 */
export const RESULT_REFUSALS = [
  'NO_IDENTITY',
  'NO_ROSTER',
  'NOT_ISSUED',
  'NOT_ORGANISER',
  'WRONG_TYPE',
  'WRONG_ROUND',
  'WRONG_PHASE',
  'WRONG_ROSTER',
  'NOT_CHAIR',
  'NOT_FOR_ME',
  'TAMPERED',
  'MALFORMED',
  'TOO_LARGE',
  'UNSUPPORTED_VERSION',
  'OLDER',
] as const;
export type ResultRefusal = (typeof RESULT_REFUSALS)[number];

/** The formats the final report is exported in. */
export const REPORT_FORMATS = ['pdf', 'xlsx', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
