import { call } from '../ipc/client';
import type { ChairAttachmentRefusal } from '../../src-shared/ipc/chair-contract';
import type { OpenedAttachmentResponse } from '../../src-shared/ipc/juror-contract';
import { packageRef } from './chair-load';
import { useChairStore } from './chair-store';

/** One attachment opened by main, or why not ('IPC': main could not be asked). */
export type ChairAttachmentLoad =
  | { ok: true; attachment: OpenedAttachmentResponse }
  | { ok: false; reason: ChairAttachmentRefusal | 'IPC' };

/**
 * Ask main for one attachment of the chair's own package: the same bytes
 * the organiser signed for the jurors. Main verifies the stored package
 * again before taking the attachment out of it. The bytes go back to the
 * caller (the viewer keeps them while it is open), never into the store.
 */
export async function loadChairAttachment(
  applicationId: string,
  attachmentId: string,
): Promise<ChairAttachmentLoad> {
  const pkg = useChairStore.getState().pkg;
  if (pkg === null) return { ok: false, reason: 'IPC' };
  const res = await call('chair:openAttachment', {
    package: packageRef(pkg.record, pkg.bytes),
    applicationId,
    attachmentId,
  });
  if (!res.ok) return { ok: false, reason: 'IPC' };
  if (res.value.status === 'refused') return { ok: false, reason: res.value.reason };
  return { ok: true, attachment: res.value };
}
