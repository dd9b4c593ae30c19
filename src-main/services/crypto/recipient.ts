import { diffieHellman, generateKeyPairSync, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { canonicalBytes } from './canonical';
import { gcmDecrypt, gcmEncrypt, NONCE_BYTES } from './aead';
import { CryptoError } from './errors';
import { concatBytes, fromB64url, toB64url } from './encoding';
import { deriveSubkey } from './kdf';
import { importEncryptionPublicKey, PUBLIC_KEY_BYTES, rawPublicKey } from './keys';

/** Name of the scheme, stored in container files. */
export const RECIPIENT_ALG = 'X25519-HKDF-SHA256-A256GCM';

const FILE_KEY_INFO = 'juryrum/v1/file-key';

/** Ciphertext addressed to one recipient (all fields base64url). */
export type RecipientCiphertext = { ephemeralPublicKey: string; nonce: string; ciphertext: string };

/**
 * file key = HKDF-SHA256(ikm = X25519(eph, recipient), salt = ephPub || recipientPub,
 * info = "juryrum/v1/file-key"). Mixing both public keys into the salt binds
 * the key to this exact pair, as age does.
 */
function fileKey(
  privateKey: KeyObject,
  peerPublicKey: KeyObject,
  ephemeralPub: Uint8Array,
  recipientPub: Uint8Array,
): Buffer {
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey, publicKey: peerPublicKey });
  } catch {
    throw new CryptoError('TAMPERED', 'The encryption key in the file is not usable.');
  }
  // A low-order peer key yields an all-zero secret; refuse it explicitly.
  if (shared.every((b) => b === 0)) {
    throw new CryptoError('TAMPERED', 'The encryption key in the file is not usable.');
  }
  try {
    return deriveSubkey(shared, FILE_KEY_INFO, 32, concatBytes(ephemeralPub, recipientPub));
  } finally {
    shared.fill(0);
  }
}

/**
 * Encrypt to the owner of an X25519 public key with a fresh ephemeral key.
 * `header` is any JSON value; its RFC 8785 bytes are the AAD, so the header
 * cannot be changed without decryption failing.
 */
export function encryptToRecipient(input: {
  recipientPublicKey: Uint8Array;
  plaintext: Uint8Array;
  header: unknown;
}): RecipientCiphertext {
  const recipientKey = importEncryptionPublicKey(input.recipientPublicKey);
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPub = rawPublicKey(ephemeral.publicKey);
  const key = fileKey(ephemeral.privateKey, recipientKey, ephemeralPub, input.recipientPublicKey);
  const nonce = randomBytes(NONCE_BYTES);
  try {
    const ciphertext = gcmEncrypt(key, nonce, input.plaintext, canonicalBytes(input.header));
    return {
      ephemeralPublicKey: toB64url(ephemeralPub),
      nonce: toB64url(nonce),
      ciphertext: toB64url(ciphertext),
    };
  } finally {
    key.fill(0);
  }
}

/**
 * Decrypt what {@link encryptToRecipient} made. Errors: MALFORMED for bad
 * encodings, TAMPERED when anything (header, key, nonce, ciphertext) differs
 * or the file was encrypted to someone else.
 */
export function decryptFromSender(input: {
  myPrivateKey: KeyObject;
  myPublicKey: Uint8Array;
  ephemeralPublicKey: string;
  nonce: string;
  ciphertext: string;
  header: unknown;
}): Uint8Array {
  const ephemeralPub = fromB64url(input.ephemeralPublicKey, PUBLIC_KEY_BYTES);
  const nonce = fromB64url(input.nonce, NONCE_BYTES);
  const ciphertext = fromB64url(input.ciphertext);
  const aad = canonicalBytes(input.header);
  const key = fileKey(
    input.myPrivateKey,
    importEncryptionPublicKey(ephemeralPub),
    ephemeralPub,
    input.myPublicKey,
  );
  try {
    return gcmDecrypt(key, nonce, ciphertext, aad);
  } finally {
    key.fill(0);
  }
}
