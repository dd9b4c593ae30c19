import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../../src-main/services/core';
import type { Core } from '../../../src-main/services/core';
import { DialogQueue } from '../../../src-main/harness/dialog-queue';
import { createIdentityCard, TEST_KDF, toB64url } from '../../../src-main/services/crypto';
import type { Roster } from '../../../src-main/services/exchange';
import { uniqueNames, withSuffix } from '../../../src-main/services/organiser';
import { ATTACHMENT_LIMITS } from '../../../src-shared/domain/attachment';
import type { AttachmentImportEntry } from '../../../src-shared/ipc/organiser-attachments-contract';
import type { CheckedAttachment } from '../../../src-shared/organiser';
import { demoApplications } from '../../../src-shared/demo/demo-applications';
import { exeBytes, minimalDocx, samplePdf } from './attachment-files';
import { anna, bo, cecilia, reviewedApplications, round } from './helpers';

const ORIGIN = 'http://127.0.0.1:1';

let dir: string;
let core: Core;
let dialogs: DialogQueue;

async function call<T>(channel: string, request: unknown): Promise<T> {
  const res = await core.dispatch(channel, request, { url: `${ORIGIN}/`, isMainFrame: true });
  if (!res.ok) throw new Error(`${res.error.code}: ${res.error.message}`);
  return res.value as T;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'juryrum-attachments-'));
  dialogs = new DialogQueue();
  core = createCore({
    dataDir: join(dir, 'data'),
    shell: 'harness',
    appOrigin: ORIGIN,
    dialogs,
    emit: () => undefined,
    kdfCost: TEST_KDF,
    logError: (channel, error) => {
      throw new Error(`${channel}: ${String(error)}`);
    },
  });
  await core.vault.create({
    passphrase: 'en lång lösenfras för testet',
    name: 'Olle',
    organisation: '',
  });
});

afterEach(async () => {
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

const tallmora = demoApplications()[0];

/** The add request for app-01 with nothing attached yet. */
function addRequest(source: unknown, existing: unknown[] = []) {
  return {
    source,
    existing,
    application: { id: tallmora?.id, applicant: tallmora?.applicant, contacts: tallmora?.contacts },
    otherApplicants: demoApplications()
      .map((a) => a.applicant)
      .slice(1),
    review: { extraTerms: [], removedTerms: [], approved: false },
  };
}

type Added = {
  status: string;
  added: CheckedAttachment[];
  refused: { fileName: string; reason: string }[];
};

describe('adding attachments through IPC', () => {
  it('opens a dialog for several PDF, Word and text files and checks each one', async () => {
    const files = {
      'plan.pdf': samplePdf(),
      'protokoll.docx': minimalDocx([
        'Socialnämnden i Tallmora kommun',
        'Justerat: Ingrid Halvarsson',
      ]),
      'enkat.txt': new TextEncoder().encode('Svarsfrekvens 62 procent.\n'),
      'program.pdf': exeBytes(),
      'stor.pdf': new Uint8Array(ATTACHMENT_LIMITS.maxBytes + 1),
    };
    const paths = await Promise.all(
      Object.entries(files).map(async ([name, bytes]) => {
        await writeFile(join(dir, name), bytes);
        return join(dir, name);
      }),
    );
    dialogs.answerNext(paths);
    const res = await call<Added>('organiser:addAttachments', addRequest({ kind: 'dialog' }));
    expect(dialogs.opened[0]).toMatchObject({ kind: 'open', options: { multiple: true } });
    expect(res.added.map((a) => [a.meta.id, a.meta.name, a.meta.kind])).toEqual([
      ['bilaga-1', 'plan.pdf', 'pdf'],
      ['bilaga-2', 'protokoll.docx', 'docx'],
      ['bilaga-3', 'enkat.txt', 'txt'],
    ]);
    const [pdf, docx, txt] = res.added;
    expect(pdf?.scan).toBeNull();
    expect(docx?.scan?.findings.map((f) => f.kind)).toEqual(
      expect.arrayContaining(['applicant', 'person']),
    );
    expect(txt?.scan).toEqual({ findings: [], more: false, partial: false });
    expect(res.refused).toEqual([
      { fileName: 'program.pdf', reason: 'UNSUPPORTED_TYPE' },
      { fileName: 'stor.pdf', reason: 'TOO_LARGE' },
    ]);
  });

  it('takes dropped bytes through the same check, against what the application has', async () => {
    const first = await call<Added>(
      'organiser:addAttachments',
      addRequest({ kind: 'dropped', files: [{ name: 'plan.pdf', data: toB64url(samplePdf()) }] }),
    );
    const existing = first.added.map((a) => a.meta);
    const again = await call<Added>(
      'organiser:addAttachments',
      addRequest(
        {
          kind: 'dropped',
          files: [
            { name: 'kopia.pdf', data: toB64url(samplePdf()) },
            { name: 'fel.txt', data: toB64url(samplePdf('annan')) },
          ],
        },
        existing,
      ),
    );
    expect(again.added).toEqual([]);
    expect(again.refused.map((r) => r.reason)).toEqual(['DUPLICATE', 'NAME_MISMATCH']);
    expect(dialogs.opened).toEqual([]);
  });

  it('refuses oversized dropped data at the contract', async () => {
    const res = await core.dispatch(
      'organiser:addAttachments',
      addRequest({
        kind: 'dropped',
        files: [
          { name: 'x.pdf', data: 'A'.repeat(Math.ceil((ATTACHMENT_LIMITS.maxBytes * 4) / 3) + 4) },
        ],
      }),
      { url: `${ORIGIN}/`, isMainFrame: true },
    );
    expect(res.ok === false && res.error.code).toBe('BAD_REQUEST');
  });

  it('gives the demo attachments with the demo organiser decisions', async () => {
    const res = await call<{
      applications: {
        applicationId: string;
        attachments: { checked: CheckedAttachment; anonymisedOk: boolean }[];
      }[];
    }>('organiser:demoAttachments', {});
    expect(
      res.applications.map((a) => [
        a.applicationId,
        a.attachments.map((x) => [x.checked.meta.kind, x.anonymisedOk]),
      ]),
    ).toEqual([
      [
        'app-01',
        [
          ['pdf', true],
          ['txt', false],
        ],
      ],
      ['app-03', [['txt', true]]],
    ]);
    const minutes = res.applications[0]?.attachments[1]?.checked.scan;
    expect(minutes?.findings.length).toBeGreaterThan(0);
  });
});

describe('application JSON with attachments', () => {
  async function jsonImport(): Promise<string> {
    const folder = join(dir, 'ansokningar');
    await mkdir(join(folder, 'bilagor'), { recursive: true });
    await writeFile(join(folder, 'bilagor', 'plan.pdf'), samplePdf());
    await writeFile(join(folder, 'bilagor', 'enkat.txt'), 'Svarsfrekvens 62 procent.\n');
    await writeFile(join(folder, 'bilagor', 'program.pdf'), exeBytes());
    await writeFile(join(dir, 'hemlig.txt'), 'Något som inte ska med.\n');
    await symlink(join(dir, 'hemlig.txt'), join(folder, 'bilagor', 'lank.txt'));
    const path = join(folder, 'ansokningar.json');
    await writeFile(
      path,
      JSON.stringify({
        applications: [
          {
            id: 'a1',
            applicant: 'Tallmora kommun',
            attachments: [
              { file: 'bilagor/plan.pdf' },
              { file: '../hemlig.txt' },
              { file: '/etc/passwd' },
              { file: 'C:\\Windows\\win.ini' },
              { file: 'bilagor/saknas.txt' },
              { file: 'bilagor/lank.txt' },
            ],
          },
          { id: 'a2', applicant: '', attachments: [{ file: 'bilagor/plan.pdf' }] },
          {
            id: 'a3',
            applicant: 'Norrlinge kommun',
            attachments: [{ file: 'bilagor\\enkat.txt' }, 'bilagor/program.pdf'],
          },
        ],
      }),
    );
    return path;
  }

  it('reads listed files inside the JSON folder only, with one report entry each', async () => {
    dialogs.answerNext(await jsonImport());
    const res = await call<{
      status: string;
      applications: { id: string }[];
      attachments: { applicationId: string; items: CheckedAttachment[] }[];
      attachmentReport: AttachmentImportEntry[];
    }>('organiser:readImportFile', { existingIds: [], existingApplicants: [] });
    expect(res.status).toBe('json');
    expect(res.applications.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(res.attachmentReport.map((e) => [e.row, e.applicationId, e.file, e.reason])).toEqual([
      [1, 'a1', 'bilagor/plan.pdf', null],
      [1, 'a1', '../hemlig.txt', 'UNSAFE_PATH'],
      [1, 'a1', '/etc/passwd', 'UNSAFE_PATH'],
      [1, 'a1', 'C:\\Windows\\win.ini', 'UNSAFE_PATH'],
      [1, 'a1', 'bilagor/saknas.txt', 'MISSING'],
      [1, 'a1', 'bilagor/lank.txt', 'UNSAFE_PATH'],
      [3, 'a3', 'bilagor\\enkat.txt', null],
      [3, 'a3', 'bilagor/program.pdf', 'UNSUPPORTED_TYPE'],
    ]);
    expect(res.attachments.map((a) => [a.applicationId, a.items.map((i) => i.meta.name)])).toEqual([
      ['a1', ['plan.pdf']],
      ['a3', ['enkat.txt']],
    ]);
  });

  it('a dropped JSON file has no folder: its attachments are reported, not read', async () => {
    const bytes = await readFile(await jsonImport());
    const res = await call<{
      status: string;
      attachments: unknown[];
      attachmentReport: AttachmentImportEntry[];
    }>('organiser:readImportFile', {
      existingIds: [],
      existingApplicants: [],
      dropped: { name: 'ansokningar.json', data: toB64url(bytes) },
    });
    expect(res.status).toBe('json');
    expect(res.attachments).toEqual([]);
    expect(new Set(res.attachmentReport.map((e) => e.reason))).toEqual(new Set(['NO_FOLDER']));
    expect(dialogs.opened).toEqual([]);
  });

  it('a dropped CSV is read like a picked one', async () => {
    const csv = await readFile(
      join(import.meta.dirname, '../../fixtures/import/applications-9-semicolon.csv'),
    );
    const res = await call<{ status: string; fileName: string; table: { rows: unknown[] } }>(
      'organiser:readImportFile',
      {
        existingIds: [],
        existingApplicants: [],
        dropped: { name: 'C:\\x\\ansokningar.csv', data: toB64url(csv) },
      },
    );
    expect(res.status).toBe('table');
    expect(res.fileName).toBe('ansokningar.csv');
    expect(res.table.rows).toHaveLength(9);
  });
});

describe('issuing to a folder', () => {
  it('never replaces a file: names already taken get -2, -3', async () => {
    expect(withSuffix('paket.juryrum', 2)).toBe('paket-2.juryrum');
    const taken = new Set(['a.juryrum', 'a-2.juryrum']);
    expect(
      await uniqueNames(['a.juryrum', 'b.juryrum', 'B.juryrum', 'a.juryrum'], (n) =>
        Promise.resolve(taken.has(n)),
      ),
    ).toEqual(['a-3.juryrum', 'b.juryrum', 'B-2.juryrum', 'a-4.juryrum']);
  });

  it('a second issue into the same folder keeps the first files as they were', async () => {
    let { roster } = await call<{ roster: Roster }>('organiser:createRoster', {
      award: round.award,
      roundId: round.id,
    });
    const cards = [anna, bo, cecilia].map((_, i) => join(dir, `kort-${i}.juryrum-id`));
    await Promise.all(
      [anna, bo, cecilia].map((p, i) => writeFile(cards[i] ?? '', createIdentityCard(p))),
    );
    dialogs.answerNext(cards);
    roster = (
      await call<{ roster: Roster }>('organiser:enrolCards', { roster, issuedRosterVersion: null })
    ).roster;
    roster = (
      await call<{ roster: Roster }>('organiser:editRoster', {
        roster,
        issuedRosterVersion: null,
        edit: { op: 'setChair', jurorId: 'j-cecilia-stahl' },
      })
    ).roster;
    const out = join(dir, 'paket');
    await mkdir(out);
    const request = {
      roster,
      issuedRosterVersion: null,
      round,
      phaseId: 'bedomning',
      applications: reviewedApplications(),
      jurorIds: roster.jurors.map((j) => j.jurorId),
      destination: 'folder',
    };
    dialogs.answerNext(out);
    const first = await call<{ files: { fileName: string }[] }>('organiser:issuePackages', request);
    const before = await Promise.all(first.files.map((f) => readFile(join(out, f.fileName))));
    dialogs.answerNext(out);
    const second = await call<{ files: { fileName: string }[] }>(
      'organiser:issuePackages',
      request,
    );
    expect(second.files.map((f) => f.fileName)).toEqual(
      first.files.map((f) => f.fileName.replace(/\.juryrum$/, '-2.juryrum')),
    );
    expect((await readdir(out)).sort()).toEqual(
      [...first.files, ...second.files].map((f) => f.fileName).sort(),
    );
    const after = await Promise.all(first.files.map((f) => readFile(join(out, f.fileName))));
    expect(after).toEqual(before);
  });
});
