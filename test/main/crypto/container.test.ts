import { describe, expect, it } from 'vitest';
import {
  canonicalBytes,
  createContainer,
  encryptToRecipient,
  inspectContainer,
  openContainer,
  RECIPIENT_ALG,
  sha256Hex,
  signEnvelope,
  signerOf,
} from '../../../src-main/services/crypto';
import {
  chair,
  expectCryptoError,
  fileJson,
  headerFor,
  juror,
  makeScoreFile,
  MAX_BYTES,
  openOptions,
  PACKAGE_TYPE,
  SCORE_FORMAT,
  SCORE_TYPE,
  scorePayload,
  stranger,
  toFileBytes,
} from './helpers';

/**
 * Build a container by hand with an arbitrary (possibly inconsistent) payload,
 * as a malicious but key-holding party could. The AAD follows the documented
 * layout so that only the intended check can fail.
 */
function craft(payload: object, header = headerFor(juror, chair), to = chair): Uint8Array {
  const envelope = signEnvelope({
    payloadType: SCORE_TYPE,
    payload: canonicalBytes(payload),
    signer: signerOf(juror),
  });
  const aad = { alg: RECIPIENT_ALG, format: SCORE_FORMAT, header, version: 1 };
  const enc = encryptToRecipient({
    recipientPublicKey: to.encryption.publicKey,
    plaintext: canonicalBytes(envelope),
    header: aad,
  });
  const sortedHeader = Object.fromEntries(
    Object.entries(header).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return toFileBytes({
    format: SCORE_FORMAT,
    version: 1,
    header: sortedHeader,
    encryption: {
      alg: RECIPIENT_ALG,
      ephemeralPublicKey: enc.ephemeralPublicKey,
      nonce: enc.nonce,
    },
    ciphertext: enc.ciphertext,
  });
}

describe('signed and encrypted container', () => {
  const file = makeScoreFile();

  it('round-trips: the chair opens and verifies a juror score file', () => {
    const opened = openContainer(file, openOptions(chair));
    expect(opened.signerKeyId).toBe(juror.keyId);
    expect(opened.header).toEqual(headerFor(juror, chair));
    expect(opened.payload).toEqual(scorePayload(juror, chair));
    expect(new Uint8Array(opened.payloadBytes)).toEqual(canonicalBytes(scorePayload(juror, chair)));
    expect(opened.digest).toBe(sha256Hex(file));
  });

  it('is readable, pretty-printed JSON with the header in the clear', () => {
    const text = new TextDecoder().decode(file);
    expect(text.startsWith('{\n  "format": "juryrum.score-file",\n  "version": 1,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"roundId": "ehk-2025"');
    expect(text).not.toContain('Bra – tydlig plan');
  });

  it('can be inspected without keys', () => {
    expect(inspectContainer(file, MAX_BYTES)).toEqual({
      format: SCORE_FORMAT,
      version: 1,
      header: headerFor(juror, chair),
    });
  });

  it('says NOT_FOR_ME for a file addressed to someone else', () => {
    expectCryptoError(() => openContainer(file, openOptions(stranger)), 'NOT_FOR_ME');
    expectCryptoError(() => openContainer(file, openOptions(juror)), 'NOT_FOR_ME');
  });

  it('detects an edited header field (e.g. a replay into another round)', () => {
    for (const [field, value] of [
      ['roundId', 'ehk-2024'],
      ['phaseId', 'final'],
      ['rosterVersion', 4],
      ['award', 'Annat pris'],
    ] as const) {
      const json = fileJson(file);
      json['header'] = { ...(json['header'] as object), [field]: value };
      expectCryptoError(() => openContainer(toFileBytes(json), openOptions(chair)), 'TAMPERED');
    }
  });

  it('refuses files of another kind, version or payload type', () => {
    const options = openOptions(chair);
    expectCryptoError(
      () => openContainer(file, { ...options, expectedFormat: 'juryrum.jury-package' }),
      'WRONG_TYPE',
    );
    expectCryptoError(
      () => openContainer(file, { ...options, expectedPayloadType: PACKAGE_TYPE }),
      'WRONG_TYPE',
    );
    expectCryptoError(
      () => openContainer(file, { ...options, supportedVersions: [2] }),
      'UNSUPPORTED_VERSION',
    );
    const v2 = { ...fileJson(file), version: 2, somethingNew: true };
    expectCryptoError(() => openContainer(toFileBytes(v2), options), 'UNSUPPORTED_VERSION');
    expectCryptoError(() => inspectContainer(toFileBytes(v2), MAX_BYTES), 'UNSUPPORTED_VERSION');
    expectCryptoError(() => openContainer(file, { ...options, maxBytes: 100 }), 'TOO_LARGE');
  });

  it('refuses a signer who is not trusted', () => {
    expectCryptoError(() => openContainer(file, openOptions(chair, [stranger])), 'BAD_SIGNATURE');
  });

  it('refuses a signed payload whose binding fields differ from the header', () => {
    expect(openContainer(craft(scorePayload(juror, chair)), openOptions(chair)).signerKeyId).toBe(
      juror.keyId,
    );
    for (const change of [
      { roundId: 'ehk-2024' },
      { rosterVersion: 2 },
      { signerKeyId: stranger.keyId },
      { format: 'juryrum.jury-package' },
      { version: 2 },
    ]) {
      const bytes = craft(scorePayload(juror, chair, change));
      expectCryptoError(() => openContainer(bytes, openOptions(chair)), 'TAMPERED');
    }
    const { roundId: _dropped, ...withoutRound } = scorePayload(juror, chair) as Record<
      string,
      unknown
    >;
    expectCryptoError(() => openContainer(craft(withoutRound), openOptions(chair)), 'TAMPERED');
  });

  it('refuses a signed statement forwarded (re-encrypted) to someone else', () => {
    // The chair decrypts a genuine file and re-encrypts the juror's signed
    // statement to a stranger, adjusting the clear header to match.
    const forwardedHeader = {
      ...headerFor(juror, chair),
      recipientKeyId: stranger.encryptionKeyId,
    };
    const bytes = craft(scorePayload(juror, chair), forwardedHeader, stranger);
    expectCryptoError(() => openContainer(bytes, openOptions(stranger)), 'TAMPERED');
  });

  it('refuses a header claiming a different signer than the signature', () => {
    const header = { ...headerFor(juror, chair), signerKeyId: stranger.keyId };
    const bytes = craft(scorePayload(juror, chair, { signerKeyId: stranger.keyId }), header);
    expectCryptoError(
      () => openContainer(bytes, openOptions(chair, [juror, stranger])),
      'TAMPERED',
    );
  });

  it('refuses to create inconsistent containers (a programming error)', () => {
    const base = {
      format: SCORE_FORMAT,
      version: 1,
      header: headerFor(juror, chair),
      payloadType: SCORE_TYPE,
      payload: scorePayload(juror, chair),
      signer: signerOf(juror),
      recipientPublicKey: chair.encryption.publicKey,
    };
    expect(() =>
      createContainer({ ...base, payload: scorePayload(juror, chair, { roundId: 'x' }) }),
    ).toThrow(/payload repeats header fields/);
    expect(() =>
      createContainer({ ...base, recipientPublicKey: stranger.encryption.publicKey }),
    ).toThrow(/recipient/);
    expect(() => createContainer({ ...base, signer: signerOf(stranger) })).toThrow(/signer/);
  });
});
