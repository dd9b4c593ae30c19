import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Dexie } from 'dexie';
import { BackupSettings } from '../../../src-renderer/components/vault/BackupSettings';
import { initialStoreState, useStore } from '../../../src-renderer/store/app-store';
import { call } from '../../../src-renderer/ipc/client';
import { databaseName } from '../../../src-renderer/db/database';
import { closeVaultDb } from '../../../src-renderer/db/vault-db';
import { notesRepository } from '../../../src-renderer/store/notes-repository';
import { readBackup } from '../../../src-main/services/vault';
import { FakeKeychain } from '../../main/vault/helpers';
import { bridgeRealCore, type BridgedCore } from '../support/core-bridge';

/*
 * The backup form of a keychain-bound vault asks for the passphrase and
 * sends it with 'backup:export' (real vault service, fake keychain backend).
 */

const PASSPHRASE = 'tio tecken minst och lite till';
let bridged: BridgedCore;
let vaultId = '';
let root: Root;
let host: HTMLElement;

beforeEach(async () => {
  useStore.setState(initialStoreState, true);
  bridged = await bridgeRealCore({ keychain: new FakeKeychain() });
  const made = await call('vault:create', {
    passphrase: PASSPHRASE,
    name: 'Åsa Andersson',
    organisation: 'Region Norr',
    useKeychain: true,
  });
  if (!made.ok || made.value.vaultId === null) throw new Error('vault:create failed');
  vaultId = made.value.vaultId;
  await useStore.getState().setVaultStatus(made.value);
  await notesRepository.put('round-1', 'juror', { text: 'Med i säkerhetskopian' });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<BackupSettings />));
});

afterEach(async () => {
  act(() => root.unmount());
  host.remove();
  closeVaultDb();
  await Dexie.delete(databaseName(vaultId));
  await bridged.close();
});

function field(label: string): HTMLInputElement {
  const found = [...host.querySelectorAll('label')].find((l) => l.textContent === label);
  const input = found ? host.querySelector(`#${CSS.escape(found.htmlFor)}`) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`no field ${label}`);
  return input;
}

function type(input: HTMLInputElement, text: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setValue?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function save(): Promise<string> {
  const button = [...host.querySelectorAll('button')].find(
    (b) => b.textContent === 'Spara säkerhetskopia',
  );
  await act(async () => {
    button?.click();
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 10));
  });
  return host.querySelector('[role="status"]')?.textContent ?? '';
}

describe('BackupSettings for a keychain-bound vault', () => {
  it('asks for the passphrase and writes a backup that opens with it alone', async () => {
    const file = join(bridged.dataDir, 'valv.juryrum-backup');

    expect(await save()).toBe('Skriv valvets lösenfras för att spara säkerhetskopian.');

    type(field('Valvets lösenfras'), 'fel lösenfras helt och hållet');
    bridged.dialogs.next.push(file);
    expect(await save()).toBe('Fel lösenfras.');
    expect(await readFile(file).catch(() => null)).toBeNull();
    bridged.dialogs.next.length = 0;

    type(field('Valvets lösenfras'), PASSPHRASE);
    bridged.dialogs.next.push(file);
    expect(await save()).toBe('Säkerhetskopian är sparad: valv.juryrum-backup');
    expect(field('Valvets lösenfras').value).toBe('');
    const contents = await readBackup(await readFile(file), PASSPHRASE);
    expect(contents.vaultHeader.keychain).toBeNull();
    expect(contents.records.map((r) => r.id)).toEqual(['round-1|note|juror']);
  });
});
