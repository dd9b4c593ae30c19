import { z } from 'zod';
import { attachmentListSchema, AttachmentMetaSchema } from '../domain/attachment';
import type { AttachmentMeta, PackageAttachment } from '../domain/attachment';
import { LIMITS } from '../domain/round';
import { PackageApplicationSchema, PackagePayloadSchema } from '../exchange/package';
import type { PackageApplication, PackagePayload } from '../exchange/package';

/*
 * What the juror's screens keep of a jury package. A package carries its
 * attachments' bytes (up to 24 MiB), but the renderer holds only what it
 * shows in lists: each attachment's metadata. The bytes of one attachment
 * are fetched from main, verified again, when the juror opens it.
 */

/** One application as the juror's screens hold it: attachments without their bytes. */
export const JurorApplicationSchema = z
  .strictObject({
    ...PackageApplicationSchema.shape,
    attachments: attachmentListSchema(AttachmentMetaSchema).optional(),
  })
  .refine((a) => !a.anonymised || a.applicant === a.pseudonym, {
    message: 'an anonymised application shows its pseudonym as the applicant',
    path: ['applicant'],
  });
export type JurorApplication = z.infer<typeof JurorApplicationSchema>;

/**
 * A verified package as main hands it to the renderer. The cross-checks of
 * the package schema (award, round, roster, conflicts) ran in main on the
 * signed payload; this schema checks the shape of what crossed the bridge.
 */
export const JurorPayloadSchema = z.strictObject({
  ...PackagePayloadSchema.shape,
  applications: z.array(JurorApplicationSchema).max(LIMITS.applications),
});
export type JurorPayload = z.infer<typeof JurorPayloadSchema>;

/** An attachment's metadata, field by field, so no byte field can slip through. */
export function attachmentMetaOf(a: PackageAttachment | AttachmentMeta): AttachmentMeta {
  return { id: a.id, name: a.name, kind: a.kind, size: a.size, sha256: a.sha256 };
}

function withoutData(app: PackageApplication): JurorApplication {
  const { attachments, ...rest } = app;
  return attachments === undefined
    ? rest
    : { ...rest, attachments: attachments.map(attachmentMetaOf) };
}

/** The package payload with every attachment's bytes removed (metadata kept). */
export function withoutAttachmentData(payload: PackagePayload): JurorPayload {
  return { ...payload, applications: payload.applications.map(withoutData) };
}

/**
 * Caps on the text main extracts from a DOCX or TXT attachment for reading:
 * about 400 pages of prose. Longer text is cut and marked as cut.
 */
export const ATTACHMENT_TEXT_LIMITS = {
  maxChars: 1_000_000,
  maxParagraphs: 20_000,
} as const;
