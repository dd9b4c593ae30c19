import { z } from 'zod';
import type { ChannelSpec } from './channel-spec';
import type { CHAIR_CHANNELS } from './chair-channels';
import { EXPORT_REJECTIONS, PACKAGE_REJECTIONS, REJECT_REASONS } from '../chair/codes';
import { DeliberationSchema } from '../chair/deliberation';
import { PlainIdSchema } from '../chair/ids';
import { DigestSchema, FingerprintSchema, KeyIdSchema } from '../exchange/common';
import { PACKAGE_MAX_BYTES, SCORE_FILE_MAX_BYTES } from '../exchange/constants';
import { PackagePayloadSchema } from '../exchange/package';
import { ScoreFilePayloadSchema } from '../exchange/score-file';
import { LIMITS } from '../domain/round';
import { AttachmentMetaSchema } from '../domain/attachment';
import { OpenedAttachmentSchema } from './juror-contract';

/**
 * Bytes as standard base64, capped at the encoded size of `maxBytes`. The
 * alphabet and length are checked here, before main decodes anything.
 */
function base64Of(maxBytes: number) {
  return z
    .string()
    .max(4 * Math.ceil(maxBytes / 3))
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .refine((s) => s.length % 4 === 0, 'base64 comes in groups of four');
}
const PackageBytes = base64Of(PACKAGE_MAX_BYTES);
const ScoreFileBytes = base64Of(SCORE_FILE_MAX_BYTES);
/** A file's own name (never a path); shown as text only. */
const FileName = z.string().min(1).max(255);

/** Most files one folder (or multi-select) import reads; the rest are counted and reported. */
export const MAX_FOLDER_FILES = 500;
/** Most files per verify call; the renderer sends larger drops in batches. */
export const MAX_FILES_PER_CALL = 64;
/** Most base64 characters per verify call (about 96 MiB of files). */
export const MAX_BATCH_CHARS = 128 * 1024 * 1024;

/** The chair's stored package, as the renderer hands it back to main. */
export const PackageRefSchema = z.strictObject({
  bytes: PackageBytes,
  /** The organiser key id confirmed on first import; main opens with it pinned. */
  pinnedOrganiserKeyId: KeyIdSchema.nullable(),
  /** The roster version stored for this phase: an older package is refused. */
  minRosterVersion: z.int().min(1).nullable(),
});
export type PackageRef = z.infer<typeof PackageRefSchema>;

/** A verified package, as the chair's screens read it. */
export const OpenedPackageSchema = z.strictObject({
  digest: DigestSchema,
  organiserKeyId: KeyIdSchema,
  organiserFingerprint: FingerprintSchema,
  pinned: z.boolean(),
  payload: PackagePayloadSchema,
});
export type OpenedChairPackage = z.infer<typeof OpenedPackageSchema>;

const PackageRejected = z.strictObject({
  status: z.literal('rejected'),
  reason: z.enum(PACKAGE_REJECTIONS),
});
const Cancelled = z.strictObject({ status: z.literal('cancelled') });

/** Organiser pins per round, so main can open a newly picked package with the right pin. */
const PinSchema = z.strictObject({
  roundId: PlainIdSchema,
  organiserKeyId: KeyIdSchema,
  phases: z
    .array(z.strictObject({ phaseId: PlainIdSchema, rosterVersion: z.int().min(1) }))
    .max(LIMITS.phases),
});

/** The verifier's answer for one score file. `bytes` comes back only for files main read itself. */
export const FileCheckSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    name: FileName,
    ok: z.literal(true),
    digest: DigestSchema,
    meta: z.strictObject({
      jurorId: PlainIdSchema,
      revision: z.int().min(1),
      previousDigest: DigestSchema.nullable(),
      final: z.boolean(),
    }),
    payload: ScoreFilePayloadSchema,
    bytes: ScoreFileBytes.optional(),
  }),
  z.strictObject({ name: FileName, ok: z.literal(false), reason: z.enum(REJECT_REASONS) }),
]);
export type FileCheckResult = z.infer<typeof FileCheckSchema>;
const FileChecks = z.array(FileCheckSchema).max(1_000);

/**
 * Why an attachment of the chair's package could not be opened: the
 * package's own rejections, NOT_FOUND (no such application or attachment in
 * the chair's package) and DAMAGED (its bytes do not match its SHA-256).
 */
export const CHAIR_ATTACHMENT_REFUSALS = [...PACKAGE_REJECTIONS, 'NOT_FOUND', 'DAMAGED'] as const;
export type ChairAttachmentRefusal = (typeof CHAIR_ATTACHMENT_REFUSALS)[number];

/** Request and response schemas of the chair channels. */
export const chairContract = {
  'chair:importPackage': {
    request: z.strictObject({ pins: z.array(PinSchema).max(1_000) }),
    response: z.discriminatedUnion('status', [
      Cancelled,
      PackageRejected,
      z.strictObject({
        status: z.literal('opened'),
        bytes: PackageBytes,
        package: OpenedPackageSchema,
      }),
    ]),
  },
  'chair:openPackage': {
    request: z.strictObject({ package: PackageRefSchema }),
    response: z.discriminatedUnion('status', [
      PackageRejected,
      z.strictObject({ status: z.literal('opened'), package: OpenedPackageSchema }),
    ]),
  },
  'chair:verifyScoreFiles': {
    request: z
      .strictObject({
        package: PackageRefSchema,
        files: z
          .array(z.strictObject({ name: FileName, bytes: ScoreFileBytes }))
          .min(1)
          .max(MAX_FILES_PER_CALL),
      })
      .refine(
        (r) => r.files.reduce((n, f) => n + f.bytes.length, 0) <= MAX_BATCH_CHARS,
        'too many bytes in one call',
      ),
    response: z.discriminatedUnion('status', [
      PackageRejected,
      z.strictObject({ status: z.literal('ok'), results: FileChecks }),
    ]),
  },
  'chair:pickScoreFiles': {
    request: z.strictObject({ package: PackageRefSchema, mode: z.enum(['files', 'folder']) }),
    response: z.discriminatedUnion('status', [
      Cancelled,
      PackageRejected,
      z.strictObject({
        status: z.literal('ok'),
        results: FileChecks,
        /** Files beyond the folder limit, not read. */
        skipped: z.int().min(0),
      }),
    ]),
  },
  'chair:exportResult': {
    request: z.strictObject({
      package: PackageRefSchema,
      files: z.array(ScoreFileBytes).max(10_000),
      decisions: z
        .array(
          z.strictObject({
            jurorId: PlainIdSchema,
            revision: z.int().min(1),
            digest: DigestSchema,
          }),
        )
        .max(10_000),
      deliberation: DeliberationSchema,
    }),
    response: z.discriminatedUnion('status', [
      Cancelled,
      z.strictObject({
        status: z.literal('rejected'),
        reason: z.enum([...PACKAGE_REJECTIONS, ...EXPORT_REJECTIONS]),
      }),
      z.strictObject({
        status: z.literal('saved'),
        fileName: FileName,
        digest: DigestSchema,
        inputs: z.int().min(0),
      }),
    ]),
  },
  'chair:openAttachment': {
    request: z.strictObject({
      package: PackageRefSchema,
      applicationId: z.string().min(1).max(64),
      attachmentId: AttachmentMetaSchema.shape.id,
    }),
    response: z.union([
      OpenedAttachmentSchema,
      z.strictObject({ status: z.literal('refused'), reason: z.enum(CHAIR_ATTACHMENT_REFUSALS) }),
    ]),
  },
} as const satisfies Record<(typeof CHAIR_CHANNELS)[number], ChannelSpec>;
