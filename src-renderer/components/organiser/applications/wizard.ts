import type { z } from 'zod';
import type { Application } from '../../../../src-shared/domain/round';
import type { ImportIssue, ImportTable, MappingTarget } from '../../../../src-shared/import';
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
