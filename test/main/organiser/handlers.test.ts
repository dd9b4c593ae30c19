import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCore } from '../../../src-main/services/core';
import type { Core } from '../../../src-main/services/core';
import { DialogQueue } from '../../../src-main/harness/dialog-queue';
import { createIdentityCard, TEST_KDF } from '../../../src-main/services/crypto';
import { openPackage } from '../../../src-main/services/exchange';
import type { Roster } from '../../../src-main/services/exchange';
import { anna, bo, cecilia, reviewedApplications, round } from './helpers';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
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
  dir = await mkdtemp(join(tmpdir(), 'juryrum-organiser-'));
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
    name: 'Olle Organisatör',
    organisation: 'Inera',
  });
});

afterEach(async () => {
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

describe('organiser IPC handlers', () => {
  it('read a 9-row semicolon CSV into a table for the mapping step', async () => {
    dialogs.answerNext(join(FIXTURES, 'import/applications-9-semicolon.csv'));
    const res = await call<{ status: string; table: { headers: string[]; rows: string[][] } }>(
      'organiser:readImportFile',
      { existingIds: [], existingApplicants: [] },
    );
    expect(res.status).toBe('table');
    expect(res.table.headers.slice(0, 2)).toEqual(['Kommun', 'Kontaktperson']);
    expect(res.table.rows).toHaveLength(9);
    expect(dialogs.opened[0]).toMatchObject({ kind: 'open' });
  });

  it('import application JSON directly, with its report', async () => {
    dialogs.answerNext(join(FIXTURES, 'import/applications-extra-fields.json'));
    const res = await call<{ status: string; applications: unknown[] }>(
      'organiser:readImportFile',
      { existingIds: [], existingApplicants: [] },
    );
    expect(res.status).toBe('json');
    expect(res.applications.length).toBeGreaterThan(0);
  });

  it('refuse bad files with a reason: huge, malformed JSON, not a table', async () => {
    const huge = join(dir, 'huge.csv');
    await writeFile(huge, '');
    await truncate(huge, 65 * 1024 * 1024);
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"applications": [');
    const utf16 = join(dir, 'unicode.txt');
    await writeFile(utf16, Buffer.from('\ufeffKommun\tLedning\n', 'utf16le'));
    const reasons: unknown[] = [];
    for (const path of [huge, broken, utf16]) {
      dialogs.answerNext(path);
      reasons.push(
        await call('organiser:readImportFile', { existingIds: [], existingApplicants: [] }),
      );
    }
    expect(reasons).toEqual([
      { status: 'failed', fileName: 'huge.csv', reason: 'TOO_LARGE' },
      { status: 'failed', fileName: 'broken.json', reason: 'MALFORMED' },
      { status: 'failed', fileName: 'unicode.txt', reason: 'UNSUPPORTED' },
    ]);
  });

  it('create a roster, enrol three cards, mark a chair, record a conflict, issue to a folder', async () => {
    const identity = await call<{ fingerprint: string }>('organiser:identity', {});
    expect(identity.fingerprint).toBe(core.vault.identity().fingerprint);
    let { roster } = await call<{ roster: Roster }>('organiser:createRoster', {
      award: round.award,
      roundId: round.id,
    });
    const cards = [anna, bo, cecilia].map((p, i) => join(dir, `kort-${i}.juryrum-id`));
    await Promise.all(
      [anna, bo, cecilia].map((p, i) => writeFile(cards[i] ?? '', createIdentityCard(p))),
    );
    dialogs.answerNext(cards);
    const enrolled = await call<{ status: string; roster: Roster }>('organiser:enrolCards', {
      roster,
      issuedRosterVersion: null,
    });
    roster = enrolled.roster;
    expect(roster.jurors).toHaveLength(3);
    for (const edit of [
      { op: 'setChair', jurorId: 'j-cecilia-stahl' },
      { op: 'addConflict', jurorId: 'j-bo-akesson', applicationId: 'app-03', reason: 'Granne' },
    ]) {
      roster = (
        await call<{ roster: Roster }>('organiser:editRoster', {
          roster,
          issuedRosterVersion: null,
          edit,
        })
      ).roster;
    }
    const out = join(dir, 'paket');
    dialogs.answerNext(out);
    const issued = await call<{ status: string; folder: string; files: { fileName: string }[] }>(
      'organiser:issuePackages',
      {
        roster,
        issuedRosterVersion: null,
        round,
        phaseId: 'bedomning',
        applications: reviewedApplications(),
        jurorIds: roster.jurors.map((j) => j.jurorId),
        destination: 'folder',
      },
    );
    expect(issued.status).toBe('issued');
    expect(issued.folder).toBe('paket');
    expect((await readdir(out)).sort()).toEqual(issued.files.map((f) => f.fileName).sort());
    const boFile = issued.files.find((f) => f.fileName.includes('bo-akesson'));
    const bytes = new Uint8Array(await readFile(join(out, boFile?.fileName ?? '')));
    const pkg = openPackage(bytes, { me: bo });
    expect(pkg.organiserKeyId).toBe(core.vault.identity().keyId);
    expect(pkg.payload.applications.map((a) => a.id)).not.toContain('app-03');
  });

  it('save one package with a save dialog, or write nothing when cancelled', async () => {
    let { roster } = await call<{ roster: Roster }>('organiser:createRoster', {
      award: round.award,
      roundId: round.id,
    });
    const cardPath = join(dir, 'c.juryrum-id');
    await writeFile(cardPath, createIdentityCard(cecilia));
    dialogs.answerNext([cardPath]);
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
    const request = {
      roster,
      issuedRosterVersion: null,
      round,
      phaseId: 'final',
      applications: reviewedApplications(false),
      jurorIds: ['j-cecilia-stahl'],
      destination: 'file',
    };
    dialogs.answerNext(null);
    expect(await call('organiser:issuePackages', request)).toEqual({ status: 'cancelled' });
    const target = join(dir, 'vald.juryrum');
    dialogs.answerNext(target);
    const res = await call<{ files: { fileName: string }[] }>('organiser:issuePackages', request);
    expect(res.files[0]?.fileName).toBe('vald.juryrum');
    const last = dialogs.opened.at(-1);
    expect(last?.kind === 'save' && last.options.defaultName).toBe(
      'juryrum-paket-demo-ehalsokommun-2026-final-cecilia-stahl.juryrum',
    );
    const pkg = openPackage(new Uint8Array(await readFile(target)), { me: cecilia });
    expect(pkg.payload.phase.anonymised).toBe(false);
  });

  it('refuse unapproved applications before any dialog opens', async () => {
    const { roster } = await call<{ roster: Roster }>('organiser:createRoster', {
      award: round.award,
      roundId: round.id,
    });
    const res = await call<{ status: string; reason: string; applicationIds: string[] }>(
      'organiser:issuePackages',
      {
        roster,
        issuedRosterVersion: null,
        round,
        phaseId: 'bedomning',
        applications: reviewedApplications(false),
        jurorIds: ['j-x'],
        destination: 'folder',
      },
    );
    expect(res.status).toBe('refused');
    expect(res.reason).toBe('UNAPPROVED');
    expect(res.applicationIds).toHaveLength(9);
    expect(dialogs.opened).toEqual([]);
  });
});
