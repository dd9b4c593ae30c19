import type {
  AttachmentRefusal,
  OpenedAttachmentResponse,
} from '../../src-shared/ipc/juror-contract';
import { call } from '../ipc/client';
import { packageFileOf } from './juror-package-file';
import { currentPhase } from './juror-selectors';
import { useJurorStore } from './juror-store';

/** One attachment opened by main, or why not ('STORAGE': the stored package could not be read). */
export type JurorAttachmentLoad =
  | { ok: true; attachment: OpenedAttachmentResponse }
  | { ok: false; reason: AttachmentRefusal | 'STORAGE' };

/**
 * Ask main for one attachment of the current phase's package. The bytes
 * are returned to the caller (the viewer keeps them while it is open) and
 * are never put in the store.
 */
export async function loadJurorAttachment(
  applicationId: string,
  attachmentId: string,
): Promise<JurorAttachmentLoad> {
  const state = useJurorStore.getState();
  const phase = currentPhase(state);
  const pin = state.pins.find((p) => p.scope === phase?.stored.pinScope);
  if (phase === undefined || pin === undefined || state.roundId === null) {
    return { ok: false, reason: 'STORAGE' };
  }
  let packageFile: string;
  try {
    packageFile = await packageFileOf(state.roundId, phase.stored);
  } catch {
    return { ok: false, reason: 'STORAGE' };
  }
  const res = await call('juror:openAttachment', {
    packageFile,
    pin: { scope: pin.scope, organiserKeyId: pin.organiserKeyId },
    applicationId,
    attachmentId,
  });
  if (!res.ok) return { ok: false, reason: 'STORAGE' };
  if (res.value.status === 'refused') return { ok: false, reason: res.value.reason };
  return { ok: true, attachment: res.value };
}
