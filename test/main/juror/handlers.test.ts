import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../src-main/services/core';
import type { Core } from '../../../src-main/services/core';
import { DialogQueue } from '../../../src-main/harness/dialog-queue';
import { TEST_KDF, toB64url } from '../../../src-main/services/crypto';
import { openPackage, verifyScoreFileForChair } from '../../../src-main/services/exchange';
import { writeDemo } from '../../../src-main/services/demo/write-demo';
import { inspectZip } from '../../../src-main/services/import/zip-guard';
import { scanWorkbook } from '../../../src-main/services/import/xlsx-scan';
import { pinScope } from '../../../src-shared/juror';
import { filesIn, identitiesOf, passphrasesOf } from '../demo/helpers';

const ORIGIN = 'http://127.0.0.1:5999';
let core: Core;
let dialogs: DialogQueue;
let demo = '';
let work = '';

async function call(channel: string, request: unknown): Promise<unknown> {
  const res = await core.dispatch(channel, request, {
    url: `${ORIGIN}/index.html`,
    isMainFrame: true,
  });
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.value;
}

const packageOf = (name: string): string =>
  filesIn(demo, 'packages').find((f) => f.includes(name)) ?? '';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'juryrum-juror-ipc-'));
  demo = join(work, 'demo');
  await writeDemo(demo);
  dialogs = new DialogQueue();
  core = createCore({
    dataDir: join(work, 'data'),
    shell: 'harness',
    appOrigin: ORIGIN,
    dialogs,
    emit: () => undefined,
    kdfCost: TEST_KDF,
  });
  await call('vault:create', {
    passphrase: 'en lång lösenfras för testet',
    name: 'Test Person',
    organisation: '',
    useKeychain: false,
  });
  const henrik = passphrasesOf(demo).people.find((p) => p.id === 'juror-2');
  if (!henrik) throw new Error('no juror-2');
  await core.vault.importKeyFile(
    new Uint8Array(readFileSync(join(demo, henrik.keyFile))),
    henrik.passphrase,
  );
});

afterAll(() => core.close());

describe('juror IPC handlers', () => {
  it('import by bytes and by dialog: opened, pinned, refused, cancelled', async () => {
    const bytes = new Uint8Array(readFileSync(packageOf('henrik')));
    const first = (await call('juror:importPackage', {
      source: { kind: 'bytes', data: toB64url(bytes) },
      pins: [],
      rosters: [],
    })) as {
      status: string;
      pinned: boolean;
      organiserKeyId: string;
      payload: { jurorId: string; award: string; roundId: string };
    };
    expect(first).toMatchObject({
      status: 'opened',
      pinned: false,
      payload: { jurorId: 'juror-2' },
    });
    const pin = {
      scope: pinScope(first.payload.award, first.payload.roundId),
      organiserKeyId: first.organiserKeyId,
    };

    dialogs.answerNext(packageOf('henrik'));
    expect(
      await call('juror:importPackage', { source: { kind: 'dialog' }, pins: [pin], rosters: [] }),
    ).toMatchObject({
      status: 'opened',
      pinned: true,
    });
    dialogs.answerNext(packageOf('mirja'));
    expect(
      await call('juror:importPackage', { source: { kind: 'dialog' }, pins: [pin], rosters: [] }),
    ).toEqual({
      status: 'refused',
      reason: 'NOT_FOR_ME',
    });
    dialogs.answerNext(null);
    expect(
      await call('juror:importPackage', { source: { kind: 'dialog' }, pins: [], rosters: [] }),
    ).toEqual({
      status: 'cancelled',
    });
    await expect(
      call('juror:importPackage', {
        source: { kind: 'bytes', data: 'inte base64!' },
        pins: [],
        rosters: [],
      }),
    ).rejects.toThrow(/BAD_REQUEST/);
  });

  it('exports a score file through the save dialog that the chair verifies', async () => {
    const packageFile = toB64url(new Uint8Array(readFileSync(packageOf('henrik'))));
    const stored = (await call('juror:openStored', {
      packageFile,
      pin: { scope: 'unused', organiserKeyId: '0'.repeat(32) },
    })) as {
      status: string;
      organiserKeyId: string;
      payload: { award: string; roundId: string; applications: { id: string }[] };
    };
    const pin = {
      scope: pinScope(stored.payload.award, stored.payload.roundId),
      organiserKeyId: stored.organiserKeyId,
    };
    const target = join(work, 'r1.juryrum');
    dialogs.answerNext(target);
    const request = {
      packageFile,
      pin,
      revision: 1,
      previousDigest: null,
      status: 'draft',
      scores: [
        {
          applicationId: stored.payload.applications[0]?.id,
          criterion: 'L',
          value: 4,
          comment: 'Bra',
        },
      ],
      overallComments: [],
      conflicts: [],
    };
    const saved = (await call('juror:exportScoreFile', request)) as {
      status: string;
      digest: string;
      fileName: string;
    };
    expect(saved).toMatchObject({ status: 'ready', fileName: 'r1.juryrum', revision: 1 });
    // Nothing is written until the renderer has recorded the revision and asks.
    expect(existsSync(target)).toBe(false);
    expect(await call('juror:writeScoreFile', { digest: 'f'.repeat(64) })).toEqual({
      status: 'refused',
      reason: 'NOT_PENDING',
    });
    expect(existsSync(target)).toBe(false);
    expect(await call('juror:writeScoreFile', { digest: saved.digest })).toEqual({
      status: 'saved',
      fileName: 'r1.juryrum',
    });
    // Once only: a repeat has nothing left to write.
    expect(await call('juror:writeScoreFile', { digest: saved.digest })).toMatchObject({
      status: 'refused',
    });
    const opened = dialogs.opened.at(-1);
    expect(opened?.kind === 'save' && opened.options.defaultName).toMatch(
      /^juryrum-poang-.*-henrik-alund-r1\.juryrum$/,
    );
    const ids = await identitiesOf(demo);
    const chair = ids.get('juror-1');
    if (!chair) throw new Error('no chair');
    const chairPkg = openPackage(new Uint8Array(readFileSync(packageOf('annika'))), {
      me: chair,
    }).payload;
    const verdict = verifyScoreFileForChair(new Uint8Array(readFileSync(target)), {
      chair,
      pkg: chairPkg,
    });
    expect(verdict.ok && verdict.digest).toBe(saved.digest);
    // A pin that does not match is refused before anything is written.
    expect(
      await call('juror:exportScoreFile', {
        packageFile,
        pin: { ...pin, organiserKeyId: '0'.repeat(32) },
        revision: 1,
        previousDigest: null,
        status: 'draft',
        scores: [],
        overallComments: [],
        conflicts: [],
      }),
    ).toMatchObject({ status: 'refused', reason: 'PACKAGE_INVALID' });
    // Main refuses a chain that cannot be right, whatever the renderer sends, before any dialog.
    const before = dialogs.opened.length;
    for (const chain of [
      { revision: 2, previousDigest: null },
      { revision: 1, previousDigest: saved.digest },
    ]) {
      expect(await call('juror:exportScoreFile', { ...request, ...chain })).toMatchObject({
        status: 'refused',
        reason: 'REVISION_CHAIN',
      });
    }
    await expect(
      call('juror:exportScoreFile', { ...request, revision: 0, previousDigest: null }),
    ).rejects.toThrow(/BAD_REQUEST/);
    expect(dialogs.opened.length).toBe(before);
  });

  it('writes a scoring sheet and reads it back as a table', async () => {
    const target = join(work, 'blad.csv');
    dialogs.answerNext(target);
    const row = {
      application: 'app-01',
      pseudonym: 'Ansökan A',
      criterion: 'L',
      criterion_name: 'Ledning',
      score: '4',
      comment: '',
    };
    expect(
      await call('juror:exportSheet', {
        format: 'csv',
        language: 'sv',
        roundId: 'r',
        phaseId: 'p',
        jurorName: 'Åsa Öberg',
        rows: [row],
      }),
    ).toEqual({
      status: 'saved',
      fileName: 'blad.csv',
    });
    expect(dialogs.opened.at(-1)).toMatchObject({
      kind: 'save',
      options: { defaultName: 'juryrum-poangblad-r-p-asa-oberg.csv' },
    });
    dialogs.answerNext(target);
    expect(await call('juror:importSheet', {})).toMatchObject({
      status: 'read',
      headers: ['application', 'pseudonym', 'criterion', 'criterion_name', 'score', 'comment'],
      rows: [['app-01', 'Ansökan A', 'L', 'Ledning', '4', '']],
      headerRow: 1,
    });
    // The spreadsheet's tab is named in the UI language.
    for (const [language, tab] of [
      ['sv', 'Poängblad'],
      ['en', 'Scoring sheet'],
    ] as const) {
      const xlsx = join(work, `blad-${language}.xlsx`);
      dialogs.answerNext(xlsx);
      await call('juror:exportSheet', {
        format: 'xlsx',
        language,
        roundId: 'r',
        phaseId: 'p',
        jurorName: 'Åsa Öberg',
        rows: [row],
      });
      const bytes = new Uint8Array(readFileSync(xlsx));
      const zip = inspectZip(bytes);
      if (!zip.ok) throw new Error(zip.error.message);
      expect(scanWorkbook(bytes, zip.entries)).toEqual({ ok: true, sheetName: tab });
    }
  });

  it('issues a demo package to my own identity', async () => {
    const demoPkg = (await call('juror:demoPackage', { pins: [] })) as {
      status: string;
      pinned: boolean;
      payload: { jurorId: string; applications: unknown[] };
    };
    // This vault holds demo juror-2's keys, so it takes juror-2's own place.
    expect(demoPkg).toMatchObject({
      status: 'opened',
      pinned: false,
      payload: { jurorId: 'juror-2' },
    });
    expect(demoPkg.payload.applications).toHaveLength(9);
  });
});
