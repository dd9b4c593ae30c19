import { z } from 'zod';
import { ApplicationSchema, LIMITS } from '../domain/round';
import { DigestSchema, RosterSchema } from '../exchange';
import { RoundDraftSchema } from './draft';
import { StoredAttachmentListSchema } from './attachments';

/*
 * What the organiser keeps for a round, sealed in the vault: one round
 * record (definition, pseudonyms, roster, what was issued) and one record per
 * application (the application and its anonymisation review).
 *
 * The round record's `applicationIds` is the commit point of an import:
 * application records are written first and the round record last, so an
 * import that fails half-way leaves records nobody lists, never a round
 * with half of its applications.
 */

/** A term the organiser typed or picked: 2–200 characters. */
export const TermSchema = z.string().trim().min(2).max(LIMITS.shortText);

/** The organiser's review of one application's reading copy. */
export const ReviewSchema = z.strictObject({
  /** Added by hand; replaced by '[borttaget]' wherever they occur. */
  extraTerms: z.array(TermSchema).max(500),
  /** Replacements the organiser undid; never replaced. */
  removedTerms: z.array(TermSchema).max(500),
  /** Approved for anonymised phases; any change to the terms clears it. */
  approved: z.boolean(),
});
export type Review = z.infer<typeof ReviewSchema>;

export const emptyReview = (): Review => ({ extraTerms: [], removedTerms: [], approved: false });

export const OrganiserApplicationSchema = z.strictObject({
  application: ApplicationSchema,
  review: ReviewSchema,
  /**
   * Attachments in the order they were added; their bytes are in the blob
   * store. Records written before attachments existed have none.
   */
  attachments: StoredAttachmentListSchema.default([]),
});
export type OrganiserApplication = z.infer<typeof OrganiserApplicationSchema>;

/** One package that was written, as shown in "what was issued". */
export const IssuedPackageSchema = z.strictObject({
  phaseId: z.string().min(1).max(64),
  jurorId: z.string().min(1).max(64),
  jurorName: z.string().max(LIMITS.shortText),
  fileName: z.string().min(1).max(255),
  digest: DigestSchema,
  rosterVersion: z.number().int().min(1),
  applicationCount: z.number().int().min(0),
  issuedAt: z.iso.datetime(),
});
export type IssuedPackage = z.infer<typeof IssuedPackageSchema>;

/** How the round was started. */
export const RoundSourceSchema = z.enum(['template', 'round', 'scratch', 'demo']);
export type RoundSource = z.infer<typeof RoundSourceSchema>;

export const PseudonymEntrySchema = z.strictObject({
  applicationId: z.string().min(1).max(64),
  pseudonym: z.string().min(1).max(LIMITS.shortText),
});

export const OrganiserRoundSchema = z.strictObject({
  draft: RoundDraftSchema,
  source: RoundSourceSchema,
  createdAt: z.number().int().nonnegative(),
  /** The round's applications, in import order (see the note above). */
  applicationIds: z.array(z.string().min(1).max(64)).max(LIMITS.applications),
  /** Secret per round, so that pseudonym order cannot be guessed from ids. */
  pseudonymSeed: z.string().min(1).max(128),
  /** Every pseudonym ever handed out in this round; labels are never reused. */
  pseudonyms: z.array(PseudonymEntrySchema).max(LIMITS.applications * 2),
  roster: RosterSchema.nullable(),
  /** The roster version of the last packages issued, or null before any. */
  issuedRosterVersion: z.number().int().min(1).nullable(),
  /**
   * Every roster that went out in packages, one per version: the chair's
   * result names the version its packages had, which a later roster edit
   * (a new version) must not make unverifiable.
   */
  issuedRosters: z.array(RosterSchema).max(64).default([]),
  issued: z.array(IssuedPackageSchema).max(100_000),
});
export type OrganiserRound = z.infer<typeof OrganiserRoundSchema>;

/** The pseudonyms as a map, for assignPseudonyms. */
export function pseudonymMap(round: Pick<OrganiserRound, 'pseudonyms'>): Map<string, string> {
  return new Map(round.pseudonyms.map((p) => [p.applicationId, p.pseudonym]));
}
