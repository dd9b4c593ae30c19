import { z } from 'zod';
import {
  ApplicationIdSchema,
  FactsSchema,
  JurorIdSchema,
  LIMITS,
  PhaseSchema,
  RoundSchema,
  SectionSchema,
} from '../domain/round';
import { attachmentListSchema, PackageAttachmentSchema } from '../domain/attachment';
import { exchangeFields, PublicKeySchema, TimestampSchema } from './common';
import { issue } from './refine';
import { PACKAGE_FORMAT } from './constants';
import { conflictsOf, findJuror, RosterSchema, rosterChair } from './roster';

/** A display label of at most 200 characters, compared exactly (no trimming). */
const Label = z.string().min(1).max(LIMITS.shortText);

/**
 * One application as a juror reads it. In an anonymised phase `applicant` is
 * the pseudonym and the sections are the redacted reading copy; contacts are
 * never sent to jurors. Attachments carry their bytes (base64url); in an
 * anonymised phase only those the organiser cleared for it are included.
 * Packages written before attachments existed have no `attachments` field.
 */
export const PackageApplicationSchema = z
  .strictObject({
    id: ApplicationIdSchema,
    pseudonym: Label,
    anonymised: z.boolean(),
    applicant: Label,
    sections: z.array(SectionSchema).max(LIMITS.sections),
    facts: FactsSchema,
    attachments: attachmentListSchema(PackageAttachmentSchema).optional(),
  })
  .refine((a) => !a.anonymised || a.applicant === a.pseudonym, {
    message: 'an anonymised application shows its pseudonym as the applicant',
    path: ['applicant'],
  });

/**
 * The signed content of a jury package. Besides the common binding fields it
 * carries `signerPublicKey` (the organiser's signing key, also in the clear
 * header so a first import can verify before any key is pinned), the juror it
 * is for, the round definition, the phase, the roster and the applications.
 */
export const PackagePayloadSchema = z
  .strictObject({
    ...exchangeFields(PACKAGE_FORMAT),
    signerPublicKey: PublicKeySchema,
    jurorId: JurorIdSchema,
    issuedAt: TimestampSchema,
    round: RoundSchema,
    phase: PhaseSchema,
    roster: RosterSchema,
    applications: z.array(PackageApplicationSchema).max(LIMITS.applications),
  })
  .superRefine((p, ctx) => {
    const { round, roster, phase } = p;
    if (p.award !== round.award || p.award !== roster.award) {
      issue(ctx, ['award'], 'award differs from the round or roster');
    }
    if (p.roundId !== round.id || p.roundId !== roster.roundId) {
      issue(ctx, ['roundId'], 'round id differs from the round or roster');
    }
    const defined = round.phases.find((ph) => ph.id === phase.id);
    if (
      p.phaseId !== phase.id ||
      defined === undefined ||
      defined.name !== phase.name ||
      defined.anonymised !== phase.anonymised
    ) {
      issue(ctx, ['phase'], 'phase is not the one defined in the round');
    }
    if (p.rosterVersion !== roster.rosterVersion) {
      issue(ctx, ['rosterVersion'], 'roster version differs from the roster');
    }
    if (
      p.signerKeyId !== roster.organiser.keyId ||
      p.signerPublicKey !== roster.organiser.signingPublicKey
    ) {
      issue(ctx, ['signerKeyId'], 'the signer is not the roster organiser');
    }
    const juror = findJuror(roster, p.jurorId);
    if (juror === undefined || juror.encryptionKeyId !== p.recipientKeyId) {
      issue(ctx, ['jurorId'], 'the package is not addressed to the juror it names');
    }
    if (rosterChair(roster) === undefined) issue(ctx, ['roster'], 'the roster has no chair');
    const conflicted = conflictsOf(roster, p.jurorId);
    const seen = new Set<string>();
    p.applications.forEach((a, i) => {
      if (seen.has(a.id)) issue(ctx, ['applications', i, 'id'], 'application listed twice');
      seen.add(a.id);
      if (a.anonymised !== phase.anonymised) {
        issue(ctx, ['applications', i, 'anonymised'], 'anonymisation differs from the phase');
      }
      if (conflicted.has(a.id)) {
        issue(ctx, ['applications', i], 'the juror is conflicted on this application');
      }
    });
  });

export type PackageApplication = z.infer<typeof PackageApplicationSchema>;
/** A verified, parsed package payload ("the package" from here on). */
export type PackagePayload = z.infer<typeof PackagePayloadSchema>;
