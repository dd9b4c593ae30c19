import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createContainer, signerOf, toB64url } from '../../../src-main/services/crypto';
import {
  issuePackage,
  openPackage,
  PACKAGE_FORMAT,
  PACKAGE_PAYLOAD_TYPE,
} from '../../../src-main/services/exchange';
import type { PackageApplication, PackagePayload } from '../../../src-main/services/exchange';
import type { Phase } from '../../../src-shared/domain/round';
import type { PackageAttachment } from '../../../src-shared/domain/attachment';
import { ATTACHMENT_LIMITS } from '../../../src-shared/domain/attachment';
import { tinyPdf } from '../../../src-shared/demo/tiny-pdf';
import {
  APP_VERSION,
  asa,
  expectExchangeError,
  finalPhase,
  NOW,
  organiser,
  readingCopies,
  round,
  roster,
} from './fixtures';

/** An attachment of `bytes` with correct size and SHA-256 (unless overridden). */
function attachment(
  id: string,
  name: string,
  kind: PackageAttachment['kind'],
  bytes: Uint8Array,
  overrides: Partial<PackageAttachment> = {},
): PackageAttachment {
  return {
    id,
    name,
    kind,
    size: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    data: toB64url(bytes),
    ...overrides,
  };
}

const PDF = tinyPdf('Projektplan', ['Mål: färre störda nätter.']);
const TXT = new TextEncoder().encode('Svarsfrekvens: 62 procent.\n');

/** Reading copies of the named phase; the first application carries `attachments`. */
function copiesWith(attachments: PackageAttachment[], forPhase: Phase = finalPhase) {
  return readingCopies(forPhase).map((a, i): PackageApplication =>
    i === 0 ? { ...a, attachments } : a,
  );
}

function issue(applications: PackageApplication[], forPhase: Phase = finalPhase) {
  return issuePackage({
    round,
    phase: forPhase,
    roster,
    juror: { jurorId: 'juror-asa' },
    applications,
    organiser,
    appVersion: APP_VERSION,
    now: NOW,
  });
}

/** A package signed by the real organiser whose payload is `edit`ed after the fact. */
function signedPayload(edit: (p: PackagePayload) => object): Uint8Array {
  const honest = openPackage(
    issue(copiesWith([attachment('bilaga-1', 'plan.pdf', 'pdf', PDF)])).bytes,
    { me: asa },
  ).payload;
  const header = {
    award: honest.award,
    roundId: honest.roundId,
    phaseId: honest.phaseId,
    rosterVersion: honest.rosterVersion,
    recipientKeyId: asa.encryptionKeyId,
    signerKeyId: organiser.keyId,
    signerPublicKey: toB64url(organiser.signing.publicKey),
  };
  return createContainer({
    format: PACKAGE_FORMAT,
    version: 1,
    header,
    payloadType: PACKAGE_PAYLOAD_TYPE,
    payload: edit(honest),
    signer: signerOf(organiser),
    recipientPublicKey: asa.encryption.publicKey,
  });
}

const withFirstAttachment =
  (change: (a: PackageAttachment) => PackageAttachment) =>
  (p: PackagePayload): PackagePayload => ({
    ...p,
    applications: p.applications.map((a, i) => {
      const first = a.attachments?.[0];
      return i === 0 && first ? { ...a, attachments: [change(first)] } : a;
    }),
  });

describe('attachments in jury packages', () => {
  it('round-trip: the juror gets the bytes, size and SHA-256 exactly as issued', () => {
    const pdf = attachment('bilaga-1', 'Projektplan.pdf', 'pdf', PDF);
    const txt = attachment('bilaga-2', 'Enkät.txt', 'txt', TXT);
    const opened = openPackage(issue(copiesWith([pdf, txt])).bytes, { me: asa }).payload;
    const got = opened.applications[0]?.attachments ?? [];
    expect(got).toEqual([pdf, txt]);
    expect(Buffer.from(got[0]?.data ?? '', 'base64url')).toEqual(Buffer.from(PDF));
    expect(opened.applications[1]?.attachments).toBeUndefined();
  });

  it('an honestly signed payload is opened (control for the crafted ones below)', () => {
    const bytes = signedPayload((p) => p);
    expect(openPackage(bytes, { me: asa }).payload.applications[0]?.attachments).toHaveLength(1);
  });

  it('refuses a signed package whose attachment SHA-256 does not match its data', () => {
    const bytes = signedPayload(withFirstAttachment((a) => ({ ...a, sha256: '0'.repeat(64) })));
    expectExchangeError(() => openPackage(bytes, { me: asa }), 'TAMPERED');
  });

  it('refuses a signed package whose attachment data was swapped', () => {
    const other = tinyPdf('Projektplan', ['Mål: färre störda nätter?']);
    expect(other.byteLength).toBe(PDF.byteLength);
    const bytes = signedPayload(withFirstAttachment((a) => ({ ...a, data: toB64url(other) })));
    expectExchangeError(() => openPackage(bytes, { me: asa }), 'TAMPERED');
  });

  it('refuses data that is not canonical base64url or not of its kind', () => {
    // Four bytes: the last base64url character carries two unused bits.
    const four = attachment('bilaga-1', 'kort.txt', 'txt', new TextEncoder().encode('abcd'));
    expect(four.data).toBe('YWJjZA');
    const nonCanonical = signedPayload(withFirstAttachment(() => ({ ...four, data: 'YWJjZB' })));
    expectExchangeError(() => openPackage(nonCanonical, { me: asa }), 'MALFORMED');
    const text = new TextEncoder().encode('%PDX not a pdf at all, just text\n');
    const wrongKind = signedPayload(
      withFirstAttachment(() => attachment('bilaga-1', 'x.pdf', 'pdf', text)),
    );
    expectExchangeError(() => openPackage(wrongKind, { me: asa }), 'MALFORMED');
  });

  it('refuses to issue an attachment whose size or SHA-256 is wrong', () => {
    for (const bad of [
      attachment('bilaga-1', 'plan.pdf', 'pdf', PDF, { sha256: 'f'.repeat(64) }),
      attachment('bilaga-1', 'text.txt', 'txt', Uint8Array.from([0x41, 0x00, 0x42])),
    ]) {
      expectExchangeError(() => issue(copiesWith([bad])), 'INVALID_INPUT');
    }
  });

  it('caps attachments per application and per package', () => {
    const big = (n: number) => {
      const bytes = new Uint8Array(ATTACHMENT_LIMITS.maxBytes);
      bytes.set(new TextEncoder().encode(`%PDF-1.4\n%${n}`));
      return attachment(`bilaga-${n}`, `stor-${n}.pdf`, 'pdf', bytes);
    };
    // Three of 5 MiB is over the 10 MiB per application.
    expectExchangeError(() => issue(copiesWith([big(1), big(2), big(3)])), 'INVALID_INPUT');
    // Two each for three applications Åsa may read (30 MiB): over the 24 MiB per package.
    // (She is conflicted on the second application, which is left out.)
    const spread = readingCopies(finalPhase).map((a, i): PackageApplication =>
      [0, 2, 3].includes(i) ? { ...a, attachments: [big(2 * i + 1), big(2 * i + 2)] } : a,
    );
    expectExchangeError(() => issue(spread), 'INVALID_INPUT');
    const allowed = spread.map((a, i) => (i === 3 ? { ...a, attachments: [] } : a));
    const opened = openPackage(issue(allowed).bytes, { me: asa }).payload;
    expect(opened.applications.flatMap((a) => a.attachments ?? [])).toHaveLength(4);
  });
});
