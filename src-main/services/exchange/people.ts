import { fingerprint, fromB64url, isCryptoError, keyId, toB64url } from '../crypto';
import type { Identity, IdentityCard } from '../crypto';
import type { Roster, RosterOrganiser } from '../../../src-shared/exchange';
import { ExchangeError } from './errors';

/** Public facts of a person as the roster stores them. */
export type PersonKeys = RosterOrganiser;

const KEY_BYTES = 32;

/** The roster entry of one's own identity (public parts only). */
export function personFromIdentity(identity: Identity): PersonKeys {
  return {
    name: identity.name,
    organisation: identity.organisation,
    signingPublicKey: toB64url(identity.signing.publicKey),
    encryptionPublicKey: toB64url(identity.encryption.publicKey),
    keyId: identity.keyId,
    encryptionKeyId: identity.encryptionKeyId,
    fingerprint: identity.fingerprint,
  };
}

/** The roster entry of a verified identity card. */
export function personFromCard(card: IdentityCard): PersonKeys {
  const encryption = fromB64url(card.encryptionPublicKey, KEY_BYTES);
  return {
    name: card.name,
    organisation: card.organisation,
    signingPublicKey: card.signingPublicKey,
    encryptionPublicKey: card.encryptionPublicKey,
    keyId: card.keyId,
    encryptionKeyId: keyId(encryption),
    fingerprint: card.fingerprint,
  };
}

/** Decode a roster public key (canonical base64url, 32 bytes). */
export function publicKeyBytes(b64url: string): Uint8Array {
  return fromB64url(b64url, KEY_BYTES);
}

/**
 * Whether the key ids and the fingerprint are the ones the two public keys
 * produce. Checked for every person in a roster read from a file, so that a
 * roster can never name a key by the id of another.
 */
export function personKeysConsistent(p: PersonKeys): boolean {
  try {
    const signing = publicKeyBytes(p.signingPublicKey);
    const encryption = publicKeyBytes(p.encryptionPublicKey);
    return (
      keyId(signing) === p.keyId &&
      keyId(encryption) === p.encryptionKeyId &&
      fingerprint(signing, encryption) === p.fingerprint
    );
  } catch (e) {
    if (isCryptoError(e)) return false;
    throw e;
  }
}

/** Whether every person in the roster passes {@link personKeysConsistent}. */
export function rosterKeysConsistent(roster: Roster): boolean {
  return personKeysConsistent(roster.organiser) && roster.jurors.every(personKeysConsistent);
}

/** Same key pair on both sides (compared by key id, which is derived from the key). */
export function sameKeys(a: Identity | PersonKeys, b: PersonKeys): boolean {
  return a.keyId === b.keyId && a.encryptionKeyId === b.encryptionKeyId;
}

/** Throw INVALID_INPUT unless the identity's keys are the ones in `entry`. */
export function assertIdentityIs(identity: Identity, entry: PersonKeys, who: string): void {
  if (!sameKeys(identity, entry)) {
    throw new ExchangeError('INVALID_INPUT', `This identity is not the ${who} in the roster.`);
  }
}
