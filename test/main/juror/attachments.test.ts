import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/services/core';
import type { Core } from '../../../src-main/services/core';
import { DialogQueue } from '../../../src-main/harness/dialog-queue';
import { createIdentity, TEST_KDF, toB64url } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import { openPackage, PackagePayloadSchema } from '../../../src-main/services/exchange';
import { JurorPayloadSchema, pinScope, withoutAttachmentData } from '../../../src-shared/juror';
import { demoRound } from '../../../src-shared/demo/demo-round';
import {
  attachmentPackage,
  SAMPLE_DOCX,
  SAMPLE_PDF,
  SAMPLE_TXT,
  testPeople,
} from './attachment-package';

const ORIGIN = 'http://127.0.0.1:5998';
let core: Core;
let me: Identity;
let people: ReturnType<typeof testPeople>;
let packageFile = '';

async function call(channel: string, request: unknown): Promise<unknown> {
  const res = await core.dispatch(channel, request, {
    url: `${ORIGIN}/index.html`,
    isMainFrame: true,
  });
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.value;
}

const round = demoRound();
const pin = () => ({
  scope: pinScope(round.award, round.id),
  organiserKeyId: people.organiser.keyId,
});
const open = (over: Record<string, unknown> = {}) =>
  call('juror:openAttachment', {
    packageFile,
    pin: pin(),
    applicationId: 'app-01',
    attachmentId: 'bilaga-1',
    ...over,
  });

/** The package with one character of its ciphertext changed, in the exact outer form. */
function tampered(bytes: Uint8Array): Uint8Array {
  const file = JSON.parse(new TextDecoder().decode(bytes)) as { ciphertext: string };
  const i = 300;
  const c = file.ciphertext.charAt(i);
  file.ciphertext = `${file.ciphertext.slice(0, i)}${c === 'A' ? 'B' : 'A'}${file.ciphertext.slice(i + 1)}`;
  return new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`);
}

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'juryrum-juror-attachments-'));
  core = createCore({
    dataDir: join(work, 'data'),
    shell: 'harness',
    appOrigin: ORIGIN,
    dialogs: new DialogQueue(),
    emit: () => undefined,
    kdfCost: TEST_KDF,
  });
  await call('vault:create', {
    passphrase: 'en lång lösenfras för testet',
    name: 'Henrik Ålund',
    organisation: '',
    useKeychain: false,
  });
  me = core.vault.identity();
  people = testPeople();
  packageFile = toB64url(attachmentPackage(me, people));
});

afterAll(() => core.close());

describe('payloads without attachment bytes', () => {
  it('keeps everything but the bytes, and the juror schema refuses bytes', () => {
    const { payload } = openPackage(attachmentPackage(me, people), { me });
    const stripped = withoutAttachmentData(payload);
    expect(JurorPayloadSchema.parse(stripped)).toEqual(stripped);
    expect(JurorPayloadSchema.safeParse(payload).success).toBe(false);
    expect(PackagePayloadSchema.safeParse(stripped).success).toBe(false);
    const { applications: fullApps, ...rest } = payload;
    const { applications: strippedApps, ...strippedRest } = stripped;
    expect(strippedRest).toEqual(rest);
    expect(strippedApps).toEqual(
      fullApps.map((a) =>
        a.attachments === undefined
          ? a
          : { ...a, attachments: a.attachments.map(({ data: _data, ...meta }) => meta) },
      ),
    );
    expect(JSON.stringify(stripped)).not.toContain(toB64url(SAMPLE_PDF).slice(0, 200));
  });
});

describe('juror attachments over IPC', () => {
  it('gives the renderer package payloads without attachment bytes', async () => {
    const imported = (await call('juror:importPackage', {
      source: { kind: 'bytes', data: packageFile },
      pins: [],
      rosters: [],
    })) as { status: string; packageFile: string; payload: { applications: unknown[] } };
    const reopened = (await call('juror:openStored', { packageFile, pin: pin() })) as {
      status: string;
      payload: { applications: unknown[] };
    };
    expect(imported.status).toBe('opened');
    expect(reopened.status).toBe('opened');
    expect(reopened).not.toHaveProperty('packageFile');
    for (const res of [imported, reopened]) {
      const [first, second] = res.payload.applications as {
        attachments?: Record<string, unknown>[];
      }[];
      expect(first?.attachments?.map((a) => Object.keys(a).sort())).toEqual(
        Array.from({ length: 3 }, () => ['id', 'kind', 'name', 'sha256', 'size']),
      );
      expect(first?.attachments?.[0]).toMatchObject({ name: 'ombud.pdf', size: SAMPLE_PDF.length });
      expect(second).not.toHaveProperty('attachments');
      expect(JSON.stringify(res.payload)).not.toContain(toB64url(SAMPLE_TXT));
    }
  });

  it('opens a PDF as bytes, and TXT and DOCX with their text', async () => {
    expect(await open()).toEqual({
      status: 'opened',
      kind: 'pdf',
      name: 'ombud.pdf',
      size: SAMPLE_PDF.length,
      data: toB64url(SAMPLE_PDF),
    });
    expect(await open({ attachmentId: 'bilaga-2' })).toEqual({
      status: 'opened',
      kind: 'txt',
      name: 'uppfoljning.txt',
      size: SAMPLE_TXT.length,
      data: toB64url(SAMPLE_TXT),
      text: {
        status: 'read',
        paragraphs: ['Uppföljning 2025', 'Tolv ombud i tjänst.'],
        truncated: false,
      },
    });
    expect(await open({ attachmentId: 'bilaga-3' })).toMatchObject({
      kind: 'docx',
      data: toB64url(SAMPLE_DOCX),
      text: { status: 'read', paragraphs: ['Verksamhetsplan', 'Mål för 2026'], truncated: false },
    });
  });

  it('refuses unknown ids', async () => {
    expect(await open({ attachmentId: 'bilaga-9' })).toEqual({
      status: 'refused',
      reason: 'NOT_FOUND',
    });
    expect(await open({ applicationId: 'app-02' })).toEqual({
      status: 'refused',
      reason: 'NOT_FOUND',
    });
    expect(await open({ applicationId: 'app-99' })).toEqual({
      status: 'refused',
      reason: 'NOT_FOUND',
    });
    await expect(open({ attachmentId: '../etc' })).rejects.toThrow(/BAD_REQUEST/);
  });

  it('verifies the package again: tampered, re-signed or foreign packages give nothing', async () => {
    const bytes = attachmentPackage(me, people);
    expect(await open({ packageFile: toB64url(tampered(bytes)) })).toEqual({
      status: 'refused',
      reason: 'TAMPERED',
    });
    expect(
      await open({ pin: { scope: pin().scope, organiserKeyId: createIdentity('X', '').keyId } }),
    ).toEqual({ status: 'refused', reason: 'ORGANISER_KEY_CHANGED' });
    const someoneElse = createIdentity('Mirja Koskinen', '');
    expect(await open({ packageFile: toB64url(attachmentPackage(someoneElse, people)) })).toEqual({
      status: 'refused',
      reason: 'NOT_FOR_ME',
    });
    expect(await open({ packageFile: 'AAAA' })).toEqual({ status: 'refused', reason: 'MALFORMED' });
  });
});
