import type { StateCreator } from 'zustand';
import { call } from '../ipc/client';
import type { EXPORT_REJECTIONS, PACKAGE_REJECTIONS } from '../../src-shared/chair/codes';
import { emptyDeliberation } from '../../src-shared/chair/deliberation';
import type { Deliberation } from '../../src-shared/chair/deliberation';
import { useStore } from './app-store';
import { deliberationRepository } from './chair-repository';
import { packageRef } from './chair-load';
import type { ChairStore } from './chair-store';

export type ExportState =
  | { readonly status: 'working' }
  | {
      readonly status: 'saved';
      readonly fileName: string;
      readonly digest: string;
      readonly inputs: number;
    }
  | {
      readonly status: 'rejected';
      readonly reason:
        (typeof PACKAGE_REJECTIONS)[number] | (typeof EXPORT_REJECTIONS)[number] | 'IPC';
    };

export interface ChairDeliberationSlice {
  deliberation: Deliberation;
  exportState: ExportState | null;
  /** Change the deliberation; it is saved shortly after, like every edit. */
  updateDeliberation: (change: (d: Deliberation) => Deliberation) => void;
  /** Ask main to build, sign and save the result (main opens the save dialog). */
  exportResult: () => Promise<void>;
}

const SAVE_DELAY_MS = 400;

export const chairDeliberationSlice: StateCreator<ChairStore, [], [], ChairDeliberationSlice> = (
  set,
  get,
) => {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Writes are chained, so the last edit always lands last.
  let writes: Promise<void> = Promise.resolve();

  function scheduleSave(): void {
    const { roundId, pkg } = get();
    if (roundId === null || pkg === null) return;
    const phaseId = pkg.record.phaseId;
    const setSaveState = useStore.getState().setSaveState;
    setSaveState('saving');
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      const deliberation = get().deliberation;
      writes = writes
        .then(() => deliberationRepository.put(roundId, phaseId, { phaseId, deliberation }))
        .then(
          () => setSaveState('saved'),
          () => setSaveState('error'),
        );
    }, SAVE_DELAY_MS);
  }

  return {
    deliberation: emptyDeliberation(),
    exportState: null,
    updateDeliberation: (change) => {
      set({ deliberation: change(get().deliberation), exportState: null });
      scheduleSave();
    },
    exportResult: async () => {
      const { pkg, entries, blobs, decisions, deliberation } = get();
      if (pkg === null) return;
      set({ exportState: { status: 'working' } });
      const files = entries.flatMap((e) => {
        const b = blobs.get(e.digest);
        return b === undefined ? [] : [b];
      });
      const res = await call('chair:exportResult', {
        package: packageRef(pkg.record, pkg.bytes),
        files,
        decisions: decisions.map((d) => ({
          jurorId: d.jurorId,
          revision: d.revision,
          digest: d.digest,
        })),
        deliberation,
      });
      if (!res.ok) {
        set({ exportState: { status: 'rejected', reason: 'IPC' } });
        return;
      }
      const v = res.value;
      if (v.status === 'cancelled') set({ exportState: null });
      else if (v.status === 'rejected')
        set({ exportState: { status: 'rejected', reason: v.reason } });
      else
        set({
          exportState: {
            status: 'saved',
            fileName: v.fileName,
            digest: v.digest,
            inputs: v.inputs,
          },
        });
    },
  };
};
