import { z } from 'zod';
import { BlobRefSchema } from '../domain/blob-ref';
import {
  ATTACHMENT_LIMITS,
  AttachmentKindSchema,
  AttachmentMetaSchema,
} from '../domain/attachment';
import type { AttachmentKind, AttachmentMeta, PackageAttachment } from '../domain/attachment';

/*
 * The organiser's attachments: how each one is kept with its application,
 * which checks decide whether another one may be added, and which of them
 * go into a phase. Pure, so main (file checks, JSON import, issuing) and the
 * renderer (storing, the review screen) apply the same rules.
 */

/** Why an attachment was not added. The UI translates each code. */
export const ATTACHMENT_REFUSALS = [
  /** Larger than ATTACHMENT_LIMITS.maxBytes. */
  'TOO_LARGE',
  /** Not a PDF, a Word document (DOCX) or a text file. */
  'UNSUPPORTED_TYPE',
  /** No content. */
  'EMPTY',
  /** The name says one kind ("x.txt") and the content is another (a PDF). */
  'NAME_MISMATCH',
  /** The application already has ATTACHMENT_LIMITS.perApplication attachments. */
  'TOO_MANY',
  /** Together more than ATTACHMENT_LIMITS.maxBytesPerApplication. */
  'TOTAL_TOO_LARGE',
  /** The same file (same SHA-256) is already attached to this application. */
  'DUPLICATE',
  /** A Word file whose zip structure is damaged, encrypted or would unpack to too much. */
  'DAMAGED',
  /** The file could not be read (gone, a folder, no permission). */
  'UNREADABLE',
  /** JSON import: the listed file does not exist. */
  'MISSING',
  /** JSON import: a path outside the JSON file's folder, or an absolute path. */
  'UNSAFE_PATH',
  /** JSON import of a dropped file: there is no folder to look in. */
  'NO_FOLDER',
  /** JSON import: the attachments of one import together are too large to take in at once. */
  'IMPORT_TOO_LARGE',
] as const;
export type AttachmentRefusal = (typeof ATTACHMENT_REFUSALS)[number];

/** One file that was not added, and why. */
export const AttachmentRefusedSchema = z.strictObject({
  fileName: z.string().max(1_000),
  reason: z.enum(ATTACHMENT_REFUSALS),
});
export type AttachmentRefused = z.infer<typeof AttachmentRefusedSchema>;

/** Where a stored attachment's bytes are (a blob of src-renderer/db/blob-store.ts). */
export const StoredBlobRefSchema = BlobRefSchema;
export type StoredBlobRef = z.infer<typeof StoredBlobRefSchema>;

/** What the anonymiser would replace in an attachment's text (one entry per distinct word). */
export const AttachmentFindingSchema = z.strictObject({
  text: z.string().min(1).max(200),
  kind: z.enum([
    'applicant',
    'municipality',
    'person',
    'email',
    'phone',
    'web',
    'orgNumber',
    'extra',
  ]),
  count: z.int().min(1),
});
export type AttachmentFinding = z.infer<typeof AttachmentFindingSchema>;

/** Most findings kept per attachment; the first ones are enough to decide. */
export const MAX_ATTACHMENT_FINDINGS = 30;

/**
 * The anonymiser's look at an attachment's text when it was added, or null
 * for a PDF (its text is not read, so nothing is known).
 */
export const AttachmentScanSchema = z
  .strictObject({
    findings: z.array(AttachmentFindingSchema).max(MAX_ATTACHMENT_FINDINGS),
    /** More distinct findings than were kept. */
    more: z.boolean(),
    /** Only the beginning of a very long text was read. */
    partial: z.boolean(),
  })
  .nullable();
export type AttachmentScan = z.infer<typeof AttachmentScanSchema>;

/** One attachment as the organiser keeps it, inside the sealed application record. */
export const StoredAttachmentSchema = z.strictObject({
  meta: AttachmentMetaSchema,
  /** The bytes (base64url), sealed in chunks by the blob store. */
  blob: StoredBlobRefSchema,
  /**
   * The organiser's explicit decision that the attachment names nobody and
   * may go into anonymised phases. A PDF cannot be redacted, so the default
   * is false: the attachment then goes only into named phases.
   */
  anonymisedOk: z.boolean(),
  scan: AttachmentScanSchema,
});
export type StoredAttachment = z.infer<typeof StoredAttachmentSchema>;

/** The attachments of one application record: capped, unique ids and contents. */
export const StoredAttachmentListSchema = z
  .array(StoredAttachmentSchema)
  .max(ATTACHMENT_LIMITS.perApplication)
  .superRefine((list, ctx) => {
    const problem = listProblem(list.map((a) => a.meta));
    if (problem !== null) ctx.addIssue({ code: 'custom', path: [], message: problem });
  });

/** A checked attachment coming from main: metadata, bytes (base64url) and the text scan. */
export const CheckedAttachmentSchema = z.strictObject({
  meta: AttachmentMetaSchema,
  data: z
    .string()
    .min(1)
    .max(Math.ceil((ATTACHMENT_LIMITS.maxBytes * 4) / 3))
    .regex(/^[A-Za-z0-9_-]+$/),
  scan: AttachmentScanSchema,
});
export type CheckedAttachment = z.infer<typeof CheckedAttachmentSchema>;

function listProblem(list: readonly AttachmentMeta[]): string | null {
  if (new Set(list.map((a) => a.id)).size !== list.length) return 'attachment listed twice';
  if (new Set(list.map((a) => a.sha256)).size !== list.length) return 'same file attached twice';
  const total = list.reduce((sum, a) => sum + a.size, 0);
  if (total > ATTACHMENT_LIMITS.maxBytesPerApplication) return 'attachments too large together';
  return null;
}

/** What is known about a file before it gets an id. */
export type AttachmentCandidate = Omit<AttachmentMeta, 'id'>;

/**
 * Decide, in order, which candidates may join an application that already
 * has `existing`: each accepted one counts for the next. Accepted ones get
 * the first free id 'bilaga-1', 'bilaga-2', …
 */
export function admitAttachments(
  existing: readonly AttachmentMeta[],
  candidates: readonly AttachmentCandidate[],
): ({ ok: true; meta: AttachmentMeta } | { ok: false; reason: AttachmentRefusal })[] {
  const ids = new Set(existing.map((a) => a.id));
  const hashes = new Set(existing.map((a) => a.sha256));
  let count = existing.length;
  let total = existing.reduce((sum, a) => sum + a.size, 0);
  return candidates.map((c) => {
    if (c.size > ATTACHMENT_LIMITS.maxBytes) return { ok: false, reason: 'TOO_LARGE' };
    if (hashes.has(c.sha256)) return { ok: false, reason: 'DUPLICATE' };
    if (count >= ATTACHMENT_LIMITS.perApplication) return { ok: false, reason: 'TOO_MANY' };
    if (total + c.size > ATTACHMENT_LIMITS.maxBytesPerApplication) {
      return { ok: false, reason: 'TOTAL_TOO_LARGE' };
    }
    let n = 1;
    while (ids.has(`bilaga-${n}`)) n++;
    const meta = { id: `bilaga-${n}`, ...c };
    ids.add(meta.id);
    hashes.add(c.sha256);
    count++;
    total += c.size;
    return { ok: true, meta };
  });
}

/** Blob-store key of an attachment: by application and content, so a key never means two files. */
export function attachmentBlobKey(applicationId: string, meta: AttachmentMeta): string {
  return `att:${applicationId}:${meta.sha256.slice(0, 32)}`;
}

/** Whether an attachment goes into a phase: all in named phases, cleared ones in anonymised. */
export function inPhase(
  attachment: { readonly anonymisedOk: boolean },
  phase: { readonly anonymised: boolean },
): boolean {
  return !phase.anonymised || attachment.anonymisedOk;
}

/** An attachment with its bytes, as the renderer hands it to main for issuing. */
export interface IssueAttachment {
  readonly attachment: PackageAttachment;
  readonly anonymisedOk: boolean;
}

/** The file-name extensions of each kind, lower case, without the dot. */
export const ATTACHMENT_EXTENSIONS: Readonly<Record<AttachmentKind, readonly string[]>> = {
  pdf: ['pdf'],
  docx: ['docx'],
  txt: ['txt'],
};

/** The kind a file name claims by its extension, or null for any other name. */
export function kindOfName(fileName: string): AttachmentKind | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  const ext = fileName.slice(dot + 1).toLowerCase();
  return AttachmentKindSchema.options.find((k) => ATTACHMENT_EXTENSIONS[k].includes(ext)) ?? null;
}
