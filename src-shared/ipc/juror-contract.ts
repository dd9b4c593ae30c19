import { z } from 'zod';
import type { ChannelSpec } from './channel-spec';
import type { JUROR_CHANNELS } from './juror-channels';
import { LIMITS } from '../domain/round';
import {
  DeclaredConflictSchema,
  DigestSchema,
  FingerprintSchema,
  KeyIdSchema,
  OverallCommentSchema,
  PACKAGE_MAX_BYTES,
  RevisionSchema,
  ScoreEntrySchema,
  ScoreFileStatusSchema,
} from '../exchange';
import { SHEET_COLUMNS } from '../juror/sheet';
import { LANGUAGES } from '../i18n/languages';
import { ATTACHMENT_TEXT_LIMITS, JurorPayloadSchema } from '../juror/attachments';
import {
  ATTACHMENT_LIMITS,
  AttachmentKindSchema,
  AttachmentMetaSchema,
  base64urlLength,
} from '../domain/attachment';

/** Why a jury package was refused; the renderer explains each in plain words. */
export const PACKAGE_REFUSALS = [
  'NOT_FOR_ME',
  'ROSTER_OUTDATED',
  'ORGANISER_KEY_CHANGED',
  'TAMPERED',
  'BAD_SIGNATURE',
  'MALFORMED',
  'TOO_LARGE',
  'UNSUPPORTED_FORMAT',
  'UNSUPPORTED_VERSION',
  'WRONG_TYPE',
  'NO_IDENTITY',
] as const;
export type PackageRefusal = (typeof PACKAGE_REFUSALS)[number];

/**
 * Why a score file could not be made. REVISION_CHAIN: the revision and the
 * previous digest do not fit (a digest exactly when the revision is above 1).
 */
export const SCORE_EXPORT_PROBLEMS = [
  'PACKAGE_INVALID',
  'INVALID_SCORES',
  'NO_IDENTITY',
  'REVISION_CHAIN',
] as const;
export type ScoreExportProblem = (typeof SCORE_EXPORT_PROBLEMS)[number];

/** Why a scoring sheet could not be read (the table readers' codes). */
export const SHEET_READ_PROBLEMS = ['TOO_LARGE', 'MALFORMED', 'UNSUPPORTED', 'EMPTY'] as const;

/** A whole package file as unpadded base64url; dropped files are capped like opened ones. */
export const PackageFileSchema = z
  .string()
  .min(1)
  .max(Math.ceil((PACKAGE_MAX_BYTES * 4) / 3))
  .regex(/^[A-Za-z0-9_-]+$/, 'base64url');

/** The organiser key pinned for an award (see src-shared/juror/pin.ts). */
export const OrganiserPinSchema = z.strictObject({
  scope: z.string().min(1).max(300),
  organiserKeyId: KeyIdSchema,
});

const KnownRosterSchema = z.strictObject({
  roundId: z.string().min(1).max(64),
  rosterVersion: z.int().min(1).max(1_000_000_000),
});

/**
 * A verified package, for the renderer to show and (after confirmation)
 * store. The payload has no attachment bytes: see juror:openAttachment.
 */
export const OpenedPackageSchema = z.strictObject({
  status: z.literal('opened'),
  payload: JurorPayloadSchema,
  digest: DigestSchema,
  organiserKeyId: KeyIdSchema,
  organiserFingerprint: FingerprintSchema,
  /** False on the first package of an award: show the fingerprint and ask. */
  pinned: z.boolean(),
  /** The file itself, to store sealed and to verify again on every export. */
  packageFile: PackageFileSchema,
});
export type OpenedPackageResponse = z.infer<typeof OpenedPackageSchema>;

/** A stored package opened again: the renderer already has the file, so it is not sent back. */
export const ReopenedPackageSchema = OpenedPackageSchema.omit({ packageFile: true });

/**
 * Why an attachment could not be opened, besides the package's own refusals:
 * NOT_FOUND (no such application or attachment in the package), DAMAGED
 * (its bytes do not match its SHA-256).
 */
export const ATTACHMENT_REFUSALS = [...PACKAGE_REFUSALS, 'NOT_FOUND', 'DAMAGED'] as const;
export type AttachmentRefusal = (typeof ATTACHMENT_REFUSALS)[number];

/** The readable text of a DOCX or TXT attachment, or why there is none. */
export const AttachmentTextSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('read'),
    paragraphs: z
      .array(z.string().max(ATTACHMENT_TEXT_LIMITS.maxChars))
      .max(ATTACHMENT_TEXT_LIMITS.maxParagraphs),
    /** True when the text was longer than the cap and was cut. */
    truncated: z.boolean(),
  }),
  z.strictObject({ status: z.literal('unreadable'), reason: z.enum(['DAMAGED', 'TOO_LARGE']) }),
]);
export type AttachmentText = z.infer<typeof AttachmentTextSchema>;

/** One attachment opened from a verified package. */
export const OpenedAttachmentSchema = z.strictObject({
  status: z.literal('opened'),
  kind: AttachmentKindSchema,
  name: AttachmentMetaSchema.shape.name,
  size: AttachmentMetaSchema.shape.size,
  /** The raw bytes, base64url. */
  data: z
    .string()
    .min(1)
    .max(base64urlLength(ATTACHMENT_LIMITS.maxBytes))
    .regex(/^[A-Za-z0-9_-]+$/),
  /** DOCX and TXT only: the text, extracted in main. */
  text: AttachmentTextSchema.optional(),
});
export type OpenedAttachmentResponse = z.infer<typeof OpenedAttachmentSchema>;

const refused = z.strictObject({ status: z.literal('refused'), reason: z.enum(PACKAGE_REFUSALS) });
const cancelled = z.strictObject({ status: z.literal('cancelled') });

const SheetRowSchema = z.strictObject(
  Object.fromEntries(SHEET_COLUMNS.map((c) => [c, z.string().max(10_000)])) as Record<
    (typeof SHEET_COLUMNS)[number],
    z.ZodString
  >,
);

const MAX_CELLS = LIMITS.applications * LIMITS.criteria;
const label = z.string().min(1).max(200);

/** Request and response schemas of the juror channels. */
export const jurorContract = {
  'juror:importPackage': {
    request: z.strictObject({
      source: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('dialog') }),
        z.strictObject({ kind: z.literal('bytes'), data: PackageFileSchema }),
      ]),
      pins: z.array(OrganiserPinSchema).max(1_000),
      rosters: z.array(KnownRosterSchema).max(1_000),
    }),
    response: z.union([OpenedPackageSchema, refused, cancelled]),
  },
  'juror:openStored': {
    request: z.strictObject({ packageFile: PackageFileSchema, pin: OrganiserPinSchema }),
    response: z.union([ReopenedPackageSchema, refused]),
  },
  'juror:demoPackage': {
    request: z.strictObject({ pins: z.array(OrganiserPinSchema).max(1_000) }),
    response: z.union([OpenedPackageSchema, refused]),
  },
  'juror:exportScoreFile': {
    request: z.strictObject({
      packageFile: PackageFileSchema,
      pin: OrganiserPinSchema,
      revision: RevisionSchema,
      previousDigest: DigestSchema.nullable(),
      status: ScoreFileStatusSchema,
      scores: z.array(ScoreEntrySchema).max(MAX_CELLS),
      overallComments: z.array(OverallCommentSchema).max(LIMITS.applications),
      conflicts: z.array(DeclaredConflictSchema).max(LIMITS.applications),
    }),
    /**
     * 'ready': made, and a place chosen, but not written yet. The renderer
     * records the revision and digest first, then asks juror:writeScoreFile,
     * so a file never exists that the next export would not chain to.
     */
    response: z.union([
      z.strictObject({
        status: z.literal('ready'),
        fileName: z.string().max(255),
        digest: DigestSchema,
        revision: RevisionSchema,
        createdAt: z.string().max(64),
      }),
      cancelled,
      z.strictObject({
        status: z.literal('refused'),
        reason: z.enum(SCORE_EXPORT_PROBLEMS),
        details: z.array(z.string().max(500)).max(100),
      }),
    ]),
  },
  'juror:writeScoreFile': {
    /** The digest of the score file juror:exportScoreFile made last. */
    request: z.strictObject({ digest: DigestSchema }),
    response: z.union([
      z.strictObject({ status: z.literal('saved'), fileName: z.string().max(255) }),
      /** No such file waits to be written (another export replaced it, or main restarted). */
      z.strictObject({ status: z.literal('refused'), reason: z.literal('NOT_PENDING') }),
    ]),
  },
  'juror:exportSheet': {
    request: z.strictObject({
      format: z.enum(['xlsx', 'csv']),
      /** The UI language, for the sheet's tab name. */
      language: z.enum(LANGUAGES),
      roundId: label,
      phaseId: label,
      jurorName: label,
      rows: z.array(SheetRowSchema).max(MAX_CELLS),
    }),
    response: z.union([
      z.strictObject({ status: z.literal('saved'), fileName: z.string().max(255) }),
      cancelled,
    ]),
  },
  'juror:importSheet': {
    request: z.strictObject({}),
    response: z.union([
      cancelled,
      z.strictObject({
        status: z.literal('read'),
        fileName: z.string().max(255),
        headers: z.array(z.string().max(LIMITS.longText + 1)).max(200),
        rows: z
          .array(z.array(z.string().max(LIMITS.longText + 1)).max(200))
          .max(LIMITS.applications),
        headerRow: z.int().min(1).max(10_000),
      }),
      z.strictObject({ status: z.literal('refused'), reason: z.enum(SHEET_READ_PROBLEMS) }),
    ]),
  },
  'juror:openAttachment': {
    request: z.strictObject({
      packageFile: PackageFileSchema,
      pin: OrganiserPinSchema,
      applicationId: z.string().min(1).max(64),
      attachmentId: AttachmentMetaSchema.shape.id,
    }),
    response: z.union([
      OpenedAttachmentSchema,
      z.strictObject({ status: z.literal('refused'), reason: z.enum(ATTACHMENT_REFUSALS) }),
    ]),
  },
} as const satisfies Record<(typeof JUROR_CHANNELS)[number], ChannelSpec>;
