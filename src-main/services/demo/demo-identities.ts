import { identityFromKeys, importPrivateKey, rawPublicKey } from '../crypto';
import type { Identity, KeyPair } from '../crypto';
import { demoBytes } from './random';

/*
 * Demo identities are derived from the demo seed, so the same seed gives the
 * same people with the same fingerprints on every run (and the demo round in
 * the app and the CLI's demo folder share an organiser). Anyone who knows
 * the seed can rebuild these private keys: they are for fictional demo data
 * only and must never sign anything real.
 */

// PKCS#8 DER prefixes for a raw 32-byte Ed25519 / X25519 private key (RFC 8410).
const ED25519_PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');
const X25519_PKCS8 = Buffer.from('302e020100300506032b656e04220420', 'hex');

/** A fixed creation time, so a demo identity is the same on every run. */
export const DEMO_CREATED_AT = '2026-03-01T08:00:00.000Z';

function keyPair(seed: string, label: string, kind: 'ed25519' | 'x25519'): KeyPair {
  const prefix = kind === 'ed25519' ? ED25519_PKCS8 : X25519_PKCS8;
  const privateKey = importPrivateKey(Buffer.concat([prefix, demoBytes(seed, label)]), kind);
  return { publicKey: rawPublicKey(privateKey), privateKey };
}

/** The demo identity of one person (`who` is their id, e.g. 'juror-2'). */
export function demoIdentity(
  seed: string,
  who: string,
  name: string,
  organisation: string,
): Identity {
  return identityFromKeys({
    name,
    organisation,
    signing: keyPair(seed, `${who}/signing`, 'ed25519'),
    encryption: keyPair(seed, `${who}/encryption`, 'x25519'),
    createdAt: DEMO_CREATED_AT,
  });
}
