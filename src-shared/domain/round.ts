import { z } from 'zod';
import type { ApplicationId, CriterionKey, JurorId, PhaseId, RoundId } from './ids';

/** Limits shared by every schema that reads untrusted input. */
export const LIMITS = {
  shortText: 200,
  longText: 100_000,
  criteria: 40,
  applications: 10_000,
  sections: 50,
  contacts: 20,
  jurors: 500,
  phases: 10,
} as const;

const shortText = z.string().trim().min(1).max(LIMITS.shortText);
const idText = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'ids use letters, digits, dot, dash and underscore');

export const RoundIdSchema = idText.transform((s) => s as RoundId);
export const ApplicationIdSchema = idText.transform((s) => s as ApplicationId);
export const JurorIdSchema = idText.transform((s) => s as JurorId);
export const PhaseIdSchema = idText.transform((s) => s as PhaseId);
export const CriterionKeySchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{0,7}$/, 'criterion keys are 1–8 capital letters or digits')
  .transform((s) => s as CriterionKey);

/** One written anchor per scale level, e.g. 3 = "påbörjad". */
export const ScaleAnchorSchema = z.strictObject({
  value: z.number().int().min(0).max(100),
  label: shortText,
  description: z.string().max(2_000),
});

export const ScaleSchema = z
  .strictObject({
    min: z.number().int().min(0).max(100),
    max: z.number().int().min(1).max(100),
    anchors: z.array(ScaleAnchorSchema).max(101),
    /** "Cannot assess" is an explicit choice, distinct from a missing score. */
    allowCannotAssess: z.boolean(),
  })
  .refine((s) => s.max > s.min, 'the scale maximum must be above its minimum');

export const CriterionSchema = z.strictObject({
  key: CriterionKeySchema,
  name: shortText,
  guidance: z.string().max(10_000),
  weight: z.number().min(0).max(1_000),
  scale: ScaleSchema,
});

export const PhaseSchema = z.strictObject({
  id: PhaseIdSchema,
  name: shortText,
  /** Anonymised phases show redacted reading copies and coarsened facts. */
  anonymised: z.boolean(),
});

export const RoundSchema = z.strictObject({
  id: RoundIdSchema,
  award: shortText,
  name: shortText,
  year: z.number().int().min(1900).max(2200),
  description: z.string().max(LIMITS.longText),
  phases: z.array(PhaseSchema).min(1).max(LIMITS.phases),
  criteria: z.array(CriterionSchema).max(LIMITS.criteria),
});

export const ContactSchema = z.strictObject({
  name: z.string().max(LIMITS.shortText),
  email: z.string().max(LIMITS.shortText),
  phone: z.string().max(LIMITS.shortText),
});

export const SectionSchema = z.strictObject({
  title: z.string().max(LIMITS.shortText),
  text: z.string().max(LIMITS.longText),
});

/** Context facts: population, county, municipality group, … */
export const FactsSchema = z.record(
  z.string().min(1).max(64),
  z.union([z.string().max(LIMITS.shortText), z.number().finite()]),
);

export const ApplicationSchema = z.strictObject({
  id: ApplicationIdSchema,
  applicant: shortText,
  contacts: z.array(ContactSchema).max(LIMITS.contacts),
  sections: z.array(SectionSchema).max(LIMITS.sections),
  facts: FactsSchema,
});

export const JurorRoleSchema = z.enum(['juror', 'chair']);

export const JurorSchema = z.strictObject({
  id: JurorIdSchema,
  name: shortText,
  organisation: z.string().max(LIMITS.shortText),
  role: JurorRoleSchema,
});

export type ScaleAnchor = Readonly<z.infer<typeof ScaleAnchorSchema>>;
export type Scale = Readonly<z.infer<typeof ScaleSchema>>;
export type Criterion = Readonly<z.infer<typeof CriterionSchema>>;
export type Phase = Readonly<z.infer<typeof PhaseSchema>>;
export type Round = Readonly<z.infer<typeof RoundSchema>>;
export type Contact = Readonly<z.infer<typeof ContactSchema>>;
export type Section = Readonly<z.infer<typeof SectionSchema>>;
export type Facts = Readonly<z.infer<typeof FactsSchema>>;
export type Application = Readonly<z.infer<typeof ApplicationSchema>>;
export type JurorRole = z.infer<typeof JurorRoleSchema>;
export type Juror = Readonly<z.infer<typeof JurorSchema>>;
