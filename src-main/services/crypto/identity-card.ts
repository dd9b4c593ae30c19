import { z } from 'zod';
import { canonicalBytes, parseCanonical } from './canonical';
import { CryptoError } from './errors';
import { fromB64url, toB64url } from './encoding';
import { envelopeSchema, signEnvelope, verifyEnvelope } from './envelope';
import type { SignedEnvelope } from './envelope';
import { signerOf, OrganisationSchema, PersonNameSchema, TimestampSchema } from './identity';
import type { Identity } from './identity';
import { fingerprint, keyId, PUBLIC_KEY_BYTES } from './keys';
import { readOuterFile, serializeOuterFile } from './outer-file';
import { b64urlOf, KeyIdSchema } from './schemas';

export const IDENTITY_CARD_FORMAT = 'juryrum.identity-card';
export const IDENTITY_CARD_VERSION = 1;
export const IDENTITY_CARD_PAYLOAD_TYPE = 'application/vnd.juryrum.identity-card+json';
/** Cards are tiny; anything bigger is not a card. */
export const IDENTITY_CARD_MAX_BYTES = 16 * 1024;

/** The signed content of an identity card (public data only). */
export const IdentityCardSchema = z.strictObject({
  format: z.literal(IDENTITY_CARD_FORMAT),
  version: z.literal(IDENTITY_CARD_VERSION),
  name: PersonNameSchema,
  organisation: OrganisationSchema,
  signingPublicKey: b64urlOf(PUBLIC_KEY_BYTES),
  encryptionPublicKey: b64urlOf(PUBLIC_KEY_BYTES),
  keyId: KeyIdSchema,
  fingerprint: z.string().regex(/^\d{5}( \d{5}){5}$/),
  createdAt: TimestampSchema,
});

/** A verified identity card. */
export type IdentityCard = z.infer<typeof IdentityCardSchema>;

const cardFileSchema = z.strictObject({
  format: z.literal(IDENTITY_CARD_FORMAT),
  version: z.literal(IDENTITY_CARD_VERSION),
  envelope: envelopeSchema(IDENTITY_CARD_MAX_BYTES),
});

function layout(file: { format: string; version: number; envelope: SignedEnvelope }): unknown {
  const { payloadType, payload, signatures } = file.envelope;
  return {
    format: file.format,
    version: file.version,
    envelope: {
      payloadType,
      payload,
      signatures: signatures.map((s) => ({ keyid: s.keyid, sig: s.sig })),
    },
  };
}

/** Make the self-signed card a user sends to the organiser. Returns file bytes. */
export function createIdentityCard(identity: Identity): Uint8Array {
  const card: IdentityCard = {
    format: IDENTITY_CARD_FORMAT,
    version: IDENTITY_CARD_VERSION,
    name: identity.name,
    organisation: identity.organisation,
    signingPublicKey: toB64url(identity.signing.publicKey),
    encryptionPublicKey: toB64url(identity.encryption.publicKey),
    keyId: identity.keyId,
    fingerprint: identity.fingerprint,
    createdAt: identity.createdAt,
  };
  const envelope = signEnvelope({
    payloadType: IDENTITY_CARD_PAYLOAD_TYPE,
    payload: canonicalBytes(card),
    signer: signerOf(identity),
  });
  return serializeOuterFile(
    layout({ format: IDENTITY_CARD_FORMAT, version: IDENTITY_CARD_VERSION, envelope }),
  );
}

/**
 * Verify a card: its self-signature, and that its key id and fingerprint are
 * the ones its keys produce. A valid card only proves that its holder owns the
 * keys; who that holder is must still be confirmed by comparing fingerprints
 * over the phone.
 */
export function verifyIdentityCard(bytes: Uint8Array): IdentityCard {
  const file = readOuterFile(bytes, {
    maxBytes: IDENTITY_CARD_MAX_BYTES,
    expectedFormat: IDENTITY_CARD_FORMAT,
    supportedVersions: [IDENTITY_CARD_VERSION],
    schema: cardFileSchema,
    layout,
  });
  // Self-signed: the verifying key comes from the payload, so decode it first,
  // verify over exactly these bytes, and only then trust any field.
  const payloadBytes = fromB64url(file.envelope.payload);
  const claimed = IdentityCardSchema.safeParse(
    parseCanonical(payloadBytes, IDENTITY_CARD_MAX_BYTES),
  );
  if (!claimed.success) {
    throw new CryptoError('MALFORMED', 'The identity card does not have the expected fields.');
  }
  const signingPub = fromB64url(claimed.data.signingPublicKey, PUBLIC_KEY_BYTES);
  const encryptionPub = fromB64url(claimed.data.encryptionPublicKey, PUBLIC_KEY_BYTES);
  const selfId = keyId(signingPub);
  verifyEnvelope(file.envelope, {
    expectedPayloadType: IDENTITY_CARD_PAYLOAD_TYPE,
    publicKeyFor: (id) => (id === selfId ? signingPub : undefined),
    maxPayloadBytes: IDENTITY_CARD_MAX_BYTES,
  });
  if (
    claimed.data.keyId !== selfId ||
    claimed.data.fingerprint !== fingerprint(signingPub, encryptionPub)
  ) {
    throw new CryptoError('TAMPERED', 'The key id or fingerprint does not match the keys.');
  }
  return claimed.data;
}
