import { deriveKek, deriveSubkey } from '../crypto/kdf';
import type { KdfParams } from '../crypto/kdf';
import { VaultError } from './errors';
import { keychainSecretFor } from './keychain';
import type { KeychainBackend } from './keychain';
import { unwrapDataKey, wrapDataKey } from './vault-header';
import type { VaultHeader } from './vault-header';

const WRAP_INFO = 'juryrum/v1/vault/wrap-key';
const WRAP_KEYCHAIN_INFO = 'juryrum/v1/vault/wrap-key+keychain';

/**
 * The key that wraps the data key, from the scrypt KEK. Without a keychain it
 * is an HKDF subkey of the KEK; with one it is HKDF over KEK || keychain
 * secret, so BOTH factors are needed (AND, never OR).
 */
function wrappingKeyFromKek(kek: Uint8Array, keychainSecret: Uint8Array | null): Buffer {
  if (keychainSecret === null) return deriveSubkey(kek, WRAP_INFO);
  const ikm = Buffer.concat([kek, keychainSecret]);
  try {
    return deriveSubkey(ikm, WRAP_KEYCHAIN_INFO);
  } finally {
    ikm.fill(0);
  }
}

/** Passphrase (scrypt with `kdf`) plus optional keychain secret → wrapping key. */
export async function wrappingKeyFor(
  passphrase: string,
  kdf: KdfParams,
  keychainSecret: Uint8Array | null,
): Promise<Buffer> {
  const kek = await deriveKek(passphrase, kdf);
  try {
    return wrappingKeyFromKek(kek, keychainSecret);
  } finally {
    kek.fill(0);
  }
}

/** The data key and, for keychain vaults, the keychain secret that helped unwrap it. */
export type UnlockedKey = { dataKey: Buffer; keychainSecret: Buffer | null };

function wrongPassphrase(): VaultError {
  return new VaultError('WRONG_PASSPHRASE', 'The passphrase is not correct.');
}

/**
 * Derive the wrapping key from the passphrase (and the keychain, if the header
 * asks for it) and unwrap the data key. Throws VaultError('WRONG_PASSPHRASE')
 * when the key does not unwrap and NOT_FOUND when the keychain is unavailable.
 * The caller owns both returned buffers and must zero them.
 */
export async function unlockDataKey(
  header: VaultHeader,
  passphrase: string,
  keychain: KeychainBackend | null,
): Promise<UnlockedKey> {
  const keychainSecret = keychainSecretFor(header.keychain, keychain);
  const wrappingKey = await wrappingKeyFor(passphrase, header.kdf, keychainSecret);
  try {
    const dataKey = unwrapDataKey(wrappingKey, header);
    if (dataKey === null) {
      keychainSecret?.fill(0);
      throw wrongPassphrase();
    }
    return { dataKey, keychainSecret };
  } finally {
    wrappingKey.fill(0);
  }
}

/**
 * A copy of a keychain-bound header that the passphrase alone unlocks, for
 * backups that must open on another computer. The passphrase is checked
 * against the real header first (one scrypt run serves both), so a typo can
 * never produce a backup locked with the wrong passphrase. Same vault id,
 * creation time and KDF parameters; `keychain` is null.
 */
export async function passphraseOnlyHeader(
  header: VaultHeader,
  passphrase: string,
  keychain: KeychainBackend | null,
): Promise<VaultHeader> {
  const keychainSecret = keychainSecretFor(header.keychain, keychain);
  const kek = await deriveKek(passphrase, header.kdf);
  const bound = wrappingKeyFromKek(kek, keychainSecret);
  const plain = wrappingKeyFromKek(kek, null);
  kek.fill(0);
  keychainSecret?.fill(0);
  const dataKey = unwrapDataKey(bound, header);
  bound.fill(0);
  try {
    if (dataKey === null) throw wrongPassphrase();
    return wrapDataKey(plain, dataKey, { ...header, keychain: null });
  } finally {
    plain.fill(0);
    dataKey?.fill(0);
  }
}
