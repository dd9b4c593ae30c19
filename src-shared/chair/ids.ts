import { z } from 'zod';

/*
 * Ids in the chair's own state. They are plain strings (checked with the
 * same patterns as the domain ids) because this state is edited in the UI
 * rather than read from a signed file.
 */

/** An application or juror id (same rule as the domain ids). */
export const PlainIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);

/** A criterion key (same rule as the domain). */
export const PlainCriterionSchema = z.string().regex(/^[A-Z][A-Z0-9]{0,7}$/);
