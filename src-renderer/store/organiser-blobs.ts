import { getBlob, putBlob } from '../db/blob-store';
import { attachmentBlobKey, inPhase } from '../../src-shared/organiser';
import type {
  CheckedAttachment,
  IssueAttachment,
  OrganiserApplication,
  StoredAttachment,
} from '../../src-shared/organiser';

/*
 * Attachment bytes in the vault: each attachment's base64url text is kept by
 * the blob store as sealed chunks, and the application record holds only its
 * reference. Nothing here is ever stored in the clear.
 */

/** Unpadded base64url of some bytes (how files travel to main and are stored). */
export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Store checked attachments' bytes for an application and return the
 * entries its record should hold (not yet cleared for anonymised phases).
 * Call before the record is written, so it never refers to missing bytes.
 */
export async function storeAttachments(
  roundId: string,
  applicationId: string,
  checked: readonly CheckedAttachment[] = [],
  cleared: (c: CheckedAttachment) => boolean = () => false,
): Promise<StoredAttachment[]> {
  const stored: StoredAttachment[] = [];
  for (const c of checked) {
    const blob = await putBlob(roundId, attachmentBlobKey(applicationId, c.meta), c.data);
    stored.push({ meta: c.meta, blob, anonymisedOk: cleared(c), scan: c.scan });
  }
  return stored;
}

/**
 * The attachments each application sends in a phase, with their bytes read
 * back from the vault: all in a named phase, cleared ones in an anonymised
 * phase. Rejects when a stored attachment cannot be read.
 */
export async function issueAttachments(
  roundId: string,
  apps: readonly OrganiserApplication[],
  phase: { readonly anonymised: boolean },
): Promise<Map<string, IssueAttachment[]>> {
  const out = new Map<string, IssueAttachment[]>();
  for (const app of apps) {
    const chosen = app.attachments.filter((a) => inPhase(a, phase));
    const list: IssueAttachment[] = [];
    for (const a of chosen) {
      const data = await getBlob(roundId, a.blob);
      list.push({ attachment: { ...a.meta, data }, anonymisedOk: a.anonymisedOk });
    }
    if (list.length > 0) out.set(app.application.id, list);
  }
  return out;
}
