import { z } from 'zod';
import { LIMITS } from '../domain/round';

/*
 * The round definition as the organiser edits it. It is deliberately looser
 * than RoundSchema: while someone types, a criterion may have no name, two
 * criteria may share a key, or every weight may be zero. Such drafts are
 * stored as they are (every edit autosaves) and validateRound() says, in
 * plain words, what must be fixed before packages can be issued.
 */

const text = (max: number) => z.string().max(max);

/** One written anchor per scale level. */
export const AnchorDraftSchema = z.strictObject({
  value: z.number().int().min(0).max(100),
  label: text(LIMITS.shortText),
  description: text(2_000),
});

export const ScaleDraftSchema = z.strictObject({
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(0).max(100),
  anchors: z.array(AnchorDraftSchema).max(101),
  allowCannotAssess: z.boolean(),
});

export const CriterionDraftSchema = z.strictObject({
  /** A local id that never changes, so the UI can follow a criterion as it moves. */
  uid: z.string().min(1).max(64),
  key: text(16),
  name: text(LIMITS.shortText),
  guidance: text(10_000),
  weight: z.number().min(0).max(1_000),
  scale: ScaleDraftSchema,
});

export const PhaseDraftSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
  name: text(LIMITS.shortText),
  anonymised: z.boolean(),
});

export const RoundDraftSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
  award: text(LIMITS.shortText),
  name: text(LIMITS.shortText),
  year: z.number().int().min(0).max(9_999),
  description: text(LIMITS.longText),
  phases: z.array(PhaseDraftSchema).max(LIMITS.phases),
  criteria: z.array(CriterionDraftSchema).max(LIMITS.criteria),
});

export type AnchorDraft = z.infer<typeof AnchorDraftSchema>;
export type ScaleDraft = z.infer<typeof ScaleDraftSchema>;
export type CriterionDraft = z.infer<typeof CriterionDraftSchema>;
export type PhaseDraft = z.infer<typeof PhaseDraftSchema>;
export type RoundDraft = z.infer<typeof RoundDraftSchema>;

/** The widest scale the editor offers (0–10 covers every common jury scale). */
export const SCALE_BOUNDS = { min: 0, max: 10 } as const;
