import type { Identity } from '../crypto';
import { openPackageAttachment } from '../attachments/open-from-package';
import { openJuryPackage } from './open-package';
import type { OrganiserPin, PackageOutcome } from './open-package';
import type {
  AttachmentRefusal,
  OpenedAttachmentResponse,
} from '../../../src-shared/ipc/juror-contract';

/** Which attachment of which application to open. */
export type AttachmentRequest = {
  readonly packageBytes: Uint8Array;
  readonly pin: OrganiserPin;
  readonly applicationId: string;
  readonly attachmentId: string;
};

/** An opened attachment, or why it could not be opened. */
export type AttachmentOutcome =
  { ok: true; attachment: OpenedAttachmentResponse } | { ok: false; reason: AttachmentRefusal };

/** Verifies a package for `me` with one pin (openJuryPackage, or a memo of it). */
export type PackageVerifier = (
  bytes: Uint8Array,
  me: Identity,
  pin: OrganiserPin,
) => PackageOutcome;

const verifyInFull: PackageVerifier = (bytes, me, pin) => openJuryPackage(bytes, me, [pin], []);

/**
 * Open one attachment for the juror `me`. The renderer keeps no attachment
 * bytes, so the package it sends is verified here like a stored package
 * (signature, recipient, pin), and the attachment is taken from the verified
 * payload. Its bytes are checked against the SHA-256 the organiser signed.
 * DOCX and TXT come with their text, extracted here in main.
 */
export async function openJurorAttachment(
  me: Identity,
  req: AttachmentRequest,
  verify: PackageVerifier = verifyInFull,
): Promise<AttachmentOutcome> {
  const outcome = verify(req.packageBytes, me, req.pin);
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  return openPackageAttachment(outcome.opened, req.applicationId, req.attachmentId);
}
