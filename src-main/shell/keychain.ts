import { safeStorage } from 'electron';
import type { KeychainBackend } from '../services/vault/keychain';

/**
 * The OS keychain through Electron's safeStorage. On Linux the 'basic_text'
 * backend is only obfuscation with a hard-coded password, so it does not
 * count as a real backend and the vault will not bind to it.
 */
export function electronKeychain(): KeychainBackend {
  return {
    isRealBackend() {
      if (!safeStorage.isEncryptionAvailable()) return false;
      if (process.platform !== 'linux') return true;
      const backend = safeStorage.getSelectedStorageBackend();
      return backend !== 'basic_text' && backend !== 'unknown';
    },
    encrypt(secret) {
      return new Uint8Array(safeStorage.encryptString(Buffer.from(secret).toString('base64')));
    },
    decrypt(blob) {
      return new Uint8Array(Buffer.from(safeStorage.decryptString(Buffer.from(blob)), 'base64'));
    },
  };
}
