import { z } from 'zod';
import type { ChannelSpec } from './channel-spec';
import type { ORGANISER_CHANNELS } from './organiser-channels';
import { ApplicationSchema, LIMITS, RoundSchema } from '../domain/round';
import { RosterSchema } from '../exchange';
import { IssuedPackageSchema, ReviewSchema } from '../organiser/records';
import {
  AttachmentImportEntrySchema,
  DroppedImportSchema,
  ImportedAttachmentsSchema,
  ISSUE_ATTACHMENT_MAX_CHARS,
  IssueAttachmentSchema,
  organiserAttachmentsContract,
} from './organiser-attachments-contract';
import { ATTACHMENT_LIMITS } from '../domain/attachment';

/*
 * Request and response schemas of the organiser channels. Failures that the
 * organiser must read about come back as typed reasons inside the response
 * (translated in organiser.*.ts); only unexpected failures use the error
 * envelope. Every list and text has a size limit.
 */

const fileName = z.string().max(255);
const cell = z.string().max(LIMITS.longText + 16);
const id = z.string().min(1).max(64);

/** Why an import file could not be read at all. */
export const IMPORT_FAILURES = ['TOO_LARGE', 'MALFORMED', 'UNSUPPORTED', 'EMPTY'] as const;
export type ImportFailure = (typeof IMPORT_FAILURES)[number];

const ReadWarningSchema = z.strictObject({
  code: z.enum(['BROKEN_ENCODING', 'CELL_TOO_LONG', 'INVALID_QUOTES', 'DATA_WITHOUT_HEADER']),
  row: z.number().int().min(0),
  column: z.string().max(300).exactOptional(),
  message: z.string().max(1_000),
});

const ReadErrorDetailSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('UNCLOSED_QUOTE'), row: z.number().int().min(1) }),
  z.strictObject({
    kind: z.literal('TOO_MANY_COLUMNS'),
    row: z.number().int().min(1),
    limit: z.number().int().min(1),
  }),
  z.strictObject({ kind: z.literal('TOO_MANY_ROWS'), limit: z.number().int().min(1) }),
]);

export const ImportIssueSchema = z.strictObject({
  code: z.enum([
    'EMPTY_ROW',
    'MISSING_APPLICANT',
    'DUPLICATE_ID',
    'ID_REPLACED',
    'DUPLICATE_APPLICANT',
    'TOO_LONG',
    'BROKEN_ENCODING',
    'UNKNOWN_COLUMN',
    'INVALID_EMAIL',
    'INVALID',
  ]),
  column: z.string().max(300).exactOptional(),
  detail: z.string().max(1_000).exactOptional(),
});

export const RowReportSchema = z.strictObject({
  row: z.number().int().min(0),
  status: z.enum(['imported', 'skipped', 'warning']),
  issues: z.array(ImportIssueSchema).max(1_000),
});

export const ImportSummarySchema = z.strictObject({
  total: z.number().int().min(0),
  imported: z.number().int().min(0),
  skipped: z.number().int().min(0),
  warnings: z.number().int().min(0),
  unknownColumns: z.array(z.string().max(300)).max(300),
});

export const ImportTableSchema = z.strictObject({
  headers: z.array(cell).max(300),
  rows: z.array(z.array(cell).max(300)).max(LIMITS.applications),
  encoding: z.enum(['utf-8', 'utf-8-bom', 'windows-1252']),
  separator: z.enum([',', ';', '\t']).exactOptional(),
  sheetName: z.string().max(300).exactOptional(),
  headerRow: z.number().int().min(1).exactOptional(),
});

const ReadImportResponse = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({
    status: z.literal('failed'),
    fileName,
    reason: z.enum(IMPORT_FAILURES),
    /** Where and why, when the reader knows: translated in the UI. */
    detail: ReadErrorDetailSchema.exactOptional(),
  }),
  z.strictObject({
    status: z.literal('table'),
    fileName,
    table: ImportTableSchema,
    warnings: z.array(ReadWarningSchema).max(100_000),
  }),
  z.strictObject({
    status: z.literal('json'),
    fileName,
    applications: z.array(ApplicationSchema).max(LIMITS.applications),
    report: z.array(RowReportSchema).max(LIMITS.applications + 1),
    summary: ImportSummarySchema,
    /** Attachments the file lists, checked and read, by application. */
    attachments: z.array(ImportedAttachmentsSchema).max(LIMITS.applications),
    /** One entry per listed attachment: added, or refused with a reason. */
    attachmentReport: z
      .array(AttachmentImportEntrySchema)
      .max(LIMITS.applications * ATTACHMENT_LIMITS.perApplication),
  }),
]);

export const OrganiserIdentitySchema = z.strictObject({
  name: z.string(),
  organisation: z.string(),
  keyId: z.string(),
  encryptionKeyId: z.string(),
  fingerprint: z.string(),
});

/** Why one identity card was not enrolled. */
export const ENROL_FAILURES = [
  'DUPLICATE_KEY',
  'KEY_CHANGED',
  'TAMPERED',
  'MALFORMED',
  'NOT_A_CARD',
  'UNSUPPORTED_VERSION',
  'TOO_LARGE',
  'TOO_MANY',
] as const;
export type EnrolFailure = (typeof ENROL_FAILURES)[number];

export const EnrolResultSchema = z.strictObject({
  fileName,
  outcome: z.enum(['enrolled', 'unchanged', 'failed']),
  reason: z.enum(ENROL_FAILURES).nullable(),
  jurorId: z.string().max(64).nullable(),
  name: z.string().max(200).nullable(),
  fingerprint: z.string().max(64).nullable(),
});
export type EnrolResult = z.infer<typeof EnrolResultSchema>;

const rosterState = {
  roster: RosterSchema,
  /** Roster version of the last issued packages: changes after it raise the version. */
  issuedRosterVersion: z.number().int().min(1).nullable(),
};

export const RosterEditSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('setChair'), jurorId: id }),
  z.strictObject({ op: z.literal('removeJuror'), jurorId: id }),
  z.strictObject({
    op: z.literal('addConflict'),
    jurorId: id,
    applicationId: id,
    /** Required: the jury must be able to see why the juror stands aside. */
    reason: z.string().trim().min(1).max(2_000),
  }),
  z.strictObject({ op: z.literal('removeConflict'), jurorId: id, applicationId: id }),
]);
export type RosterEdit = z.infer<typeof RosterEditSchema>;

/** Why packages were not issued. */
export const ISSUE_REFUSALS = [
  'UNAPPROVED',
  'NO_CHAIR',
  'NO_JURORS',
  'NO_APPLICATIONS',
  'UNKNOWN_PHASE',
  'UNKNOWN_JUROR',
  /** One juror's package would hold more than ATTACHMENT_LIMITS.maxBytesPerPackage of attachments. */
  'ATTACHMENTS_TOO_LARGE',
  /** One juror's package file would be larger than PACKAGE_MAX_BYTES. */
  'PACKAGE_TOO_LARGE',
  'INVALID',
] as const;
export type IssueRefusal = (typeof ISSUE_REFUSALS)[number];

export const IssueApplicationSchema = z.strictObject({
  application: ApplicationSchema,
  pseudonym: z.string().min(1).max(LIMITS.shortText),
  review: ReviewSchema,
  /** With their bytes; for an anonymised phase only the cleared ones are needed. */
  attachments: z.array(IssueAttachmentSchema).max(ATTACHMENT_LIMITS.perApplication).default([]),
});

/** Request and response schemas of the organiser channels. */
export const organiserContract = {
  'organiser:readImportFile': {
    request: z.strictObject({
      existingIds: z.array(id).max(LIMITS.applications),
      existingApplicants: z.array(z.string().max(LIMITS.shortText)).max(LIMITS.applications),
      /** A file dropped on the import step; without it main opens a dialog. */
      dropped: DroppedImportSchema.exactOptional(),
    }),
    response: ReadImportResponse,
  },
  'organiser:identity': {
    request: z.strictObject({}),
    response: OrganiserIdentitySchema,
  },
  'organiser:createRoster': {
    request: z.strictObject({ award: z.string().min(1).max(200), roundId: id }),
    response: z.strictObject({ roster: RosterSchema }),
  },
  'organiser:enrolCards': {
    request: z.strictObject(rosterState),
    response: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('cancelled') }),
      z.strictObject({
        status: z.literal('done'),
        roster: RosterSchema,
        results: z.array(EnrolResultSchema).max(LIMITS.jurors),
      }),
    ]),
  },
  'organiser:editRoster': {
    request: z.strictObject({ ...rosterState, edit: RosterEditSchema }),
    response: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('ok'), roster: RosterSchema }),
      z.strictObject({ status: z.literal('failed'), reason: z.enum(['UNKNOWN_JUROR', 'INVALID']) }),
    ]),
  },
  'organiser:issuePackages': {
    request: z
      .strictObject({
        ...rosterState,
        round: RoundSchema,
        phaseId: id,
        applications: z.array(IssueApplicationSchema).max(LIMITS.applications),
        /** The jurors to issue to; one juror may be saved with a save dialog. */
        jurorIds: z.array(id).min(1).max(LIMITS.jurors),
        destination: z.enum(['folder', 'file']),
      })
      .refine(
        (r) =>
          r.applications.reduce(
            (sum, a) => a.attachments.reduce((s, x) => s + x.attachment.data.length, sum),
            0,
          ) <= ISSUE_ATTACHMENT_MAX_CHARS,
        { message: 'too many attachment bytes in one request', path: ['applications'] },
      ),
    response: z.discriminatedUnion('status', [
      z.strictObject({ status: z.literal('cancelled') }),
      z.strictObject({
        status: z.literal('refused'),
        reason: z.enum(ISSUE_REFUSALS),
        applicationIds: z.array(z.string()).max(LIMITS.applications),
      }),
      z.strictObject({
        status: z.literal('issued'),
        roster: RosterSchema,
        /** Name of the folder written to (no path), or null for a single saved file. */
        folder: z.string().max(255).nullable(),
        files: z.array(IssuedPackageSchema).max(LIMITS.jurors),
      }),
    ]),
  },
  ...organiserAttachmentsContract,
} as const satisfies Record<(typeof ORGANISER_CHANNELS)[number], ChannelSpec>;
