import { describe, expect, it } from 'vitest';
import {
  fromB64url,
  pae,
  signEnvelope,
  toB64url,
  verifyEnvelope,
} from '../../../src-main/services/crypto';
import type { SignedEnvelope, VerifyOptions } from '../../../src-main/services/crypto';
import { chair, expectCryptoError, juror, PACKAGE_TYPE, SCORE_TYPE, stranger } from './helpers';
import { signerOf } from '../../../src-main/services/crypto';

const payload = new TextEncoder().encode('{"revision":1,"score":4}');

function trusting(...ids: (typeof juror)[]): VerifyOptions['publicKeyFor'] {
  const map = new Map(ids.map((i) => [i.keyId, i.signing.publicKey]));
  return (id) => map.get(id);
}

describe('DSSE envelope', () => {
  it('builds the DSSE pre-authentication encoding', () => {
    const bytes = pae('http://example.com/HelloWorld', new TextEncoder().encode('hello world'));
    expect(Buffer.from(bytes).toString('utf8')).toBe(
      'DSSEv1 29 http://example.com/HelloWorld 11 hello world',
    );
    // Lengths are byte lengths, not character counts.
    expect(Buffer.from(pae('t', new TextEncoder().encode('å'))).toString('utf8')).toBe(
      'DSSEv1 1 t 2 å',
    );
  });

  const env = signEnvelope({ payloadType: SCORE_TYPE, payload, signer: signerOf(juror) });

  it('signs and verifies, returning exactly the signed bytes and the signer', () => {
    expect(env.signatures).toHaveLength(1);
    expect(env.signatures[0]?.keyid).toBe(juror.keyId);
    const verified = verifyEnvelope(env, {
      expectedPayloadType: SCORE_TYPE,
      publicKeyFor: trusting(juror, chair),
    });
    expect(new Uint8Array(verified.payload)).toEqual(payload);
    expect(verified.signerKeyId).toBe(juror.keyId);
  });

  it('never verifies a score file as a package (type confusion)', () => {
    const options = { expectedPayloadType: PACKAGE_TYPE, publicKeyFor: trusting(juror) };
    expectCryptoError(() => verifyEnvelope(env, options), 'WRONG_TYPE');
    // Relabelling the type does not help: the type is inside the signature.
    const relabelled: SignedEnvelope = { ...env, payloadType: PACKAGE_TYPE };
    expectCryptoError(() => verifyEnvelope(relabelled, options), 'BAD_SIGNATURE');
  });

  it('rejects unknown signers, edited payloads and edited signatures', () => {
    const options = { expectedPayloadType: SCORE_TYPE, publicKeyFor: trusting(juror) };
    expectCryptoError(
      () => verifyEnvelope(env, { ...options, publicKeyFor: trusting(chair) }),
      'BAD_SIGNATURE',
    );
    const edited = new Uint8Array(payload);
    edited[edited.length - 2] = 0x35; // score 4 -> 5
    expectCryptoError(
      () => verifyEnvelope({ ...env, payload: toB64url(edited) }, options),
      'BAD_SIGNATURE',
    );
    const sig = fromB64url(env.signatures[0]?.sig ?? '');
    sig[0] = (sig[0] ?? 0) ^ 1;
    const badSig = { ...env, signatures: [{ keyid: juror.keyId, sig: toB64url(sig) }] };
    expectCryptoError(() => verifyEnvelope(badSig, options), 'BAD_SIGNATURE');
  });

  it('rejects a trust table that maps a key id to the wrong key', () => {
    const wrongTable = (id: string) =>
      id === juror.keyId ? stranger.signing.publicKey : undefined;
    expectCryptoError(
      () => verifyEnvelope(env, { expectedPayloadType: SCORE_TYPE, publicKeyFor: wrongTable }),
      'BAD_SIGNATURE',
    );
  });

  it('rejects malformed envelopes', () => {
    const options = { expectedPayloadType: SCORE_TYPE, publicKeyFor: trusting(juror, chair) };
    const second = signEnvelope({ payloadType: SCORE_TYPE, payload, signer: signerOf(chair) });
    const cases: unknown[] = [
      null,
      'text',
      [],
      { ...env, extra: 1 },
      { ...env, signatures: [] },
      { ...env, signatures: [...env.signatures, ...second.signatures] },
      { ...env, payload: 'not base64!' },
      { ...env, payloadType: 'has space' },
      { payloadType: SCORE_TYPE, payload: env.payload },
    ];
    for (const c of cases) expectCryptoError(() => verifyEnvelope(c, options), 'MALFORMED');
    expectCryptoError(() => verifyEnvelope(env, { ...options, maxPayloadBytes: 4 }), 'MALFORMED');
  });
});
