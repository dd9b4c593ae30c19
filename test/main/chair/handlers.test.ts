import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultKdfParams, exportKeyFile, TEST_KDF } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import { openResult, SCORE_FILE_MAX_BYTES } from '../../../src-main/services/exchange';
import { VaultService } from '../../../src-main/services/vault';
import { DialogQueue } from '../../../src-main/harness/dialog-queue';
import { chairHandlers } from '../../../src-main/services/ipc/chair.handlers';
import { toBase64 } from '../../../src-main/services/chair';
import { chairContract } from '../../../src-shared/ipc/chair-contract';
import type { PackageRef } from '../../../src-shared/ipc/chair-contract';
import { emptyDeliberation } from '../../../src-shared/chair';
import { buildJury, scoreFile, tamper } from './jury';
import { demoAttachmentSpecs } from '../../../src-shared/demo/demo-attachments';

const PASS = 'ordförandens lösenfras i test';
const jury = buildJury();
const files = ['juror-1', 'juror-2', 'juror-3', 'juror-4', 'juror-5', 'juror-6'].map((j) =>
  scoreFile(jury, j),
);

let dir: string;
let vault: VaultService;
const dialogs = new DialogQueue();
let handlers: ReturnType<typeof chairHandlers>;

async function becomes(identity: Identity): Promise<void> {
  const keyFile = await exportKeyFile(identity, PASS, defaultKdfParams(TEST_KDF));
  await vault.importKeyFile(keyFile, PASS);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juryrum-chair-'));
  await mkdir(join(dir, 'data'), { mode: 0o700 });
  vault = new VaultService({ dataDir: join(dir, 'data'), kdfCost: TEST_KDF, idleLockMs: 0 });
  await vault.create({ passphrase: PASS, name: 'Karin Juryberg', organisation: '' });
  await becomes(jury.chair);
  handlers = chairHandlers({
    dataDir: dir,
    dialogs,
    vault,
    appVersion: '0.1.0-test',
    emit: () => undefined,
  });
});
afterAll(async () => {
  await vault.close();
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}
const ref = (): PackageRef => ({
  bytes: toBase64(jury.packageFile('juror-1').bytes),
  pinnedOrganiserKeyId: jury.organiser.keyId,
  minRosterVersion: 1,
});

describe('chair:importPackage', () => {
  it('opens the chair package on first use and shows the organiser fingerprint', async () => {
    dialogs.answerNext(await put('paket.juryrum', jury.packageFile('juror-1').bytes));
    const r = await handlers['chair:importPackage']({ pins: [] });
    expect(r.status).toBe('opened');
    if (r.status !== 'opened') return;
    expect(r.package.organiserFingerprint).toBe(jury.organiser.fingerprint);
    expect(r.package.pinned).toBe(false);
    expect(r.package.payload.jurorId).toBe('juror-1');
    expect(chairContract['chair:importPackage'].response.safeParse(r).success).toBe(true);
  });

  it('is cancelled with the dialog, and refuses another organiser key than the pinned one', async () => {
    dialogs.answerNext(null);
    expect(await handlers['chair:importPackage']({ pins: [] })).toEqual({ status: 'cancelled' });
    dialogs.answerNext(join(dir, 'paket.juryrum'));
    const pins = [{ roundId: jury.round.id, organiserKeyId: jury.chair.keyId, phases: [] }];
    expect(await handlers['chair:importPackage']({ pins })).toEqual({
      status: 'rejected',
      reason: 'ORGANISER_KEY_CHANGED',
    });
  });

  it('refuses a package for another juror, and a juror package when I am not the chair', async () => {
    dialogs.answerNext(await put('annan.juryrum', jury.packageFile('juror-2').bytes));
    expect(await handlers['chair:importPackage']({ pins: [] })).toEqual({
      status: 'rejected',
      reason: 'NOT_FOR_ME',
    });
    await becomes(jury.member('juror-2').identity);
    try {
      dialogs.answerNext(join(dir, 'annan.juryrum'));
      expect(await handlers['chair:importPackage']({ pins: [] })).toEqual({
        status: 'rejected',
        reason: 'NOT_CHAIR',
      });
    } finally {
      await becomes(jury.chair);
    }
  });
});

describe('chair:verifyScoreFiles and chair:pickScoreFiles', () => {
  it('verifies dropped bytes and says why a file is refused', async () => {
    const r = await handlers['chair:verifyScoreFiles']({
      package: ref(),
      files: [
        { name: 'a.juryrum', bytes: toBase64(files[1]?.bytes ?? new Uint8Array()) },
        { name: 'b.juryrum', bytes: toBase64(tamper(files[2]?.bytes ?? new Uint8Array())) },
        { name: 'c.juryrum', bytes: toBase64(new TextEncoder().encode('inte json')) },
      ],
    });
    if (r.status !== 'ok') throw new Error(r.reason);
    expect(r.results.map((x) => (x.ok ? x.meta.jurorId : x.reason))).toEqual([
      'juror-2',
      'TAMPERED',
      'MALFORMED',
    ]);
    // Dropped files come back without bytes: the renderer already has them.
    expect(r.results[0]?.ok === true && r.results[0].bytes === undefined).toBe(true);
  });

  it('reads a whole folder: only *.juryrum, size-capped before reading, names sorted', async () => {
    const folder = join(dir, 'inkorg');
    await mkdir(folder, { recursive: true });
    for (const [i, f] of files.entries())
      await writeFile(join(folder, `poang-${i + 1}.juryrum`), f.bytes);
    await writeFile(
      join(folder, 'manipulerad.juryrum'),
      tamper(files[0]?.bytes ?? new Uint8Array()),
    );
    await writeFile(join(folder, 'stor.juryrum'), new Uint8Array(SCORE_FILE_MAX_BYTES + 1));
    await writeFile(join(folder, 'anteckning.txt'), 'inte en poängfil');
    dialogs.answerNext(folder);
    const r = await handlers['chair:pickScoreFiles']({ package: ref(), mode: 'folder' });
    if (r.status !== 'ok') throw new Error(r.status);
    expect(r.results.map((x) => [x.name, x.ok ? 'ok' : x.reason])).toEqual([
      ['manipulerad.juryrum', 'TAMPERED'],
      ...files.map((_, i) => [`poang-${i + 1}.juryrum`, 'ok']),
      ['stor.juryrum', 'TOO_LARGE'],
    ]);
    const first = r.results.find((x) => x.ok);
    expect(
      first?.ok === true && first.bytes === toBase64(files[0]?.bytes ?? new Uint8Array()),
    ).toBe(true);
    expect(dialogs.opened.at(-1)).toMatchObject({ kind: 'open', options: { directory: true } });
  });

  it('refuses everything when the stored package no longer opens', async () => {
    const broken = { ...ref(), bytes: toBase64(tamper(jury.packageFile('juror-1').bytes)) };
    expect(await handlers['chair:pickScoreFiles']({ package: broken, mode: 'files' })).toEqual({
      status: 'rejected',
      reason: 'TAMPERED',
    });
  });
});

describe('chair:openAttachment', () => {
  // The same people and organiser, with the demo attachments the anonymised phase may show.
  const withFiles = buildJury({
    organiser: jury.organiser,
    identities: jury.members.map((m) => m.identity),
    attachments: true,
  });
  const fileRef = (): PackageRef => ({
    bytes: toBase64(withFiles.packageFile('juror-1').bytes),
    pinnedOrganiserKeyId: jury.organiser.keyId,
    minRosterVersion: 1,
  });
  const open = (applicationId: string, attachmentId: string, pkg: PackageRef = fileRef()) =>
    handlers['chair:openAttachment']({ package: pkg, applicationId, attachmentId });
  const spec = chairContract['chair:openAttachment'];

  it('gives the chair the PDF the jurors read, byte for byte', async () => {
    const r = await open('app-01', 'bilaga-1');
    expect(spec.response.safeParse(r).success).toBe(true);
    if (r.status !== 'opened') throw new Error(r.reason);
    const pdf = demoAttachmentSpecs().find((a) => a.kind === 'pdf')?.pdf;
    expect(r).toMatchObject({ kind: 'pdf', name: 'Projektplan digitala tillsynsbesök.pdf' });
    expect(Buffer.from(r.data, 'base64url')).toEqual(Buffer.from(pdf ?? []));
    expect(r.text).toBeUndefined();
  });

  it('gives a text attachment with its paragraphs, extracted in main', async () => {
    const r = await open('app-03', 'bilaga-1');
    if (r.status !== 'opened') throw new Error(r.reason);
    expect(r.kind).toBe('txt');
    expect(r.text?.status).toBe('read');
    if (r.text?.status !== 'read') return;
    expect(r.text.paragraphs[0]).toBe('Resultat från brukarenkäten 2025');
    expect(r.text.paragraphs.join('\n')).toContain('Svarsfrekvens: 62 procent');
  });

  it('refuses an attachment the anonymised phase does not carry, and a damaged package', async () => {
    // The minutes extract names people: never in the anonymised phase's packages.
    expect(await open('app-01', 'bilaga-2')).toEqual({ status: 'refused', reason: 'NOT_FOUND' });
    expect(await open('app-99', 'bilaga-1')).toEqual({ status: 'refused', reason: 'NOT_FOUND' });
    const broken = {
      ...fileRef(),
      bytes: toBase64(tamper(withFiles.packageFile('juror-1').bytes)),
    };
    expect(await open('app-01', 'bilaga-1', broken)).toEqual({
      status: 'refused',
      reason: 'TAMPERED',
    });
    // The request names an attachment id, never a path.
    const bad = { package: fileRef(), applicationId: 'app-01', attachmentId: '../x' };
    expect(spec.request.safeParse(bad).success).toBe(false);
  });
});

describe('chair:exportResult', () => {
  it('writes a signed result the organiser can open', async () => {
    const target = join(dir, 'resultat.juryrum');
    dialogs.answerNext(target);
    const r = await handlers['chair:exportResult']({
      package: ref(),
      files: files.map((f) => toBase64(f.bytes)),
      decisions: [],
      deliberation: {
        ...emptyDeliberation(),
        finalists: ['app-09'],
        winner: 'app-09',
        motivation: 'Motivering.',
      },
    });
    expect(r).toMatchObject({ status: 'saved', fileName: 'resultat.juryrum', inputs: 6 });
    expect(dialogs.opened.at(-1)).toMatchObject({
      kind: 'save',
      options: { defaultName: 'juryrum-resultat-demo-ehalsokommun-2026-bedomning.juryrum' },
    });
    const opened = openResult(new Uint8Array(await readFile(target)), {
      organiser: jury.organiser,
      roster: jury.roster,
    });
    expect(opened.payload.winner).toBe('app-09');
    expect(opened.payload.inputs).toHaveLength(6);
  });

  it('needs an unlocked vault', async () => {
    vault.lock();
    try {
      await expect(handlers['chair:openPackage']({ package: ref() })).rejects.toMatchObject({
        code: 'LOCKED',
      });
    } finally {
      await vault.unlock(PASS);
    }
  });
});

describe('the chair contract', () => {
  it('refuses bytes that are not base64 and batches that are too big before main decodes them', () => {
    const spec = chairContract['chair:verifyScoreFiles'].request;
    expect(
      spec.safeParse({ package: ref(), files: [{ name: 'x', bytes: 'not base64!' }] }).success,
    ).toBe(false);
    expect(spec.safeParse({ package: ref(), files: [{ name: 'x', bytes: 'abc' }] }).success).toBe(
      false,
    );
    expect(spec.safeParse({ package: ref(), files: [] }).success).toBe(false);
    const big = 'A'.repeat(4 * Math.ceil(SCORE_FILE_MAX_BYTES / 3) + 4);
    expect(spec.safeParse({ package: ref(), files: [{ name: 'x', bytes: big }] }).success).toBe(
      false,
    );
  });
});
