import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { Dexie } from 'dexie';
import { useAutosave } from '../../../src-renderer/hooks/useAutosave';
import { flushPendingSaves } from '../../../src-renderer/store/pending-saves';
import { initialStoreState, useStore } from '../../../src-renderer/store/app-store';
import { call } from '../../../src-renderer/ipc/client';
import { databaseName } from '../../../src-renderer/db/database';
import { closeVaultDb, openVaultDb } from '../../../src-renderer/db/vault-db';
import { notesRepository } from '../../../src-renderer/store/notes-repository';
import { NotesPanel } from '../../../src-renderer/components/workspace/NotesPanel';
import { bridgeRealCore, type BridgedCore } from '../support/core-bridge';

/*
 * Autosave never drops the edit waiting out its delay: it is saved when the
 * component unmounts and when the vault is locked from the app.
 */

let root: Root | null = null;
let host: HTMLElement;

function render(node: React.ReactNode): void {
  act(() => {
    root ??= createRoot(host);
    root.render(node);
  });
}

function unmount(): void {
  act(() => root?.unmount());
  root = null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  useStore.setState(initialStoreState, true);
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  if (root) unmount();
  host.remove();
});

describe('useAutosave (hook)', () => {
  function Editor({ value, saved }: { value: string; saved: string[] }): null {
    useAutosave(value, async (v) => {
      saved.push(v);
      await Promise.resolve();
    });
    return null;
  }

  it('saves the pending edit at once on unmount instead of dropping it', async () => {
    const saved: string[] = [];
    render(<Editor value="a" saved={saved} />);
    render(<Editor value="ab" saved={saved} />);
    render(<Editor value="abc" saved={saved} />);
    expect(saved).toEqual([]);
    unmount();
    await act(() => sleep(0));
    expect(saved).toEqual(['abc']);
    // The cancelled timer does not save a second time.
    await act(() => sleep(400));
    expect(saved).toEqual(['abc']);
    expect(useStore.getState().saveState).toBe('saved');
  });

  it('still waits for typing to pause, and saves the newest value once', async () => {
    const saved: string[] = [];
    render(<Editor value="a" saved={saved} />);
    render(<Editor value="ab" saved={saved} />);
    await act(() => sleep(100));
    render(<Editor value="abc" saved={saved} />);
    await act(() => sleep(100));
    expect(saved).toEqual([]);
    expect(useStore.getState().saveState).toBe('saving');
    await act(() => sleep(400));
    expect(saved).toEqual(['abc']);
    unmount();
    await act(() => sleep(0));
    expect(saved).toEqual(['abc']);
  });

  it('flushPendingSaves (used by lock) runs a pending save now, once', async () => {
    const saved: string[] = [];
    render(<Editor value="a" saved={saved} />);
    render(<Editor value="ab" saved={saved} />);
    await act(() => flushPendingSaves());
    expect(saved).toEqual(['ab']);
    await act(() => sleep(400));
    expect(saved).toEqual(['ab']);
  });
});

describe('NotesPanel with the real vault', () => {
  const PASSPHRASE = 'tio tecken minst och lite till';
  let bridged: BridgedCore;
  let vaultId = '';

  beforeEach(async () => {
    bridged = await bridgeRealCore();
    const made = await call('vault:create', {
      passphrase: PASSPHRASE,
      name: 'Åsa Andersson',
      organisation: 'Region Norr',
      useKeychain: false,
    });
    if (!made.ok || made.value.vaultId === null) throw new Error('vault:create failed');
    vaultId = made.value.vaultId;
    await useStore.getState().setVaultStatus(made.value);
    await notesRepository.put('round-1', 'juror', { text: 'Sparad sedan tidigare' });
  });

  afterEach(async () => {
    if (root) unmount();
    closeVaultDb();
    await Dexie.delete(databaseName(vaultId));
    await bridged.close();
  });

  async function shownNotes(): Promise<HTMLTextAreaElement> {
    render(<NotesPanel roundId="round-1" scope="juror" />);
    for (let i = 0; i < 50; i++) {
      const field = host.querySelector('textarea');
      if (field && !field.disabled) return field;
      await act(() => sleep(10));
    }
    throw new Error('the notes field never became editable');
  }

  function type(field: HTMLTextAreaElement, text: string): void {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    act(() => {
      setValue?.call(field, text);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  it('keeps an edit made just before navigating away', async () => {
    const field = await shownNotes();
    expect(field.value).toBe('Sparad sedan tidigare');
    type(field, 'Skrivet precis innan jag gick vidare');
    unmount();
    await act(() => flushPendingSaves());
    await act(() => sleep(50));
    expect(await notesRepository.get('round-1', 'juror')).toEqual({
      text: 'Skrivet precis innan jag gick vidare',
    });
  });

  it('keeps an edit made just before locking', async () => {
    const field = await shownNotes();
    type(field, 'Skrivet precis innan jag låste');
    await act(() => useStore.getState().lockVault());
    expect(useStore.getState().vault?.state).toBe('locked');
    unmount();

    const opened = await call('vault:unlock', { passphrase: PASSPHRASE });
    if (!opened.ok) throw new Error('vault:unlock failed');
    await openVaultDb(vaultId);
    expect(await notesRepository.get('round-1', 'juror')).toEqual({
      text: 'Skrivet precis innan jag låste',
    });
  });

  it('shows a clear message for a damaged note and leaves it as stored', async () => {
    const { currentDb } = await import('../../../src-renderer/db/vault-db');
    const row = await currentDb().records.get('round-1|note|juror');
    if (!row) throw new Error('no note stored');
    const at = Math.floor(row.sealed.length / 2);
    const sealed = `${row.sealed.slice(0, at)}${row.sealed[at] === 'A' ? 'B' : 'A'}${row.sealed.slice(at + 1)}`;
    await currentDb().records.put({ ...row, sealed });

    render(<NotesPanel roundId="round-1" scope="juror" />);
    let alert: Element | null = null;
    for (let i = 0; i < 50 && alert === null; i++) {
      await act(() => sleep(10));
      alert = host.querySelector('[role="alert"]');
    }
    expect(alert?.textContent).toBe(
      'Anteckningarna kunde inte öppnas – de kan vara skadade. Återställ från en säkerhetskopia.',
    );
    expect(host.querySelector('textarea')?.disabled).toBe(true);
    expect((await currentDb().records.get('round-1|note|juror'))?.sealed).toBe(sealed);
  });
});
