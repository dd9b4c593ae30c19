import { z } from 'zod';

/*
 * Attachments to an application: PDF, DOCX or plain text, added by the
 * organiser, stored sealed in the vault and sent to jurors inside their
 * package. The caps keep a whole package well under PACKAGE_MAX_BYTES: the
 * package carries attachments as base64url text inside signed JSON, which
 * the DSSE envelope base64-encodes again (about 1.8 times the raw size).
 */

/** The three kinds of attachment, by what their bytes are (checked, not trusted from names). */
export const AttachmentKindSchema = z.enum(['pdf', 'docx', 'txt']);
export type AttachmentKind = z.infer<typeof AttachmentKindSchema>;

/** Media type of each kind, for viewers and documentation. */
export const ATTACHMENT_MEDIA_TYPES: Readonly<Record<AttachmentKind, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
};

const MiB = 1024 * 1024;

export const ATTACHMENT_LIMITS = {
  /** One attachment, raw bytes. */
  maxBytes: 5 * MiB,
  /** Attachments per application. */
  perApplication: 10,
  /** All attachments of one application together, raw bytes. */
  maxBytesPerApplication: 10 * MiB,
  /** All attachments in one juror's package together, raw bytes. */
  maxBytesPerPackage: 24 * MiB,
} as const;

/** base64url length of `bytes` raw bytes, without padding. */
export function base64urlLength(bytes: number): number {
  return Math.ceil((bytes * 4) / 3);
}

/** A file name as shown to people: no path, no control characters. */
const FileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (s) => ![...s].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20 || c === '\u007f'),
    'a file name without a path or control characters',
  );

/** What is known about one attachment without its bytes. */
export const AttachmentMetaSchema = z.strictObject({
  /** Stable within the application, e.g. "bilaga-1". */
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
  /** The original file name, for display and as a title. */
  name: FileNameSchema,
  kind: AttachmentKindSchema,
  /** Raw size in bytes. */
  size: z.int().min(1).max(ATTACHMENT_LIMITS.maxBytes),
  /** SHA-256 of the raw bytes, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AttachmentMeta = z.infer<typeof AttachmentMetaSchema>;

/** An attachment as it travels in a jury package: its metadata and its bytes (base64url). */
export const PackageAttachmentSchema = z
  .strictObject({
    ...AttachmentMetaSchema.shape,
    data: z
      .string()
      .min(1)
      .max(base64urlLength(ATTACHMENT_LIMITS.maxBytes))
      .regex(/^[A-Za-z0-9_-]+$/),
  })
  .refine((a) => a.data.length === base64urlLength(a.size), {
    message: 'the data length does not match the size',
    path: ['data'],
  });
export type PackageAttachment = z.infer<typeof PackageAttachmentSchema>;

/** The attachments of one application: capped in number, in total size, and with unique ids. */
export function attachmentListSchema<T extends z.ZodType<AttachmentMeta>>(item: T) {
  return z
    .array(item)
    .max(ATTACHMENT_LIMITS.perApplication)
    .superRefine((list, ctx) => {
      const ids = new Set<string>();
      let total = 0;
      list.forEach((a, i) => {
        if (ids.has(a.id)) {
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'attachment listed twice' });
        }
        ids.add(a.id);
        total += a.size;
      });
      if (total > ATTACHMENT_LIMITS.maxBytesPerApplication) {
        ctx.addIssue({ code: 'custom', path: [], message: 'attachments too large together' });
      }
    });
}
