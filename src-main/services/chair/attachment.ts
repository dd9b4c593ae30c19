import { fromB64url, sha256Hex } from '../crypto';
import { extractText } from '../attachments/extract';
import type { OpenedPackage } from '../exchange';
import type { OpenedAttachmentResponse } from '../../../src-shared/ipc/juror-contract';

/** One attachment of the chair's package, or why it cannot be shown. */
export type ChairAttachmentOutcome =
  | { readonly ok: true; readonly attachment: OpenedAttachmentResponse }
  | { readonly ok: false; readonly reason: 'NOT_FOUND' | 'DAMAGED' };

/**
 * Take one attachment out of the chair's own package, which the caller has
 * just verified (signature, recipient, pin). The chair reads exactly the
 * bytes the organiser signed for the jurors: they are checked against the
 * signed SHA-256, and DOCX and TXT come with their text, extracted here in
 * main like the juror's reading view does.
 */
export async function openChairAttachment(
  opened: OpenedPackage,
  applicationId: string,
  attachmentId: string,
): Promise<ChairAttachmentOutcome> {
  const app = opened.payload.applications.find((a) => a.id === applicationId);
  const found = app?.attachments?.find((a) => a.id === attachmentId);
  if (found === undefined) return { ok: false, reason: 'NOT_FOUND' };
  const bytes = fromB64url(found.data);
  if (bytes.length !== found.size || sha256Hex(bytes) !== found.sha256) {
    return { ok: false, reason: 'DAMAGED' };
  }
  const attachment: OpenedAttachmentResponse = {
    status: 'opened',
    kind: found.kind,
    name: found.name,
    size: found.size,
    data: found.data,
  };
  if (found.kind === 'pdf') return { ok: true, attachment };
  const text = await extractText(found.kind, bytes);
  return {
    ok: true,
    attachment: {
      ...attachment,
      text: text.ok
        ? { status: 'read', paragraphs: text.paragraphs, truncated: text.truncated }
        : { status: 'unreadable', reason: text.problem },
    },
  };
}
