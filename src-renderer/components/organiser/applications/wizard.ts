import type { z } from 'zod';
import type { Application } from '../../../../src-shared/domain/round';
import type {
  ImportIssue,
  ImportTable,
  MappingTarget,
  ReadErrorDetail,
} from '../../../../src-shared/import';
import type { ImportFailure } from '../../../../src-shared/ipc/organiser-contract';
import type {
  ImportSummarySchema,
  RowReportSchema,
} from '../../../../src-shared/ipc/organiser-contract';
import type { AttachmentImportEntry } from '../../../../src-shared/ipc/organiser-attachments-contract';
import type { CheckedAttachment } from '../../../../src-shared/organiser';
import type { useT } from '../../../i18n/useT';

/** A file main has read, waiting for the organiser's decisions. */
export type ImportSource =
  | {
      kind: 'table';
      fileName: string;
      table: ImportTable;
      warnings: readonly { code: string; row: number; column?: string; message: string }[];
    }
  | {
      kind: 'json';
      fileName: string;
      applications: readonly Application[];
      report: readonly z.infer<typeof RowReportSchema>[];
      summary: z.infer<typeof ImportSummarySchema>;
      /** Attachments the file listed, checked by main, by application id. */
      attachments: ReadonlyMap<string, readonly CheckedAttachment[]>;
      attachmentReport: readonly AttachmentImportEntry[];
    };

/** Where the import stands: choosing columns, or reading the report. */
export type Wizard = {
  stage: 'mapping' | 'report';
  source: ImportSource;
  /** One target per column (tables only). */
  mapping: MappingTarget[] | null;
};

/** The options applyMapping needs to find duplicates of what the round has. */
export type ExistingOptions = {
  existingIds: ReadonlySet<string>;
  existingApplicants: ReadonlySet<string>;
};

/** One row issue in plain Swedish (or English), naming the column if there is one. */
export function issueText(issue: ImportIssue, t: ReturnType<typeof useT>): string {
  const base = t(`organiser.import.issue.${issue.code}`);
  return issue.column ? t('organiser.import.inColumn', { text: base, column: issue.column }) : base;
}

/**
 * Why a file could not be read, in the organiser's language, with the row
 * or the cap when the reader knows it ('the quote that starts on row 7 is
 * never closed'), so they can find the place in the spreadsheet.
 */
export function failureText(
  failure: { fileName: string; reason: ImportFailure; detail?: ReadErrorDetail | undefined },
  t: ReturnType<typeof useT>,
): string {
  const base = t(`organiser.import.failed.${failure.reason}`, { file: failure.fileName });
  const detail = failure.detail;
  if (detail === undefined) return base;
  switch (detail.kind) {
    case 'UNCLOSED_QUOTE':
      return `${base} ${t('organiser.import.failedDetail.UNCLOSED_QUOTE', { row: detail.row })}`;
    case 'TOO_MANY_COLUMNS':
      return `${base} ${t('organiser.import.failedDetail.TOO_MANY_COLUMNS', {
        row: detail.row,
        limit: detail.limit,
      })}`;
    case 'TOO_MANY_ROWS':
      return `${base} ${t('organiser.import.failedDetail.TOO_MANY_ROWS', { limit: detail.limit })}`;
  }
}

/** A warning from reading the file, with its row and, if known, its column. */
export function readWarningText(
  warning: { code: string; row: number; column?: string | undefined },
  t: ReturnType<typeof useT>,
): string {
  const base = t(`organiser.import.warning.${warning.code as 'BROKEN_ENCODING'}`);
  const text =
    warning.column === undefined
      ? base
      : t('organiser.import.inColumn', { text: base, column: warning.column });
  return t('organiser.import.readWarning', { row: warning.row, text });
}
