import { z } from 'zod';
import { isForbiddenKey } from './json';
import { KeyIdSchema } from './schemas';

/** A value allowed in a container header: short, non-secret, scalar. */
export type HeaderScalar = string | number | boolean;

/**
 * The clear-text header of a container: who it is for, who signed it, and
 * what it belongs to. It is readable without decrypting (for early verdicts
 * such as "not for me" or "wrong round"), authenticated as AAD, and every
 * field must also appear, with the same value, in the signed payload.
 */
export type ContainerHeader = {
  recipientKeyId: string;
  signerKeyId: string;
  award?: string | undefined;
  roundId?: string | undefined;
  phaseId?: string | undefined;
  rosterVersion?: number | undefined;
  [key: string]: HeaderScalar | undefined;
};

/** Limits on caller-defined header fields. */
export const HEADER_LIMITS = { maxFields: 32, maxString: 256 } as const;

const HEADER_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const HeaderString = z.string().min(1).max(HEADER_LIMITS.maxString);
const HeaderScalarSchema = z.union([HeaderString, z.int(), z.boolean()]);

/** Strict schema for a container header. */
export const ContainerHeaderSchema: z.ZodType<ContainerHeader> = z
  .object({
    recipientKeyId: KeyIdSchema,
    signerKeyId: KeyIdSchema,
    award: HeaderString.optional(),
    roundId: HeaderString.optional(),
    phaseId: HeaderString.optional(),
    rosterVersion: z.int().min(0).optional(),
  })
  .catchall(HeaderScalarSchema)
  .refine((h) => {
    const keys = Object.keys(h);
    return (
      keys.length <= HEADER_LIMITS.maxFields &&
      keys.every((k) => HEADER_KEY.test(k) && !isForbiddenKey(k))
    );
  }, 'header keys are short identifiers, at most 32 of them');

/** The header with keys in sorted order, as written to files. */
export function sortedHeader(header: ContainerHeader): ContainerHeader {
  const entries = Object.entries(header).filter(([, value]) => value !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // Re-stating the two required keys keeps their sorted position (an object
  // literal keeps the first position of a repeated key) and satisfies the type.
  return {
    ...Object.fromEntries(entries),
    recipientKeyId: header.recipientKeyId,
    signerKeyId: header.signerKeyId,
  };
}

/**
 * Names of header fields whose values differ from (or are missing in) the
 * payload. Compared with === because header values are scalars.
 */
export function headerMismatches(header: ContainerHeader, payload: object): string[] {
  const bad: string[] = [];
  for (const [key, value] of Object.entries(header)) {
    if (value === undefined) continue;
    const inPayload: unknown = Object.hasOwn(payload, key) ? Reflect.get(payload, key) : undefined;
    if (inPayload !== value) bad.push(key);
  }
  return bad;
}
