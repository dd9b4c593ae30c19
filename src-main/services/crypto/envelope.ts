import { sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { strictAssert } from '../../../src-shared/assert';
import { CryptoError } from './errors';
import { concatBytes, fromB64url, toB64url, utf8 } from './encoding';
import { importSigningPublicKey, keyId, rawPublicKey } from './keys';
import { b64urlOf, b64urlUpTo, KeyIdSchema, PayloadTypeSchema } from './schemas';

/** Ed25519 signatures are 64 bytes. */
const SIGNATURE_BYTES = 64;

/** Default cap on the payload inside an envelope. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

/** A DSSE-style signed envelope as stored in JSON. */
export type SignedEnvelope = {
  payloadType: string;
  payload: string;
  signatures: { keyid: string; sig: string }[];
};

/** Who signs: their signing key id and Ed25519 private key. */
export type Signer = { keyId: string; privateKey: KeyObject };

/**
 * Strict schema for an envelope. Exactly one signature: every Juryrum file has
 * one author, and refusing extra signatures keeps "who signed this" unambiguous.
 */
export function envelopeSchema(maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES) {
  return z.strictObject({
    payloadType: PayloadTypeSchema,
    payload: b64urlUpTo(maxPayloadBytes),
    signatures: z
      .array(z.strictObject({ keyid: KeyIdSchema, sig: b64urlOf(SIGNATURE_BYTES) }))
      .length(1),
  });
}

/**
 * DSSE pre-authentication encoding:
 * "DSSEv1" SP len(type) SP type SP len(body) SP body, lengths being ASCII
 * decimal byte counts. Signing this (not the bare payload) binds the payload
 * type, so bytes signed as one kind of file never verify as another kind.
 */
export function pae(payloadType: string, payload: Uint8Array): Buffer {
  const type = utf8(payloadType);
  return concatBytes(
    utf8(`DSSEv1 ${type.byteLength} `),
    type,
    utf8(` ${payload.byteLength} `),
    payload,
  );
}

/** Sign `payload` as `payloadType` with Ed25519. */
export function signEnvelope(input: {
  payloadType: string;
  payload: Uint8Array;
  signer: Signer;
}): SignedEnvelope {
  const { payloadType, payload, signer } = input;
  strictAssert(PayloadTypeSchema.safeParse(payloadType).success, 'payload type is well formed');
  strictAssert(
    keyId(rawPublicKey(signer.privateKey)) === signer.keyId,
    'the signer key id belongs to the signing key',
  );
  const sig = sign(null, pae(payloadType, payload), signer.privateKey);
  return {
    payloadType,
    payload: toB64url(payload),
    signatures: [{ keyid: signer.keyId, sig: toB64url(sig) }],
  };
}

/** Options for {@link verifyEnvelope}. */
export type VerifyOptions = {
  expectedPayloadType: string;
  /** Raw Ed25519 public key for a trusted key id, or undefined if unknown. */
  publicKeyFor: (keyId: string) => Uint8Array | undefined;
  maxPayloadBytes?: number;
};

/** A verified envelope: exactly the signed bytes, and who signed them. */
export type VerifiedEnvelope = { payload: Uint8Array; signerKeyId: string };

/**
 * Verify an untrusted envelope value. Errors: MALFORMED (shape), WRONG_TYPE
 * (a different kind of file), BAD_SIGNATURE (unknown signer or invalid
 * signature). Returns the payload bytes exactly as signed; parse only those.
 */
export function verifyEnvelope(envelope: unknown, options: VerifyOptions): VerifiedEnvelope {
  const parsed = envelopeSchema(options.maxPayloadBytes).safeParse(envelope);
  if (!parsed.success) {
    throw new CryptoError('MALFORMED', 'The signed envelope is not well formed.');
  }
  const env = parsed.data;
  if (env.payloadType !== options.expectedPayloadType) {
    throw new CryptoError('WRONG_TYPE', 'The file holds a different kind of content.');
  }
  const [signature] = env.signatures;
  strictAssert(signature !== undefined, 'schema requires one signature');
  const payload = fromB64url(env.payload);
  const sig = fromB64url(signature.sig, SIGNATURE_BYTES);
  const publicKey = options.publicKeyFor(signature.keyid);
  // Re-derive the id so a mis-keyed trust table cannot vouch for a wrong key.
  if (
    publicKey === undefined ||
    publicKey.byteLength !== 32 ||
    keyId(publicKey) !== signature.keyid
  ) {
    throw new CryptoError('BAD_SIGNATURE', 'The file is signed by an unknown key.');
  }
  let ok: boolean;
  try {
    ok = verify(null, pae(env.payloadType, payload), importSigningPublicKey(publicKey), sig);
  } catch {
    ok = false;
  }
  if (!ok) throw new CryptoError('BAD_SIGNATURE', 'The signature does not match the content.');
  return { payload, signerKeyId: signature.keyid };
}
