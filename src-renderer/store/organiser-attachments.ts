import { call } from '../ipc/client';
import { deleteBlob } from '../db/blob-store';
import { ATTACHMENT_LIMITS } from '../../src-shared/domain/attachment';
import type { Result } from '../../src-shared/ipc/result';
import { admitAttachments } from '../../src-shared/organiser';
import type {
  AttachmentRefused,
  CheckedAttachment,
  StoredAttachment,
} from '../../src-shared/organiser';
import { useOrganiserStore } from './organiser-store';
import { storeAttachments, toBase64url } from './organiser-blobs';

/*
 * The organiser's attachment operations. Main opens the dialog (or takes
 * dropped bytes), checks every file and scans its text; the bytes are then
 * sealed into the blob store and the application record updated, every
 * change saved at once.
 */

/** What adding files did: how many were added and which were refused, why. */
export interface AddResult {
  readonly cancelled: boolean;
  readonly added: number;
  readonly refused: readonly AttachmentRefused[];
}

function current(applicationId: string) {
  const { round, apps } = useOrganiserStore.getState();
  const app = apps.find((a) => a.application.id === applicationId);
  if (round === null || app === undefined) throw new Error('The application is not open.');
  return { round, app, apps };
}

/**
 * Files dropped on the list, read here: oversized ones and those beyond the
 * per-application count are refused without being sent to main.
 */
export async function readDropped(files: readonly File[]): Promise<{
  files: { name: string; data: string }[];
  refused: AttachmentRefused[];
}> {
  const out: { name: string; data: string }[] = [];
  const refused: AttachmentRefused[] = [];
  for (const file of files) {
    if (file.size === 0) refused.push({ fileName: file.name, reason: 'EMPTY' });
    else if (file.size > ATTACHMENT_LIMITS.maxBytes) {
      refused.push({ fileName: file.name, reason: 'TOO_LARGE' });
    } else if (out.length >= ATTACHMENT_LIMITS.perApplication) {
      refused.push({ fileName: file.name, reason: 'TOO_MANY' });
    } else {
      out.push({ name: file.name, data: toBase64url(new Uint8Array(await file.arrayBuffer())) });
    }
  }
  return { files: out, refused };
}

/** Keep the checked files that still fit the application as it is now (nothing else ran meanwhile). */
function stillAdmitted(
  existing: readonly StoredAttachment[],
  added: readonly CheckedAttachment[],
): { keep: CheckedAttachment[]; refused: AttachmentRefused[] } {
  const verdicts = admitAttachments(
    existing.map((a) => a.meta),
    added.map(({ meta: { id: _id, ...rest } }) => rest),
  );
  const keep: CheckedAttachment[] = [];
  const refused: AttachmentRefused[] = [];
  verdicts.forEach((v, i) => {
    const c = added[i];
    if (c === undefined) return;
    if (v.ok) keep.push({ ...c, meta: v.meta });
    else refused.push({ fileName: c.meta.name, reason: v.reason });
  });
  return { keep, refused };
}

/**
 * Add attachments to an application: with main's file dialog, or dropped
 * files. Checked files are stored (bytes first, record last); refusals come
 * back for the screen. Rejects when storing fails (nothing is changed then).
 */
export async function addAttachments(
  applicationId: string,
  source: { kind: 'dialog' } | { kind: 'dropped'; files: readonly File[] },
): Promise<Result<AddResult>> {
  const { round, app, apps } = current(applicationId);
  let files: { name: string; data: string }[] = [];
  let localRefused: AttachmentRefused[] = [];
  if (source.kind === 'dropped') {
    ({ files, refused: localRefused } = await readDropped(source.files));
    if (files.length === 0) {
      return { ok: true, value: { cancelled: false, added: 0, refused: localRefused } };
    }
  }
  const res = await call('organiser:addAttachments', {
    source: source.kind === 'dialog' ? { kind: 'dialog' } : { kind: 'dropped', files },
    existing: app.attachments.map((a) => a.meta),
    application: {
      id: app.application.id,
      applicant: app.application.applicant,
      contacts: app.application.contacts,
    },
    otherApplicants: apps.filter((a) => a !== app).map((a) => a.application.applicant),
    review: app.review,
  });
  if (!res.ok) return res;
  if (res.value.status === 'cancelled') {
    return { ok: true, value: { cancelled: true, added: 0, refused: [] } };
  }
  const { added, refused } = res.value;
  const roundId = round.draft.id;
  let late: AttachmentRefused[] = [];
  let count = 0;
  await useOrganiserStore.getState().editAttachments(applicationId, (latest) => {
    const { keep, refused: stale } = stillAdmitted(latest.attachments, added);
    late = stale;
    count = keep.length;
    if (keep.length === 0) return null;
    return {
      // Bytes first, then the record that refers to them (see blob-store.ts).
      next: async () => [
        ...latest.attachments,
        ...(await storeAttachments(roundId, applicationId, keep)),
      ],
    };
  });
  return {
    ok: true,
    value: { cancelled: false, added: count, refused: [...localRefused, ...refused, ...late] },
  };
}

/** Remove an attachment: the record first, then its bytes. */
export async function removeAttachment(applicationId: string, attachmentId: string): Promise<void> {
  const roundId = current(applicationId).round.draft.id;
  await useOrganiserStore.getState().editAttachments(applicationId, (latest) => {
    const gone = latest.attachments.find((a) => a.meta.id === attachmentId);
    if (gone === undefined) return null;
    return {
      next: () => latest.attachments.filter((a) => a !== gone),
      after: () => deleteBlob(roundId, gone.blob),
    };
  });
}

/** The organiser's decision whether an attachment may go into anonymised phases. */
export async function setAnonymisedOk(
  applicationId: string,
  attachmentId: string,
  anonymisedOk: boolean,
): Promise<void> {
  await useOrganiserStore.getState().editAttachments(applicationId, (latest) => {
    if (!latest.attachments.some((a) => a.meta.id === attachmentId)) return null;
    return {
      next: () =>
        latest.attachments.map((a) => (a.meta.id === attachmentId ? { ...a, anonymisedOk } : a)),
    };
  });
}
