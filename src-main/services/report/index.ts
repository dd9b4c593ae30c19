export { verifyResultImport, refusalOf } from './verify-result';
export type { ResultImportContext, ResultImportOutcome } from './verify-result';
export { escapeHtml, reportHtml } from './html';
export { reportXlsx } from './xlsx';
export { renderReport, reportExtension, reportFileName, REPORT_FILTER_NAMES } from './render';
export type { ReportFileFormat, RenderedReport } from './render';
export { PDF_PAGE } from './pdf-capability';
export type { PdfRenderer } from './pdf-capability';
export { openResultWithCard } from './open-with-card';
