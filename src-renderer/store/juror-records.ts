import { z } from 'zod';
import { createRepository } from '../db/repository';
import { BlobRefSchema } from '../db/blob-store';
import { AppScoreStateSchema } from '../../src-shared/juror';
import {
  DigestSchema,
  FingerprintSchema,
  KeyIdSchema,
  ScoreFileStatusSchema,
} from '../../src-shared/exchange';

/*
 * The juror's records, sealed by main like everything else in the vault.
 * Record ids are `<roundId>|<type>|<localId>`; pins are not per round and
 * live under the pseudo-round ''.
 */

/**
 * One imported jury package (one per round and phase), kept as the signed
 * file and verified again whenever it is opened or answered. The file is
 * base64url text: new records keep it in the blob store (`packageBlob`,
 * since a package can be far larger than one sealed record holds); records
 * written before that keep it inline (`packageFile`). Exactly one is set.
 */
export const StoredPackageSchema = z
  .strictObject({
    phaseId: z.string().min(1).max(64),
    rosterVersion: z.int().min(1),
    digest: DigestSchema,
    packageFile: z.string().min(1).optional(),
    packageBlob: BlobRefSchema.optional(),
    award: z.string().min(1).max(200),
    pinScope: z.string().min(1).max(300),
    importedAt: z.number(),
  })
  .refine((p) => (p.packageFile === undefined) !== (p.packageBlob === undefined), {
    message: 'a stored package keeps its file either inline or in the blob store',
  });
export type StoredPackage = z.infer<typeof StoredPackageSchema>;

/** The organiser key the juror confirmed by phone, per award (see pinScope). */
export const OrganiserPinRecordSchema = z.strictObject({
  scope: z.string().min(1).max(300),
  organiserKeyId: KeyIdSchema,
  fingerprint: FingerprintSchema,
  organiserName: z.string().max(200),
  pinnedAt: z.number(),
});
export type OrganiserPinRecord = z.infer<typeof OrganiserPinRecordSchema>;

/** The last score file exported for a round and phase: the next one is revision + 1. */
export const ExportRecordSchema = z.strictObject({
  revision: z.int().min(1),
  digest: DigestSchema,
  status: ScoreFileStatusSchema,
  fileName: z.string().max(255),
  createdAt: z.string().max(64),
});
export type ExportRecord = z.infer<typeof ExportRecordSchema>;

/** A private note on one application. Never part of any exported file. */
export const JurorNoteSchema = z.strictObject({ text: z.string().max(200_000) });

export const jurorPackages = createRepository({
  type: 'juror-package',
  schemaVersion: 1,
  schema: StoredPackageSchema,
});

export const jurorPins = createRepository({
  type: 'juror-pin',
  schemaVersion: 1,
  schema: OrganiserPinRecordSchema,
});

/** Scores per round, under `<phaseId>:<applicationId>` (ids cannot contain ':'). */
export const jurorScores = createRepository({
  type: 'juror-score',
  schemaVersion: 1,
  schema: AppScoreStateSchema,
});

export const jurorNotes = createRepository({
  type: 'juror-note',
  schemaVersion: 1,
  schema: JurorNoteSchema,
});

export const jurorExports = createRepository({
  type: 'juror-export',
  schemaVersion: 1,
  schema: ExportRecordSchema,
});

export const scoreKey = (phaseId: string, applicationId: string): string =>
  `${phaseId}:${applicationId}`;

/** Pins live under the pseudo-round '' with an opaque local id per scope. */
export const PIN_ROUND = '';
export function pinLocalId(scope: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < scope.length; i++) h = Math.imul(h ^ scope.charCodeAt(i), 0x01000193) >>> 0;
  return `pin-${h.toString(16)}-${scope.length}`;
}
