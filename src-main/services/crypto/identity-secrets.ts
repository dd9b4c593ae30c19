import { constantTimeEqual, fromB64url, toB64url } from './encoding';
import { CryptoError } from './errors';
import {
  identityFromKeys,
  OrganisationSchema,
  PersonNameSchema,
  TimestampSchema,
} from './identity';
import type { Identity } from './identity';
import { exportPrivateKey, importPrivateKey, PUBLIC_KEY_BYTES, rawPublicKey } from './keys';
import { b64urlOf, b64urlUpTo } from './schemas';

/**
 * The fields that hold a whole identity, private keys included. The key file
 * and the vault's sealed identity both store exactly these (each under its
 * own format label). Security invariant: these bytes are key material; they
 * are only ever written encrypted and are zeroed after use by the callers.
 */
export const identitySecretShape = {
  name: PersonNameSchema,
  organisation: OrganisationSchema,
  signingPrivateKey: b64urlUpTo(256),
  encryptionPrivateKey: b64urlUpTo(256),
  signingPublicKey: b64urlOf(PUBLIC_KEY_BYTES),
  encryptionPublicKey: b64urlOf(PUBLIC_KEY_BYTES),
  createdAt: TimestampSchema,
} as const;

export interface IdentitySecrets {
  readonly name: string;
  readonly organisation: string;
  readonly signingPrivateKey: string;
  readonly encryptionPrivateKey: string;
  readonly signingPublicKey: string;
  readonly encryptionPublicKey: string;
  readonly createdAt: string;
}

/** The secret fields of an identity, ready for canonical JSON. */
export function identitySecrets(identity: Identity): IdentitySecrets {
  return {
    name: identity.name,
    organisation: identity.organisation,
    signingPrivateKey: toB64url(exportPrivateKey(identity.signing.privateKey)),
    encryptionPrivateKey: toB64url(exportPrivateKey(identity.encryption.privateKey)),
    signingPublicKey: toB64url(identity.signing.publicKey),
    encryptionPublicKey: toB64url(identity.encryption.publicKey),
    createdAt: identity.createdAt,
  };
}

/**
 * Rebuild an identity from its secret fields, checking that the stored public
 * keys are the ones the private keys give (CryptoError TAMPERED otherwise).
 */
export function identityFromSecrets(s: IdentitySecrets, what: string): Identity {
  const signing = importPrivateKey(fromB64url(s.signingPrivateKey), 'ed25519');
  const encryption = importPrivateKey(fromB64url(s.encryptionPrivateKey), 'x25519');
  const signingPub = rawPublicKey(signing);
  const encryptionPub = rawPublicKey(encryption);
  if (
    !constantTimeEqual(signingPub, fromB64url(s.signingPublicKey)) ||
    !constantTimeEqual(encryptionPub, fromB64url(s.encryptionPublicKey))
  ) {
    throw new CryptoError('TAMPERED', `The keys in ${what} do not belong together.`);
  }
  return identityFromKeys({
    name: s.name,
    organisation: s.organisation,
    signing: { publicKey: signingPub, privateKey: signing },
    encryption: { publicKey: encryptionPub, privateKey: encryption },
    createdAt: s.createdAt,
  });
}
