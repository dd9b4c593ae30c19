import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { openDemoAs } from './support/pages';
import { ChairPage } from './support/chair-page';
import { JurorPage } from './support/juror-page';
import { demoFolder } from '../main/chair/demo-folder';

/*
 * One person, two roles in one vault: the demo chair (juror-1) is also a
 * juror of the round. After importing every juror's score file as chair,
 * the juror view must still show none of them: no score chosen, and no
 * comment from any score file, on the list, reading or scoring screens.
 */
test.describe('one vault, two roles', () => {
  test('the chair who is also a juror sees no imported scores or comments as a juror', async ({
    app,
  }) => {
    test.skip(!app.harness, 'needs the harness dialog hook to choose files');
    test.setTimeout(240_000);
    const { page } = app;
    const demo = await demoFolder(join(app.dataDir, 'demo'));

    // Every comment in the six score files, as the chair reads them.
    const comments = new Set<string>();
    for (const path of demo.scores) {
      const v = await demo.verified(path);
      for (const s of v.payload.scores) if (s.comment.trim() !== '') comments.add(s.comment);
      for (const o of v.payload.overallComments) comments.add(o.comment);
    }
    expect(comments.size).toBeGreaterThan(5);

    // As juror: the chair's own package, before any scoring.
    const juror = new JurorPage(app, demo.dir);
    await juror.becomeDemoJuror('juror-1');
    await juror.importFile(demo.chairPackage, true);
    await page.getByRole('button', { name: 'Fingeravtrycket stämmer – importera' }).click();
    await expect(juror.progress()).toHaveText('0 av 9 klara');

    // As chair: the same package, then all six score files.
    const chair = new ChairPage(app);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await openDemoAs(page, 'Juryordförande');
    await chair.importPackage(demo.chairPackage);
    await chair.pickScoreFiles(demo.scores);
    await expect(page.getByText('6 av 6 jurymedlemmar har lämnat in.')).toBeVisible();
    // Positive control: the chair does see the comments, in the drill-down.
    await chair.view('Ansökan');
    const chairText = await page.locator('main').innerText();
    expect([...comments].some((c) => chairText.includes(c))).toBe(true);

    // Back as juror: nothing of it, anywhere.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await openDemoAs(page, 'Jurymedlem');
    await expect(juror.progress()).toHaveText('0 av 9 klara');
    const seen: string[] = [await page.locator('main').innerText()];
    const ids = await page
      .locator('.app-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-app') ?? ''));
    expect(ids).toHaveLength(9);
    for (const id of ids) {
      await page.locator(`.app-row[data-app="${id}"]`).click();
      await expect(page.locator('#juror-app-h')).toBeVisible();
      // The scoring panel sits beside the text: no score is chosen for any criterion.
      await expect(page.locator('main input[type="radio"]:checked')).toHaveCount(0);
      seen.push(await page.locator('main').innerText());
      await page
        .getByRole('navigation', { name: 'Bläddra mellan ansökningar' })
        .getByRole('button', { name: 'Alla ansökningar' })
        .click();
      await expect(juror.progress()).toBeVisible();
    }
    for (const text of seen) {
      for (const c of comments)
        expect(text, 'a score-file comment in the juror view').not.toContain(c);
    }
    await app.screenshot('roles-juror-after-chair-import');
    await app.expectNoA11yViolations();
  });
});
