import { describe, expect, it } from 'vitest';
import {
  canonicalBytes,
  createIdentity,
  createIdentityCard,
  fromB64url,
  IDENTITY_CARD_PAYLOAD_TYPE,
  signEnvelope,
  signerOf,
  toB64url,
  verifyIdentityCard,
} from '../../../src-main/services/crypto';
import type { Identity, IdentityCard } from '../../../src-main/services/crypto';
import { expectCryptoError, fileJson, juror, stranger, toFileBytes } from './helpers';

const decoder = new TextDecoder();

function cardPayload(bytes: Uint8Array): IdentityCard {
  const envelope = fileJson(bytes)['envelope'] as { payload: string };
  return JSON.parse(decoder.decode(fromB64url(envelope.payload))) as IdentityCard;
}

/** Re-wrap an edited payload, signed by `signer` (or keeping the old signature). */
function rewrap(bytes: Uint8Array, payload: object, signer?: Identity): Uint8Array {
  const json = fileJson(bytes);
  const old = json['envelope'] as { signatures: unknown };
  const envelope = signer
    ? signEnvelope({
        payloadType: IDENTITY_CARD_PAYLOAD_TYPE,
        payload: canonicalBytes(payload),
        signer: signerOf(signer),
      })
    : {
        payloadType: IDENTITY_CARD_PAYLOAD_TYPE,
        payload: toB64url(canonicalBytes(payload)),
        signatures: old.signatures,
      };
  return toFileBytes({ ...json, envelope });
}

describe('identity card', () => {
  const card = createIdentityCard(juror);

  it('verifies a genuine card and returns its public facts', () => {
    const verified = verifyIdentityCard(card);
    expect(verified).toMatchObject({
      name: 'Åsa Juror',
      organisation: 'Region Norr',
      keyId: juror.keyId,
      fingerprint: juror.fingerprint,
      createdAt: juror.createdAt,
      signingPublicKey: toB64url(juror.signing.publicKey),
      encryptionPublicKey: toB64url(juror.encryption.publicKey),
    });
    const text = decoder.decode(card);
    expect(text).toContain('"format": "juryrum.identity-card"');
    expect(text).not.toMatch(/PRIVATE|privateKey/i);
  });

  it('rejects an edited name (signature no longer matches)', () => {
    const edited = rewrap(card, { ...cardPayload(card), name: 'Mallory' });
    expectCryptoError(() => verifyIdentityCard(edited), 'BAD_SIGNATURE');
  });

  it('rejects a swapped encryption key (an attempt to read the juror’s package)', () => {
    const swapped = rewrap(card, {
      ...cardPayload(card),
      encryptionPublicKey: toB64url(stranger.encryption.publicKey),
    });
    expectCryptoError(() => verifyIdentityCard(swapped), 'BAD_SIGNATURE');
  });

  it('rejects a swapped signing key even when re-signed with it', () => {
    const swapped = rewrap(
      card,
      { ...cardPayload(card), signingPublicKey: toB64url(stranger.signing.publicKey) },
      stranger,
    );
    expectCryptoError(() => verifyIdentityCard(swapped), 'TAMPERED');
  });

  it('shows a different fingerprint when every field is replaced consistently', () => {
    // Such a card is valid, but for the attacker's keys: the phone check catches it.
    const forged = createIdentityCard(createIdentity('Åsa Juror', 'Region Norr'));
    expect(verifyIdentityCard(forged).fingerprint).not.toBe(juror.fingerprint);
  });

  it('rejects wrong kinds of files and malformed cards', () => {
    expectCryptoError(
      () => verifyIdentityCard(toFileBytes({ ...fileJson(card), format: 'juryrum.keyfile' })),
      'WRONG_TYPE',
    );
    expectCryptoError(
      () => verifyIdentityCard(toFileBytes({ hello: 'world' })),
      'UNSUPPORTED_FORMAT',
    );
    expectCryptoError(
      () => verifyIdentityCard(rewrap(card, { ...cardPayload(card), extra: 1 }, juror)),
      'MALFORMED',
    );
    expectCryptoError(
      () => verifyIdentityCard(rewrap(card, { ...cardPayload(card), name: '\u202Egnol' }, juror)),
      'MALFORMED',
    );
    expectCryptoError(() => verifyIdentityCard(new Uint8Array(20_000)), 'TOO_LARGE');
  });

  it('refuses a card whose bytes differ from the written form', () => {
    const text = decoder.decode(card).replace('{\n  "format"', '{\n   "format"');
    expectCryptoError(() => verifyIdentityCard(new TextEncoder().encode(text)), 'NOT_CANONICAL');
  });

  it('refuses unsafe names when creating an identity', () => {
    expectCryptoError(() => createIdentity('   ', 'Org'), 'MALFORMED');
    expectCryptoError(() => createIdentity('a\u0000b', 'Org'), 'MALFORMED');
    expect(createIdentity('  A\u030angström ', '').name).toBe('\u00c5ngström');
  });
});
