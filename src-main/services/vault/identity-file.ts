import { join } from 'node:path';
import { z } from 'zod';
import { open as openSealed, seal } from '../crypto/aead';
import { canonicalBytes, parseCanonical } from '../crypto/canonical';
import { CryptoError } from '../crypto/errors';
import type { Identity } from '../crypto/identity';
import {
  identityFromSecrets,
  identitySecrets,
  identitySecretShape,
} from '../crypto/identity-secrets';
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
  ...identitySecretShape,
});

/** Seal an identity, private keys included, under the vault's data key. */
export function sealIdentity(dataKey: Uint8Array, identity: Identity): Uint8Array {
  const plaintext = canonicalBytes({
    format: IDENTITY_CONTENT_FORMAT,
    version: IDENTITY_CONTENT_VERSION,
    ...identitySecrets(identity),
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
      return identityFromSecrets(parsed.data, 'the stored identity');
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
