import { z } from 'zod';
import { CryptoError } from './errors';
import type { Signer } from './envelope';
import { fingerprint, generateIdentityKeys, keyId } from './keys';
import type { KeyPair } from './keys';

/**
 * Control characters and bidirectional overrides could make a name display
 * as something else (e.g. reversed text), so names never contain them.
 */
const UNSAFE_TEXT = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

function displayText(min: number) {
  return z
    .string()
    .min(min)
    .max(200)
    .refine(
      (s) => s === s.trim() && !UNSAFE_TEXT.test(s),
      'no surrounding spaces or control characters',
    );
}

/** A person's name as shown on cards: 1–200 characters, already trimmed. */
export const PersonNameSchema = displayText(1);
/** Organisation may be empty (e.g. an independent expert). */
export const OrganisationSchema = displayText(0);
/** ISO 8601 UTC timestamp, informational only (laptop clocks lie). */
export const TimestampSchema = z.iso.datetime();

/**
 * One person's keys and the public facts about them. Lives only in the main
 * process; the renderer never sees the private keys.
 */
export type Identity = {
  name: string;
  organisation: string;
  signing: KeyPair;
  encryption: KeyPair;
  /** keyId(signing public key): names this person as a signer. */
  keyId: string;
  /** keyId(encryption public key): names this person as a recipient. */
  encryptionKeyId: string;
  /** Six groups of five digits over both public keys, read aloud to verify. */
  fingerprint: string;
  createdAt: string;
};

/** Build an identity from existing keys (used by key file import). */
export function identityFromKeys(input: {
  name: string;
  organisation: string;
  signing: KeyPair;
  encryption: KeyPair;
  createdAt: string;
}): Identity {
  const name = PersonNameSchema.safeParse(input.name);
  const organisation = OrganisationSchema.safeParse(input.organisation);
  // Callers normalise (see createIdentity); stored names are checked as they are.
  if (!name.success || !organisation.success) {
    throw new CryptoError(
      'MALFORMED',
      'The name or organisation is empty, too long or has control characters.',
    );
  }
  if (!TimestampSchema.safeParse(input.createdAt).success) {
    throw new CryptoError('MALFORMED', 'The creation time is not a valid timestamp.');
  }
  return {
    name: name.data,
    organisation: organisation.data,
    signing: input.signing,
    encryption: input.encryption,
    keyId: keyId(input.signing.publicKey),
    encryptionKeyId: keyId(input.encryption.publicKey),
    fingerprint: fingerprint(input.signing.publicKey, input.encryption.publicKey),
    createdAt: input.createdAt,
  };
}

/**
 * Create a new identity with fresh Ed25519 and X25519 keys. Name and
 * organisation are trimmed and NFC-normalised, so "Åsa" is stored the same way
 * whichever keyboard typed it. Bad names give CryptoError('MALFORMED').
 */
export function createIdentity(name: string, organisation: string, now = new Date()): Identity {
  const keys = generateIdentityKeys();
  return identityFromKeys({
    name: name.normalize('NFC').trim(),
    organisation: organisation.normalize('NFC').trim(),
    ...keys,
    createdAt: now.toISOString(),
  });
}

/** The signer view of an identity, for signEnvelope / createContainer. */
export function signerOf(identity: Identity): Signer {
  return { keyId: identity.keyId, privateKey: identity.signing.privateKey };
}
