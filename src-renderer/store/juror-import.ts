import type { StateCreator } from 'zustand';
import type { OpenedPackageResponse, PackageRefusal } from '../../src-shared/ipc/juror-contract';
import { isChairIn, pinScope, roundSummaryOf } from '../../src-shared/juror';
import { call } from '../ipc/client';
import { useStore } from './app-store';
import { listRoundIndex, upsertRoundIndex } from './round-index';
import { jurorPackages, jurorPins, PIN_ROUND, pinLocalId } from './juror-records';
import { storePackage } from './juror-package-file';
import type { JurorStore } from './juror-store';

/** What the last import did, for the message beside the import button. */
export type ImportNotice =
  | { kind: 'refused'; reason: PackageRefusal | 'STORAGE' }
  | {
      kind: 'imported';
      phaseName: string;
      applications: number;
      rosterVersion: number;
      roundName: string;
    }
  | { kind: 'already' };

export type ImportSource = { kind: 'dialog' } | { kind: 'bytes'; data: string };

export interface ImportSlice {
  /** A verified first package of an award, waiting for the fingerprint check. */
  pending: OpenedPackageResponse | null;
  importNotice: ImportNotice | null;
  importBusy: boolean;
  importPackage: (source: ImportSource) => Promise<void>;
  tryDemoPackage: () => Promise<void>;
  confirmPending: () => Promise<void>;
  cancelPending: () => void;
  refuseImport: (reason: PackageRefusal) => void;
}

/** Highest roster version per round the juror already has (for ROSTER_OUTDATED). */
async function knownRosters(): Promise<{ roundId: string; rosterVersion: number }[]> {
  const rounds = (await listRoundIndex()).filter((e) => e.roles.includes('juror'));
  const out: { roundId: string; rosterVersion: number }[] = [];
  for (const entry of rounds.slice(0, 1_000)) {
    const stored = await jurorPackages.listComplete(entry.summary.id);
    const max = Math.max(0, ...stored.map((s) => s.value.rosterVersion));
    if (max > 0) out.push({ roundId: entry.summary.id, rosterVersion: max });
  }
  return out;
}

/** Every pinned organiser key, as main needs them to open a package. */
async function pinsForMain(): Promise<{ scope: string; organiserKeyId: string }[]> {
  const pins = await jurorPins.listComplete(PIN_ROUND);
  return pins.map((p) => ({ scope: p.value.scope, organiserKeyId: p.value.organiserKeyId }));
}

export const importSlice: StateCreator<JurorStore, [], [], ImportSlice> = (set, get) => {
  /**
   * Store a verified package: the pin first (when new), then the package
   * (its file in the blob store, then its record), then the round index.
   * Nothing is stored before the package verified and, on a first import,
   * before the juror confirmed the fingerprint.
   */
  async function commit(opened: OpenedPackageResponse, confirmedPin: boolean): Promise<void> {
    const { payload } = opened;
    const scope = pinScope(payload.award, payload.roundId);
    if (confirmedPin) {
      await jurorPins.put(PIN_ROUND, pinLocalId(scope), {
        scope,
        organiserKeyId: opened.organiserKeyId,
        fingerprint: opened.organiserFingerprint,
        organiserName: payload.roster.organiser.name,
        pinnedAt: Date.now(),
      });
    }
    await storePackage(
      payload.roundId,
      {
        phaseId: payload.phaseId,
        rosterVersion: payload.rosterVersion,
        digest: opened.digest,
        award: payload.award,
        pinScope: scope,
        importedAt: Date.now(),
      },
      opened.packageFile,
    );
    const summary = roundSummaryOf(payload);
    await upsertRoundIndex(summary, 'juror');
    if (isChairIn(payload)) await upsertRoundIndex(summary, 'chair');
    const app = useStore.getState();
    void app.loadRounds();
    const notice: ImportNotice = {
      kind: 'imported',
      phaseName: payload.phase.name,
      applications: payload.applications.length,
      rosterVersion: payload.rosterVersion,
      roundName: payload.round.name,
    };
    if (payload.roundId !== get().roundId) {
      // Another round: open it; its workspace loads what was just stored.
      app.choose(payload.roundId, 'juror');
    }
    await get().load(payload.roundId);
    set({ importNotice: notice, phaseId: payload.phaseId });
  }

  async function handle(opened: OpenedPackageResponse): Promise<void> {
    const existing = await jurorPackages.get(opened.payload.roundId, opened.payload.phaseId);
    if (existing?.digest === opened.digest) {
      set({ importNotice: { kind: 'already' } });
      return;
    }
    if (!opened.pinned) {
      set({ pending: opened });
      return;
    }
    await commit(opened, false);
  }

  async function run(work: () => Promise<void>): Promise<void> {
    set({ importBusy: true, importNotice: null, pending: null });
    try {
      await work();
    } catch {
      set({ importNotice: { kind: 'refused', reason: 'STORAGE' } });
    } finally {
      set({ importBusy: false });
    }
  }

  return {
    pending: null,
    importNotice: null,
    importBusy: false,
    importPackage: (source) =>
      run(async () => {
        const res = await call('juror:importPackage', {
          source,
          pins: await pinsForMain(),
          rosters: await knownRosters(),
        });
        if (!res.ok) {
          set({ importNotice: { kind: 'refused', reason: 'STORAGE' } });
          return;
        }
        const value = res.value;
        if (value.status === 'cancelled') return;
        if (value.status === 'refused') {
          set({ importNotice: { kind: 'refused', reason: value.reason } });
          return;
        }
        await handle(value);
      }),
    tryDemoPackage: () =>
      run(async () => {
        const res = await call('juror:demoPackage', { pins: await pinsForMain() });
        if (!res.ok) set({ importNotice: { kind: 'refused', reason: 'STORAGE' } });
        else if (res.value.status === 'refused') {
          set({ importNotice: { kind: 'refused', reason: res.value.reason } });
        } else await handle(res.value);
      }),
    confirmPending: () => {
      const opened = get().pending;
      if (opened === null) return Promise.resolve();
      return run(() => commit(opened, true));
    },
    cancelPending: () => set({ pending: null, importNotice: null }),
    refuseImport: (reason) => set({ importNotice: { kind: 'refused', reason }, pending: null }),
  };
};
