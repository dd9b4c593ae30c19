import { fromB64url, sha256Hex } from '../crypto';
import { extractText } from './extract';
import type { OpenedPackage } from '../exchange';
import type { OpenedAttachmentResponse } from '../../../src-shared/ipc/juror-contract';

/** One attachment of a verified package, or why it cannot be shown. */
export type PackageAttachmentOutcome =
  | { readonly ok: true; readonly attachment: OpenedAttachmentResponse }
  | { readonly ok: false; readonly reason: 'NOT_FOUND' | 'DAMAGED' };

/**
 * Take one attachment out of a jury package that the caller has just
 * verified (signature, recipient, pin): the juror's reading view and the
 * chair's drill-down both go through here. The bytes are checked against
 * the SHA-256 the organiser signed, and DOCX and TXT come with their text,
 * extracted here in main.
 */
export async function openPackageAttachment(
  opened: OpenedPackage,
  applicationId: string,
  attachmentId: string,
): Promise<PackageAttachmentOutcome> {
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
