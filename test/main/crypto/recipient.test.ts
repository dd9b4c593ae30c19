import { describe, expect, it } from 'vitest';
import { decryptFromSender, encryptToRecipient, toB64url } from '../../../src-main/services/crypto';
import { chair, expectCryptoError, stranger } from './helpers';

const header = { format: 'juryrum.score-file', version: 1, roundId: 'ehk-2025' };
const plaintext = new TextEncoder().encode('hemligt innehåll');

describe('encryption to a recipient (X25519 + HKDF + AES-GCM)', () => {
  const sealed = encryptToRecipient({
    recipientPublicKey: chair.encryption.publicKey,
    plaintext,
    header,
  });
  const asChair = {
    myPrivateKey: chair.encryption.privateKey,
    myPublicKey: chair.encryption.publicKey,
    ...sealed,
    header,
  };

  it('round-trips for the recipient, with a fresh ephemeral key per file', () => {
    expect(new Uint8Array(decryptFromSender(asChair))).toEqual(plaintext);
    const again = encryptToRecipient({
      recipientPublicKey: chair.encryption.publicKey,
      plaintext,
      header,
    });
    expect(again.ephemeralPublicKey).not.toBe(sealed.ephemeralPublicKey);
  });

  it('cannot be opened by anyone else', () => {
    expectCryptoError(
      () =>
        decryptFromSender({
          ...asChair,
          myPrivateKey: stranger.encryption.privateKey,
          myPublicKey: stranger.encryption.publicKey,
        }),
      'TAMPERED',
    );
    // Claiming the chair's public key with another private key fails too (HKDF salt).
    expectCryptoError(
      () => decryptFromSender({ ...asChair, myPrivateKey: stranger.encryption.privateKey }),
      'TAMPERED',
    );
  });

  it('authenticates the header as AAD', () => {
    expectCryptoError(
      () => decryptFromSender({ ...asChair, header: { ...header, roundId: 'ehk-2024' } }),
      'TAMPERED',
    );
  });

  it('refuses a low-order ephemeral key and malformed fields', () => {
    expectCryptoError(
      () => decryptFromSender({ ...asChair, ephemeralPublicKey: toB64url(new Uint8Array(32)) }),
      'TAMPERED',
    );
    expectCryptoError(() => decryptFromSender({ ...asChair, nonce: 'AAAA' }), 'MALFORMED');
    expectCryptoError(() => decryptFromSender({ ...asChair, ciphertext: '' }), 'MALFORMED');
  });
});
