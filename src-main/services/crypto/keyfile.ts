import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { gcmDecrypt, gcmEncrypt, NONCE_BYTES } from './aead';
import { canonicalBytes, parseCanonical } from './canonical';
import { CryptoError } from './errors';
import { constantTimeEqual, fromB64url, toB64url } from './encoding';
import type { Identity } from './identity';
import { checkKdfParams, defaultKdfParams, deriveKek, deriveSubkey, SALT_BYTES } from './kdf';
import type { KdfParams } from './kdf';
import { identityFromSecrets, identitySecrets, identitySecretShape } from './identity-secrets';
import { readOuterFile, serializeOuterFile } from './outer-file';
import { b64urlOf, b64urlUpTo } from './schemas';

export const KEYFILE_FORMAT = 'juryrum.keyfile';
export const KEYFILE_VERSION = 1;
/** Key files hold two small keys and a name; anything bigger is hostile. */
export const KEYFILE_MAX_BYTES = 16 * 1024;
const CHECK_BYTES = 16;

const KdfParamsSchema = z.strictObject({
  alg: z.literal('scrypt'),
  logN: z.int(),
  r: z.int(),
  p: z.int(),
  salt: b64urlOf(SALT_BYTES),
});

const keyFileSchema = z.strictObject({
  format: z.literal(KEYFILE_FORMAT),
  version: z.literal(KEYFILE_VERSION),
  kdf: KdfParamsSchema,
  check: b64urlOf(CHECK_BYTES),
  nonce: b64urlOf(NONCE_BYTES),
  ciphertext: b64urlUpTo(KEYFILE_MAX_BYTES),
});
type KeyFile = z.infer<typeof keyFileSchema>;

const secretsSchema = z.strictObject({
  format: z.literal(KEYFILE_FORMAT),
  version: z.literal(KEYFILE_VERSION),
  ...identitySecretShape,
});

function layout(file: KeyFile): KeyFile {
  const { alg, logN, r, p, salt } = file.kdf;
  return {
    format: file.format,
    version: file.version,
    kdf: { alg, logN, r, p, salt },
    check: file.check,
    nonce: file.nonce,
    ciphertext: file.ciphertext,
  };
}

/** The AAD binds everything in the clear, so no header field can be swapped. */
function aadOf(kdf: KdfParams, check: string): Uint8Array {
  return canonicalBytes({ check, format: KEYFILE_FORMAT, kdf, version: KEYFILE_VERSION });
}

/**
 * From the scrypt output derive two independent values: the AES key, and a
 * 16-byte check value stored in the file. The check lets us say "wrong
 * passphrase" rather than "damaged file"; it tells an attacker nothing the
 * GCM tag would not (both allow offline guessing at scrypt's cost).
 */
async function keysFor(passphrase: string, kdf: KdfParams) {
  const kek = await deriveKek(passphrase, kdf);
  try {
    return {
      key: deriveSubkey(kek, 'juryrum/v1/keyfile/encryption'),
      check: deriveSubkey(kek, 'juryrum/v1/keyfile/check', CHECK_BYTES),
    };
  } finally {
    kek.fill(0);
  }
}

/**
 * Export an identity, private keys included, protected by a passphrase: for
 * moving to a new laptop and for the CLI's `--identity KEYFILE`. Pass TEST_KDF
 * params only in tests.
 */
export async function exportKeyFile(
  identity: Identity,
  passphrase: string,
  kdf: KdfParams = defaultKdfParams(),
): Promise<Uint8Array> {
  checkKdfParams(kdf);
  const { key, check } = await keysFor(passphrase, kdf);
  const secrets = Buffer.from(
    canonicalBytes({
      format: KEYFILE_FORMAT,
      version: KEYFILE_VERSION,
      ...identitySecrets(identity),
    }),
  );
  try {
    const nonce = randomBytes(NONCE_BYTES);
    const checkText = toB64url(check);
    const ciphertext = gcmEncrypt(key, nonce, secrets, aadOf(kdf, checkText));
    return serializeOuterFile(
      layout({
        format: KEYFILE_FORMAT,
        version: KEYFILE_VERSION,
        kdf: { alg: kdf.alg, logN: kdf.logN, r: kdf.r, p: kdf.p, salt: kdf.salt },
        check: checkText,
        nonce: toB64url(nonce),
        ciphertext: toB64url(ciphertext),
      }),
    );
  } finally {
    secrets.fill(0);
    key.fill(0);
  }
}

/**
 * Import a key file. Errors: WRONG_PASSPHRASE; MALFORMED / NOT_CANONICAL /
 * TAMPERED for damaged or edited files (an edited salt or check value is
 * indistinguishable from a wrong passphrase and reported as one).
 */
export async function importKeyFile(bytes: Uint8Array, passphrase: string): Promise<Identity> {
  const file = readOuterFile(bytes, {
    maxBytes: KEYFILE_MAX_BYTES,
    expectedFormat: KEYFILE_FORMAT,
    supportedVersions: [KEYFILE_VERSION],
    schema: keyFileSchema,
    layout,
  });
  // Range-check the cost before spending memory and time on it.
  checkKdfParams(file.kdf);
  const { key, check } = await keysFor(passphrase, file.kdf);
  const plaintext = (() => {
    try {
      if (!constantTimeEqual(check, fromB64url(file.check, CHECK_BYTES))) {
        throw new CryptoError('WRONG_PASSPHRASE', 'The passphrase is not correct.');
      }
      return gcmDecrypt(
        key,
        fromB64url(file.nonce, NONCE_BYTES),
        fromB64url(file.ciphertext),
        aadOf(file.kdf, file.check),
      );
    } finally {
      key.fill(0);
    }
  })();
  try {
    const parsed = secretsSchema.safeParse(parseCanonical(plaintext, KEYFILE_MAX_BYTES));
    if (!parsed.success) {
      throw new CryptoError('MALFORMED', 'The key file does not have the expected fields.');
    }
    return identityFromSecrets(parsed.data, 'the key file');
  } finally {
    plaintext.fill(0);
  }
}
