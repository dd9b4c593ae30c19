import type { StateCreator } from 'zustand';
import { call } from '../ipc/client';
import type { PackageRejection } from '../../src-shared/chair/codes';
import type { PackagePayload } from '../../src-shared/exchange/package';
import type { RoundSummary } from '../../src-shared/ipc/contract';
import { useStore } from './app-store';
import { upsertRoundIndex } from './round-index';
import { packageRepository, pinRepository, putBlob } from './chair-repository';
import type { ChairStore } from './chair-store';

/** What the last package import said (shown beside the import button). */
export type PackageNotice =
  | { readonly kind: 'rejected'; readonly reason: PackageRejection | 'IPC' | 'STORAGE' }
  | { readonly kind: 'opened'; readonly fingerprint: string; readonly firstUse: boolean };

export interface ChairPackageSlice {
  notice: PackageNotice | null;
  importingPackage: boolean;
  /** Pick the chair's own jury package, open it in main and store it. */
  importPackage: () => Promise<void>;
}

function summaryOf(p: PackagePayload): RoundSummary {
  return {
    id: p.round.id,
    award: p.round.award,
    name: p.round.name,
    year: p.round.year,
    isDemo: false,
    applicationCount: p.applications.length,
    jurorCount: p.roster.jurors.length,
    criteriaCount: p.round.criteria.length,
    chairName: p.roster.jurors.find((j) => j.role === 'chair')?.name ?? null,
    phases: p.round.phases.map((ph) => ({ id: ph.id, name: ph.name, anonymised: ph.anonymised })),
  };
}

export const chairPackageSlice: StateCreator<ChairStore, [], [], ChairPackageSlice> = (
  set,
  get,
) => ({
  notice: null,
  importingPackage: false,
  importPackage: async () => {
    set({ importingPackage: true, notice: null });
    try {
      const pins = (await pinRepository.listComplete('')).map((r) => r.value);
      const res = await call('chair:importPackage', { pins });
      if (!res.ok) {
        set({ notice: { kind: 'rejected', reason: 'IPC' } });
        return;
      }
      const v = res.value;
      if (v.status === 'cancelled') return;
      if (v.status === 'rejected') {
        set({ notice: { kind: 'rejected', reason: v.reason } });
        return;
      }
      const payload = v.package.payload;
      const roundId: string = payload.roundId;
      const phaseId: string = payload.phaseId;
      await putBlob(roundId, v.package.digest, v.bytes);
      await packageRepository.put(roundId, phaseId, {
        phaseId,
        digest: v.package.digest,
        organiserKeyId: v.package.organiserKeyId,
        organiserFingerprint: v.package.organiserFingerprint,
        rosterVersion: payload.rosterVersion,
        importedAt: new Date().toISOString(),
      });
      // First use pins the organiser's key for this round; later packages must match it.
      const pin = await pinRepository.get('', roundId);
      const phases = [
        ...(pin?.phases ?? []).filter((p) => p.phaseId !== phaseId),
        { phaseId, rosterVersion: payload.rosterVersion },
      ];
      await pinRepository.put('', roundId, {
        roundId,
        organiserKeyId: v.package.organiserKeyId,
        phases,
      });
      await upsertRoundIndex(summaryOf(payload), 'chair');
      set({
        notice: {
          kind: 'opened',
          fingerprint: v.package.organiserFingerprint,
          firstUse: !v.package.pinned,
        },
      });
      const app = useStore.getState();
      await app.loadRounds();
      if (roundId !== get().roundId) {
        // The package belongs to another round: open that round's chair workspace.
        app.choose(roundId, 'chair');
      } else {
        await get().load(roundId, phaseId);
      }
    } catch {
      set({ notice: { kind: 'rejected', reason: 'STORAGE' } });
    } finally {
      set({ importingPackage: false });
    }
  },
});
