import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import type { AppHandle } from './support/fixtures';
import { JurorPage, attachmentOf, craftPackage, demoIdentities } from './support/juror-page';
import { openDemoAs } from './support/pages';
import { writeDemo } from '../../src-main/services/demo/write-demo';
import { toB64url } from '../../src-main/services/crypto';
import { openPackage } from '../../src-main/services/exchange';
import { minimalPdf } from '../fixtures/attachments/pdf';

/*
 * How the juror keeps jury packages: in chunks of the blob store, so that
 * packages of tens of MB (long texts, attachments) fit; and records written
 * before that, with the file inline, still open.
 */

const PDF = minimalPdf([['Bilaga om digitala ombud'], ['Sida två']]);

function fail(): never {
  throw new Error('missing demo identity');
}

/** A long text file of about `bytes` bytes, in paragraphs of some 1 000 characters. */
function longText(title: string, bytes: number): Uint8Array {
  const paragraph =
    'Hemtjänsten i Övertorneå följer upp tjänsten varje vecka med brukarna. '.repeat(14);
  const count = Math.floor(bytes / (paragraph.length + 2));
  return new TextEncoder().encode(`${title}\n\n${`${paragraph}\n\n`.repeat(count)}`);
}

/** Record ids of blob chunks holding a juror's package file. */
async function packageChunks(juror: JurorPage): Promise<string[]> {
  return (await juror.storedRecords())
    .map(([id]) => id)
    .filter((id) => id.includes('|blob-chunk|juror-package:'));
}

/** Open an attachment of the application `appId` by clicking, from the list. */
async function openAttachment(app: AppHandle, appId: string, name: string): Promise<void> {
  await app.page.locator(`[data-app="${appId}"]`).click();
  await app.page.getByRole('button', { name }).click();
}

test.describe('juror package storage', () => {
  test.skip(({ app }) => !app.harness, 'needs the harness dialog hook to choose files');

  test('a 20 MB package is stored in chunks, survives a reload, verifies again and is replaced cleanly', async ({
    app,
  }) => {
    test.setTimeout(420_000);
    const { page } = app;
    const demo = join(app.dataDir, 'demo');
    await writeDemo(demo);
    const ids = await demoIdentities(demo);
    const juror = new JurorPage(app, demo);
    await juror.becomeDemoJuror('juror-2');

    const appIds: string[] = [];
    const big = (rosterVersion: number, withBig: boolean): Uint8Array =>
      craftPackage(demo, ids, {
        jurorId: 'juror-2',
        rosterVersion,
        edit: (apps) =>
          apps.map((a, i) => {
            appIds[i] = a.id;
            if (i > 1) return a;
            const attachments = withBig
              ? [
                  attachmentOf(
                    `stor-${i}`,
                    `bilaga-${i}.txt`,
                    'txt',
                    longText(`Bilaga ${i}`, 4_300_000),
                  ),
                ]
              : [
                  attachmentOf(
                    `liten-${i}`,
                    `liten-${i}.txt`,
                    'txt',
                    longText(`Liten ${i}`, 5_000),
                  ),
                ];
            return {
              ...a,
              attachments: [...attachments, attachmentOf('pdf', 'ombud.pdf', 'pdf', PDF)],
            };
          }),
      });
    const bytes = big(1, true);
    expect(bytes.length).toBeGreaterThan(19_000_000);
    const path = join(app.dataDir, 'stor.juryrum');
    writeFileSync(path, bytes);
    await juror.importFile(path, true);
    await page
      .getByRole('button', { name: 'Fingeravtrycket stämmer – importera' })
      .click({ timeout: 120_000 });
    await expect(juror.progress()).toHaveText('0 av 9 klara', { timeout: 120_000 });
    const chunks = await packageChunks(juror);
    expect(chunks.length).toBeGreaterThanOrEqual(6);

    // Reload (a fresh window, nothing in memory): the package is read back and verified again.
    await page.reload();
    await openDemoAs(page, 'Jurymedlem');
    await expect(juror.progress()).toHaveText('0 av 9 klara', { timeout: 120_000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    await openAttachment(app, appIds[1] ?? '', 'bilaga-1.txt');
    const viewer = page.getByRole('region', { name: 'Bilaga: bilaga-1.txt' });
    await expect(viewer.locator('.attachment-text p').nth(1)).toHaveText('Bilaga 1', {
      timeout: 120_000,
    });
    await expect(viewer.getByText('Texten är mycket lång.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'ombud.pdf' }).click();
    await expect(
      page
        .getByRole('region', { name: 'Bilaga: ombud.pdf' })
        .getByRole('img', { name: 'Sida 1 av 2' }),
    ).toBeVisible({ timeout: 120_000 });

    // A newer package for the same phase replaces the file; the old chunks are removed.
    const newer = join(app.dataDir, 'nyare.juryrum');
    writeFileSync(newer, big(2, false));
    await page.getByRole('button', { name: 'Alla ansökningar' }).first().click();
    await juror.importFile(newer, false);
    await expect(page.getByText(/juryförteckning version 2/).first()).toBeVisible({
      timeout: 120_000,
    });
    const after = await packageChunks(juror);
    expect(after.length).toBe(1);
    expect(after.some((id) => chunks.includes(id))).toBe(false);
    await openAttachment(app, appIds[0] ?? '', 'liten-0.txt');
    await expect(
      page
        .getByRole('region', { name: 'Bilaga: liten-0.txt' })
        .locator('.attachment-text p')
        .first(),
    ).toHaveText('Liten 0');
  });

  test('a package kept inline in its record (as stored before chunking) still opens and verifies', async ({
    app,
  }) => {
    test.setTimeout(180_000);
    const { page } = app;
    const demo = join(app.dataDir, 'demo');
    await writeDemo(demo);
    const ids = await demoIdentities(demo);
    const juror = new JurorPage(app, demo);
    await juror.becomeDemoJuror('juror-2');
    const bytes = craftPackage(demo, ids, {
      jurorId: 'juror-2',
      edit: (apps) =>
        apps.map((a, i) =>
          i === 0 ? { ...a, attachments: [attachmentOf('pdf', 'ombud.pdf', 'pdf', PDF)] } : a,
        ),
    });
    const path = join(app.dataDir, 'paket.juryrum');
    writeFileSync(path, bytes);
    const firstId = openPackage(bytes, { me: ids.get('juror-2') ?? fail() }).payload.applications[0]
      ?.id;
    await juror.importFile(path, true);
    await page.getByRole('button', { name: 'Fingeravtrycket stämmer – importera' }).click();
    await expect(juror.progress()).toHaveText('0 av 9 klara');

    // Rewrite the package record the old way: the file inline, no chunks.
    const rows = await juror.storedRecords();
    const [recordId, sealed] = rows.find(([id]) => id.endsWith('|juror-package|bedomning')) ?? [];
    if (recordId === undefined || sealed === undefined) throw new Error('no package record');
    const type = { type: 'juror-package', schemaVersion: 1 };
    const opened = (await app.invokeRaw('records:open', {
      records: [{ id: recordId, ...type, sealed }],
    })) as { value: { records: { content: Record<string, unknown> }[] } };
    const { packageBlob, ...facts } = opened.value.records[0]?.content ?? {};
    expect(packageBlob).toMatchObject({ key: expect.stringMatching(/^juror-package:bedomning:/) });
    const resealed = (await app.invokeRaw('records:seal', {
      records: [{ id: recordId, ...type, content: { ...facts, packageFile: toB64url(bytes) } }],
    })) as { value: { records: { sealed: string }[] } };
    const chunks = await packageChunks(juror);
    expect(chunks.length).toBeGreaterThan(0);
    await juror.rewriteRecords(
      [{ id: recordId, sealed: resealed.value.records[0]?.sealed ?? '' }],
      chunks,
    );
    expect(await packageChunks(juror)).toEqual([]);

    await page.reload();
    await openDemoAs(page, 'Jurymedlem');
    await expect(juror.progress()).toHaveText('0 av 9 klara');
    await openAttachment(app, firstId ?? '', 'ombud.pdf');
    await expect(
      page
        .getByRole('region', { name: 'Bilaga: ombud.pdf' })
        .getByRole('img', { name: 'Sida 1 av 2' }),
    ).toBeVisible();

    // A newer package replaces the inline one with a chunked one.
    const newer = join(app.dataDir, 'nyare.juryrum');
    writeFileSync(newer, craftPackage(demo, ids, { jurorId: 'juror-2', rosterVersion: 2 }));
    await page.getByRole('button', { name: 'Alla ansökningar' }).first().click();
    await juror.importFile(newer, false);
    await expect(page.getByText(/juryförteckning version 2/).first()).toBeVisible();
    expect((await packageChunks(juror)).length).toBeGreaterThan(0);
  });
});
