import { z } from 'zod';
import { PhaseIdSchema, RoundIdSchema } from '../domain/round';
import { EXCHANGE_VERSION } from './constants';

/** A key id: 32 lower-case hex characters (see docs/formats.md, "Keys and identifiers"). */
export const KeyIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'a key id is 32 hex characters');

/**
 * A raw 32-byte public key as unpadded base64url (43 characters). Whether it
 * is the one canonical spelling is checked in main when the key is decoded.
 */
export const PublicKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/, 'a public key is 32 bytes of base64url');

/** Six groups of five digits, read aloud to compare keys. */
export const FingerprintSchema = z.string().regex(/^\d{5}( \d{5}){5}$/, 'six groups of 5 digits');

/** SHA-256 of a whole file, lower-case hex. */
export const DigestSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a digest is 64 hex characters');

/** ISO 8601 UTC. Informational only: laptop clocks are not trusted. */
export const TimestampSchema = z.iso.datetime();

/** The app version that wrote a file, e.g. "0.1.0". */
export const AppVersionSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');

/** Roster versions start at 1 and only go up. */
export const RosterVersionSchema = z.int().min(1).max(1_000_000_000);

/** Revisions of a juror's score file start at 1 and only go up. */
export const RevisionSchema = z.int().min(1).max(1_000_000_000);

/**
 * Control characters and bidirectional overrides could make a name display as
 * something else, so names and organisations never contain them.
 */
const UNSAFE_TEXT = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

function displayText(min: number) {
  return z
    .string()
    .min(min)
    .max(200)
    .refine((s) => s === s.trim() && !UNSAFE_TEXT.test(s), 'no surrounding spaces or controls');
}

/** A person's name as on their identity card. */
export const PersonNameSchema = displayText(1);
/** An organisation; may be empty. */
export const OrganisationSchema = displayText(0);

/** The award's name as written in the round (no trimming: compared exactly). */
export const AwardSchema = z.string().min(1).max(200);

/** A comment on a score or an application. */
export const CommentSchema = z.string().max(10_000);
/** Why someone is conflicted, or why a score changed. */
export const ReasonSchema = z.string().max(2_000);
/** Long free text: motivation, minutes. */
export const LongTextSchema = z.string().max(100_000);

/**
 * Fields every exchange payload starts with. They bind the file to one award,
 * round, phase and roster version, name signer and recipient by key id, and
 * repeat the container header (the container checks that they agree).
 */
export function exchangeFields<F extends string>(format: F) {
  return {
    format: z.literal(format),
    version: z.literal(EXCHANGE_VERSION),
    award: AwardSchema,
    roundId: RoundIdSchema,
    phaseId: PhaseIdSchema,
    rosterVersion: RosterVersionSchema,
    signerKeyId: KeyIdSchema,
    recipientKeyId: KeyIdSchema,
    appVersion: AppVersionSchema,
  };
}

/** What the binding fields look like once parsed. */
export type ExchangeBinding = {
  readonly award: string;
  readonly roundId: string;
  readonly phaseId: string;
  readonly rosterVersion: number;
};
