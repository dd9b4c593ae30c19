import { join } from 'node:path';
import { z } from 'zod';
import { open as openSealed, seal } from '../crypto/aead';
import { canonicalBytes, parseCanonical } from '../crypto/canonical';
import { CryptoError } from '../crypto/errors';
import { constantTimeEqual, fromB64url, toB64url } from '../crypto/encoding';
import {
  identityFromKeys,
  OrganisationSchema,
  PersonNameSchema,
  TimestampSchema,
} from '../crypto/identity';
import type { Identity } from '../crypto/identity';
import { exportPrivateKey, importPrivateKey, PUBLIC_KEY_BYTES, rawPublicKey } from '../crypto/keys';
import { b64urlOf, b64urlUpTo } from '../crypto/schemas';
import { atomicWriteFile } from '../files/atomic-write';
import { asVaultError } from './errors';
import { readFileCapped } from './fs-util';

export const IDENTITY_FILE = 'identity.sealed';
/** Two small keys and a name; the cap protects against a hostile file. */
export const IDENTITY_FILE_MAX_BYTES = 64 * 1024;
const IDENTITY_CONTENT_FORMAT = 'juryrum.vault-identity';
const IDENTITY_CONTENT_VERSION = 1;

/**
 * AAD of the sealed identity. Its domain differs from every record's
 * (`juryrum/v1/record`), so a record sealed on the renderer's request can
 * never be passed off as the identity, nor the identity opened as a record.
 */
const IDENTITY_AAD = canonicalBytes({ domain: 'juryrum/v1/vault-identity', version: 1 });

/** Same fields as the key file's plaintext (see keyfile.ts), another format label. */
const StoredIdentitySchema = z.strictObject({
  format: z.literal(IDENTITY_CONTENT_FORMAT),
  version: z.literal(IDENTITY_CONTENT_VERSION),
  name: PersonNameSchema,
  organisation: OrganisationSchema,
  signingPrivateKey: b64urlUpTo(256),
  encryptionPrivateKey: b64urlUpTo(256),
  signingPublicKey: b64urlOf(PUBLIC_KEY_BYTES),
  encryptionPublicKey: b64urlOf(PUBLIC_KEY_BYTES),
  createdAt: TimestampSchema,
});

/** Seal an identity, private keys included, under the vault's data key. */
export function sealIdentity(dataKey: Uint8Array, identity: Identity): Uint8Array {
  const plaintext = canonicalBytes({
    format: IDENTITY_CONTENT_FORMAT,
    version: IDENTITY_CONTENT_VERSION,
    name: identity.name,
    organisation: identity.organisation,
    signingPrivateKey: toB64url(exportPrivateKey(identity.signing.privateKey)),
    encryptionPrivateKey: toB64url(exportPrivateKey(identity.encryption.privateKey)),
    signingPublicKey: toB64url(identity.signing.publicKey),
    encryptionPublicKey: toB64url(identity.encryption.publicKey),
    createdAt: identity.createdAt,
  });
  try {
    return seal(dataKey, plaintext, IDENTITY_AAD);
  } finally {
    plaintext.fill(0);
  }
}

/**
 * Open a sealed identity and rebuild it, checking that the stored public keys
 * are the ones the private keys give. VaultError TAMPERED or MALFORMED.
 */
export function openIdentity(dataKey: Uint8Array, sealed: Uint8Array): Identity {
  return asVaultError('The stored identity', () => {
    const plaintext = openSealed(dataKey, sealed, IDENTITY_AAD);
    try {
      const parsed = StoredIdentitySchema.safeParse(
        parseCanonical(plaintext, IDENTITY_FILE_MAX_BYTES),
      );
      if (!parsed.success) {
        throw new CryptoError('MALFORMED', 'The stored identity lacks expected fields.');
      }
      const s = parsed.data;
      const signing = importPrivateKey(fromB64url(s.signingPrivateKey), 'ed25519');
      const encryption = importPrivateKey(fromB64url(s.encryptionPrivateKey), 'x25519');
      const signingPub = rawPublicKey(signing);
      const encryptionPub = rawPublicKey(encryption);
      if (
        !constantTimeEqual(signingPub, fromB64url(s.signingPublicKey)) ||
        !constantTimeEqual(encryptionPub, fromB64url(s.encryptionPublicKey))
      ) {
        throw new CryptoError('TAMPERED', 'The stored keys do not belong together.');
      }
      return identityFromKeys({
        name: s.name,
        organisation: s.organisation,
        signing: { publicKey: signingPub, privateKey: signing },
        encryption: { publicKey: encryptionPub, privateKey: encryption },
        createdAt: s.createdAt,
      });
    } finally {
      plaintext.fill(0);
    }
  });
}

/** Path of the sealed identity in a data folder. */
export function identityPath(dataDir: string): string {
  return join(dataDir, IDENTITY_FILE);
}

/** The sealed identity bytes, or null when the file does not exist. */
export async function readIdentityFile(dataDir: string): Promise<Buffer | null> {
  return readFileCapped(identityPath(dataDir), IDENTITY_FILE_MAX_BYTES, 'The identity file');
}

/** Replace the sealed identity atomically. */
export async function writeIdentityFile(dataDir: string, sealed: Uint8Array): Promise<void> {
  await atomicWriteFile(identityPath(dataDir), sealed);
}
