import { listedAttachmentPaths, resolveInside } from '../import';
import type { Application } from '../../../src-shared/domain/round';
import type { RowReport } from '../../../src-shared/import';
import type { AttachmentImportEntry } from '../../../src-shared/ipc/organiser-attachments-contract';
import { IMPORT_ATTACHMENTS_MAX_BYTES } from '../../../src-shared/ipc/organiser-attachments-contract';
import type { AttachmentRefusal, CheckedAttachment } from '../../../src-shared/organiser';
import { addAttachments, fileSource } from './attachments';
import type { AttachmentSource } from './attachments';

/*
 * The attachments an application JSON file lists, read through the same
 * check as files the organiser picks, with one report entry per listed file.
 * Paths are resolved only inside the JSON file's folder (see
 * import/attachment-paths.ts). A dropped JSON file has no folder, so its
 * attachments are reported and not read.
 */

export interface JsonAttachments {
  readonly attachments: { applicationId: string; items: CheckedAttachment[] }[];
  readonly attachmentReport: AttachmentImportEntry[];
}

/** A source that always refuses (the path was unusable before anything was read). */
const refusedSource = (fileName: string, reason: AttachmentRefusal): AttachmentSource => ({
  fileName,
  read: () => Promise.resolve({ ok: false, reason }),
});

/**
 * The 1-based rows of the imported applications, in order: every row but
 * the skipped ones, as applicationsFromJson keeps them.
 */
function importedRows(total: number, report: readonly RowReport[]): number[] {
  const skipped = new Set(report.filter((r) => r.status === 'skipped').map((r) => r.row));
  const rows: number[] = [];
  for (let row = 1; row <= total; row++) if (!skipped.has(row)) rows.push(row);
  return rows;
}

/**
 * Read the attachments listed for each imported application. `folder` is
 * the JSON file's folder, or null for a dropped file. The imports's
 * attachments together are capped at IMPORT_ATTACHMENTS_MAX_BYTES.
 */
export async function readJsonAttachments(input: {
  readonly document: unknown;
  readonly applications: readonly Application[];
  readonly report: readonly RowReport[];
  readonly total: number;
  readonly folder: string | null;
  readonly existingApplicants: readonly string[];
}): Promise<JsonAttachments> {
  const listed = listedAttachmentPaths(input.document);
  const rows = importedRows(input.total, input.report);
  const applicants = [...input.existingApplicants, ...input.applications.map((a) => a.applicant)];
  const attachments: JsonAttachments['attachments'] = [];
  const attachmentReport: AttachmentImportEntry[] = [];
  let total = 0;
  for (const [i, application] of input.applications.entries()) {
    const row = rows[i];
    const files = row === undefined ? [] : (listed[row - 1] ?? []);
    if (row === undefined || files.length === 0) continue;
    const sources: AttachmentSource[] = [];
    for (const file of files) {
      if (input.folder === null) {
        sources.push(refusedSource(file, 'NO_FOLDER'));
        continue;
      }
      const resolved = await resolveInside(input.folder, file);
      sources.push(
        resolved.ok ? fileSource(resolved.path, file) : refusedSource(file, resolved.reason),
      );
    }
    const budgeted = sources.map((s) =>
      withBudget(
        s,
        () => total,
        (n) => (total += n),
      ),
    );
    const outcome = await addAttachments(budgeted, [], {
      application,
      otherApplicants: applicants.filter((a) => a !== application.applicant),
    });
    if (outcome.added.length > 0) {
      attachments.push({ applicationId: application.id, items: outcome.added });
    }
    files.forEach((file, k) => {
      const reason = outcome.reasons[k] ?? null;
      attachmentReport.push({
        row,
        applicationId: application.id,
        file: file.slice(0, 300),
        outcome: reason === null ? 'added' : 'refused',
        reason,
      });
    });
  }
  return { attachments, attachmentReport };
}

/** Count a source's bytes against the import's budget; over it, refuse without checking. */
function withBudget(
  source: AttachmentSource,
  used: () => number,
  spend: (n: number) => void,
): AttachmentSource {
  return {
    fileName: source.fileName,
    read: async () => {
      const read = await source.read();
      if (!read.ok) return read;
      if (used() + read.bytes.byteLength > IMPORT_ATTACHMENTS_MAX_BYTES) {
        return { ok: false, reason: 'IMPORT_TOO_LARGE' };
      }
      spend(read.bytes.byteLength);
      return read;
    },
  };
}
