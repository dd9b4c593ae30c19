import { z } from 'zod';
import type { ChannelSpec } from './channel-spec';
import type { REPORT_CHANNELS } from './report-channels';
import { base64urlLength } from '../domain/attachment';
import { LIMITS } from '../domain/round';
import { DigestSchema, RESULT_MAX_BYTES, ResultPayloadSchema, RosterSchema } from '../exchange';
import { LANGUAGES } from '../i18n/languages';
import { REPORT_FORMATS, RESULT_REFUSALS } from '../report/reasons';

/*
 * The organiser imports the chair's result and exports the final report.
 * Main verifies every file and opens every dialog; the renderer only stores
 * what main accepted (sealed) and names applications from its own round.
 */

const fileName = z.string().min(1).max(255);

/** A dropped result file. One byte over the cap is let through, so main can say TOO_LARGE. */
export const DroppedResultSchema = z.strictObject({
  name: z.string().min(1).max(1_000),
  data: z
    .string()
    .min(1)
    .max(base64urlLength(RESULT_MAX_BYTES + 1))
    .regex(/^[A-Za-z0-9_-]+$/, 'base64url'),
});

const ImportRequest = z.strictObject({
  source: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('dialog') }),
    z.strictObject({ kind: z.literal('dropped'), file: DroppedResultSchema }),
  ]),
  /** The round's roster as the organiser keeps it; null before there is one. */
  roster: RosterSchema.nullable(),
  /** The roster version of the last packages issued, or null before any. */
  issuedRosterVersion: z.int().min(1).nullable(),
  /** Every roster that went out in packages (a result names one of their versions). */
  issuedRosters: z.array(RosterSchema).max(64).default([]),
  /** The result already imported for this round, if any. */
  previous: z.strictObject({ digest: DigestSchema, createdAt: z.iso.datetime() }).nullable(),
});

const ImportResponse = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('cancelled') }),
  z.strictObject({ status: z.literal('refused'), fileName, reason: z.enum(RESULT_REFUSALS) }),
  z.strictObject({ status: z.literal('duplicate'), fileName }),
  z.strictObject({
    status: z.literal('accepted'),
    fileName,
    digest: DigestSchema,
    result: ResultPayloadSchema,
    /** True when it replaces an older result. */
    replaced: z.boolean(),
  }),
]);

/** What the report is built from, besides the verified result. */
export const ReportRoundSchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().max(LIMITS.shortText),
  year: z.int().min(0).max(9_999),
});

const ExportRequest = z.strictObject({
  format: z.enum(REPORT_FORMATS),
  language: z.enum(LANGUAGES),
  result: ResultPayloadSchema,
  digest: DigestSchema,
  round: ReportRoundSchema,
  applications: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(64),
        applicant: z.string().max(LIMITS.shortText),
      }),
    )
    .max(LIMITS.applications),
  roster: RosterSchema.nullable(),
});

const ExportResponse = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('cancelled') }),
  /** This shell cannot make PDFs (e.g. the CLI core). */
  z.strictObject({ status: z.literal('unavailable') }),
  z.strictObject({ status: z.literal('saved'), fileName }),
]);

export const reportContract = {
  'report:importResult': { request: ImportRequest, response: ImportResponse },
  'report:export': { request: ExportRequest, response: ExportResponse },
} as const satisfies Record<(typeof REPORT_CHANNELS)[number], ChannelSpec>;
