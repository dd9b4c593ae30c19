import { buildReport } from '../../../src-shared/report/report';
import type { FinalReport, ReportSource } from '../../../src-shared/report/report';
import { reportCsv } from '../../../src-shared/report/csv';
import type { ReportFormat } from '../../../src-shared/report/reasons';
import { reportHtml } from './html';
import { reportXlsx } from './xlsx';
import type { PdfRenderer } from './pdf-capability';

/** Every format the report can be written in: the app's four, and HTML for the CLI. */
export type ReportFileFormat = ReportFormat | 'html';

const EXTENSIONS: Record<ReportFileFormat, string> = {
  pdf: 'pdf',
  xlsx: 'xlsx',
  csv: 'csv',
  json: 'json',
  html: 'html',
};

export const REPORT_FILTER_NAMES: Record<ReportFileFormat, string> = {
  pdf: 'PDF',
  xlsx: 'Excel',
  csv: 'CSV',
  json: 'JSON',
  html: 'HTML',
};

export function reportExtension(format: ReportFileFormat): string {
  return EXTENSIONS[format];
}

/** The suggested file name, e.g. `juryrapport-ehk-2026.pdf` (the save dialog may change it). */
export function reportFileName(report: FinalReport, format: ReportFileFormat): string {
  const slug = report.round.id
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const stem = report.language === 'sv' ? 'juryrapport' : 'jury-report';
  return `${stem}-${slug || 'omgang'}.${EXTENSIONS[format]}`;
}

export type RenderedReport =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly report: FinalReport }
  | { readonly ok: false; readonly reason: 'NO_PDF' };

/**
 * Build the report from a verified result and write it in one format. PDF
 * needs the shell's renderer; without one it is `NO_PDF`.
 */
export async function renderReport(
  source: ReportSource,
  format: ReportFileFormat,
  options: { appVersion: string; pdf: PdfRenderer | null },
): Promise<RenderedReport> {
  const report = buildReport(source);
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
  switch (format) {
    case 'json':
      return { ok: true, report, bytes: utf8(`${JSON.stringify(report, null, 2)}\n`) };
    case 'csv':
      return { ok: true, report, bytes: utf8(reportCsv(report)) };
    case 'html':
      return { ok: true, report, bytes: utf8(reportHtml(report, options.appVersion)) };
    case 'xlsx':
      return { ok: true, report, bytes: await reportXlsx(report) };
    case 'pdf': {
      if (options.pdf === null) return { ok: false, reason: 'NO_PDF' };
      const bytes = await options.pdf.fromHtml(reportHtml(report, options.appVersion));
      return { ok: true, report, bytes };
    }
  }
}
