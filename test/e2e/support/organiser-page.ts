import { expect, type Locator, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIdentity, createIdentityCard } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';

/** The organiser's five steps, as their buttons are named. */
export type OrganiserStepName = 'Omgången' | 'Ansökningar' | 'Anonymisering' | 'Jury' | 'Jurypaket';

/** Page object for the organiser workspace. */
export class OrganiserPage {
  constructor(private readonly page: Page) {}

  get steps(): Locator {
    return this.page.getByRole('navigation', { name: 'Arrangörens arbetssteg' });
  }

  /** Move to a step and wait for its heading (which takes focus). */
  async goTo(step: OrganiserStepName): Promise<void> {
    await this.steps.getByRole('button', { name: new RegExp(`^\\d\\. ${step}(\\s|$)`) }).click();
    const heading = this.page.getByRole('heading', {
      level: 2,
      name: step === 'Jurypaket' ? 'Jurypaket' : step,
      exact: true,
    });
    await expect(heading).toBeFocused();
  }

  /** "New round" from the template (or empty), with a name; the round editor opens. */
  async createRound(
    name: string,
    start: 'template' | 'scratch' | { copyOf: string } = 'template',
    whileOpen?: () => Promise<void>,
  ): Promise<void> {
    const p = this.page;
    await p.getByRole('button', { name: 'Ny omgång', exact: true }).click();
    await expect(p.getByRole('heading', { level: 2, name: 'Skapa en ny omgång' })).toBeFocused();
    const form = p.locator('form.organiser-new-round');
    const radio =
      start === 'template'
        ? /Mallen för Sveriges eHälsokommun/
        : start === 'scratch'
          ? 'En tom omgång'
          : 'En tidigare omgång i ditt valv';
    await form.getByRole('radio', { name: radio }).check();
    if (typeof start === 'object') {
      await form.getByLabel('Tidigare omgång att kopiera').selectOption({ label: start.copyOf });
    }
    await form.getByLabel('Namn på omgången').fill(name);
    await whileOpen?.();
    await form.getByRole('button', { name: 'Skapa omgången' }).click();
    await expect(p.getByRole('heading', { level: 1, name: `${name} – Arrangör` })).toBeVisible();
    await expect(p.getByRole('heading', { level: 2, name: 'Omgången', exact: true })).toBeFocused();
  }

  /** The criterion cards, in order. */
  criteria(): Locator {
    return this.page.locator('.organiser-criteria > li');
  }

  /** Drag a criterion by its handle (mouse only) onto another one's heading. */
  async dragCriterion(from: number, to: number): Promise<void> {
    const source = this.criteria().nth(from).locator('.drag-handle');
    const target = this.criteria().nth(to).locator('h4');
    await source.hover();
    await this.page.mouse.down();
    const box = await target.boundingBox();
    if (!box) throw new Error('the target criterion is not visible');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
    await this.page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2, { steps: 2 });
    await this.page.mouse.up();
  }

  /**
   * Drop files on an element as a mouse user would (a drop event with the
   * files in its DataTransfer), e.g. on the attachments list or the import area.
   */
  async dropFiles(
    target: Locator,
    files: readonly { name: string; bytes: Uint8Array; type?: string }[],
  ): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      (list) => {
        const dt = new DataTransfer();
        for (const f of list)
          dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
        return dt;
      },
      files.map((f) => ({ name: f.name, type: f.type ?? '', bytes: [...f.bytes] })),
    );
    await target.dispatchEvent('dragover', { dataTransfer });
    await target.dispatchEvent('drop', { dataTransfer });
  }

  /** The criterion headings' texts, e.g. "1. L · Ledning". */
  async criterionHeadings(): Promise<string[]> {
    return this.criteria().locator('h4').allInnerTexts();
  }
}

/** Jurors with real keys, and their identity cards written to `dir`. */
export function writeIdentityCards(
  dir: string,
  people: readonly { name: string; organisation: string }[],
): { identity: Identity; path: string }[] {
  return people.map((person, i) => {
    const identity = createIdentity(person.name, person.organisation);
    const path = join(dir, `kort-${i + 1}.juryrum-id`);
    writeFileSync(path, createIdentityCard(identity));
    return { identity, path };
  });
}
