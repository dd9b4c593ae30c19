import { z } from 'zod';
import type { ChannelSpec } from './channel-spec';
import {
  ATTACHMENT_LIMITS,
  AttachmentMetaSchema,
  base64urlLength,
  PackageAttachmentSchema,
} from '../domain/attachment';
import { ApplicationIdSchema, ContactSchema, LIMITS } from '../domain/round';
import {
  ATTACHMENT_REFUSALS,
  AttachmentRefusedSchema,
  CheckedAttachmentSchema,
} from '../organiser/attachments';
import { ReviewSchema } from '../organiser/records';

/*
 * The organiser's attachment channels and the attachment parts of the import
 * and issue requests. Bytes travel as unpadded base64url, each list and
 * string capped so a request or answer has a known largest size.
 */

const base64url = (maxBytes: number) =>
  z
    .string()
    .min(1)
    .max(base64urlLength(maxBytes))
    .regex(/^[A-Za-z0-9_-]+$/, 'base64url');

/** A file dropped on the window: its name (no path) and bytes. */
export const DroppedAttachmentSchema = z.strictObject({
  name: z.string().min(1).max(1_000),
  data: base64url(ATTACHMENT_LIMITS.maxBytes),
});

/** Most files read from one dialog; more are refused as too many without reading them. */
export const MAX_PICKED_FILES = 50;

/** The application the attachments join, as the text scan needs it. */
const ScanTargetSchema = z.strictObject({
  id: ApplicationIdSchema,
  applicant: z.string().min(1).max(LIMITS.shortText),
  contacts: z.array(ContactSchema).max(LIMITS.contacts),
});

const AddAttachmentsRequest = z.strictObject({
  source: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('dialog') }),
    z.strictObject({
      kind: z.literal('dropped'),
      files: z.array(DroppedAttachmentSchema).min(1).max(ATTACHMENT_LIMITS.perApplication),
    }),
  ]),
  /** What the application has now, for the per-application caps and duplicates. */
  existing: z.array(AttachmentMetaSchema).max(ATTACHMENT_LIMITS.perApplication),
  application: ScanTargetSchema,
  otherApplicants: z.array(z.string().max(LIMITS.shortText)).max(LIMITS.applications),
  review: ReviewSchema,
});

const AddAttachmentsResponse = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({
    status: z.literal('done'),
    added: z.array(CheckedAttachmentSchema).max(ATTACHMENT_LIMITS.perApplication),
    refused: z.array(AttachmentRefusedSchema).max(MAX_PICKED_FILES + 1),
  }),
]);

/** A demo attachment and whether the demo organiser cleared it for anonymised phases. */
export const DemoAttachmentSchema = z.strictObject({
  checked: CheckedAttachmentSchema,
  anonymisedOk: z.boolean(),
});

/** Attachments of one application, from a JSON import or the demo. */
export const ImportedAttachmentsSchema = z.strictObject({
  applicationId: z.string().min(1).max(64),
  items: z.array(CheckedAttachmentSchema).max(ATTACHMENT_LIMITS.perApplication),
});

/** One attachment listed in an application JSON file, and what became of it. */
export const AttachmentImportEntrySchema = z.strictObject({
  /** 1-based position of the application in the file (as in the row report). */
  row: z.number().int().min(1),
  applicationId: z.string().min(1).max(64),
  /** The path as written in the file (cut to 300 characters). */
  file: z.string().max(300),
  outcome: z.enum(['added', 'refused']),
  reason: z.enum(ATTACHMENT_REFUSALS).nullable(),
});
export type AttachmentImportEntry = z.infer<typeof AttachmentImportEntrySchema>;

/** Raw bytes of all attachments one JSON import may bring in. */
export const IMPORT_ATTACHMENTS_MAX_BYTES = 64 * 1024 * 1024;

/** An attachment handed to main for issuing, with the organiser's anonymised-phase decision. */
export const IssueAttachmentSchema = z.strictObject({
  attachment: PackageAttachmentSchema,
  anonymisedOk: z.boolean(),
});

/**
 * Characters of attachment data one issue request may carry: twice what one
 * package may hold, since conflicts can give jurors different sets.
 */
export const ISSUE_ATTACHMENT_MAX_CHARS = base64urlLength(2 * ATTACHMENT_LIMITS.maxBytesPerPackage);

/** A dropped import file (CSV, XLSX or JSON): name and bytes, capped like a picked one. */
export const DroppedImportSchema = z.strictObject({
  name: z.string().min(1).max(1_000),
  data: base64url(64 * 1024 * 1024),
});

/** Request and response schemas of the attachment channels. */
export const organiserAttachmentsContract = {
  'organiser:addAttachments': { request: AddAttachmentsRequest, response: AddAttachmentsResponse },
  'organiser:demoAttachments': {
    request: z.strictObject({}),
    response: z.strictObject({
      applications: z
        .array(
          z.strictObject({
            applicationId: z.string().min(1).max(64),
            attachments: z.array(DemoAttachmentSchema).max(ATTACHMENT_LIMITS.perApplication),
          }),
        )
        .max(LIMITS.applications),
    }),
  },
} as const satisfies Record<string, ChannelSpec>;
