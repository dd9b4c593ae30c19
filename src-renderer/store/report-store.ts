import { create } from 'zustand';
import { call } from '../ipc/client';
import { useOrganiserStore } from './organiser-store';
import { useStore } from './app-store';
import { resultRepository, RESULT_RECORD } from './report-records';
import { toBase64url } from './organiser-blobs';
import type { StoredResult } from '../../src-shared/report/stored';
import type { ReportFormat, ResultRefusal } from '../../src-shared/report/reasons';
import { RESULT_MAX_BYTES } from '../../src-shared/exchange/constants';

/** What the last import or export said, for the step's status line. */
export type ReportMessage =
  | { kind: 'accepted' | 'replaced' | 'duplicate'; file: string }
  | { kind: 'refused'; file: string; reason: ResultRefusal }
  | { kind: 'failed'; code: string }
  | { kind: 'saved'; file: string }
  | { kind: 'noPdf' }
  | { kind: 'exportFailed'; code: string };

export interface ReportStore {
  roundId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  stored: StoredResult | null;
  busy: 'import' | ReportFormat | null;
  message: ReportMessage | null;
  load: (roundId: string) => Promise<void>;
  /** Import from main's file dialog, or a dropped file. */
  importResult: (dropped?: File) => Promise<void>;
  exportReport: (format: ReportFormat) => Promise<void>;
  reset: () => void;
}

const initial = {
  roundId: null,
  status: 'idle' as const,
  stored: null,
  busy: null,
  message: null,
};

/** Read a dropped file, at most one byte over the cap so main can refuse it as too large. */
async function droppedData(file: File): Promise<{ name: string; data: string }> {
  const bytes = new Uint8Array(await file.slice(0, RESULT_MAX_BYTES + 1).arrayBuffer());
  return { name: file.name.slice(0, 1_000) || 'resultat', data: toBase64url(bytes) };
}

/**
 * The organiser's result and report step. Main verifies every result; only
 * an accepted one is stored (sealed, one record per round), so a refused
 * file changes nothing. Exports are written by main through its save dialog.
 */
export const useReportStore = create<ReportStore>()((set, get) => ({
  ...initial,
  reset: () => set(initial),
  load: async (roundId) => {
    if (get().roundId === roundId && get().status === 'ready') return;
    set({ ...initial, roundId, status: 'loading' });
    try {
      const stored = (await resultRepository.get(roundId, RESULT_RECORD)) ?? null;
      if (get().roundId === roundId) set({ stored, status: 'ready' });
    } catch {
      if (get().roundId === roundId) set({ status: 'error' });
    }
  },
  importResult: async (dropped) => {
    const { round, roundId } = useOrganiserStore.getState();
    if (round === null || roundId === null || get().busy !== null) return;
    set({ busy: 'import', message: null });
    try {
      const previous = get().stored;
      const res = await call('report:importResult', {
        source:
          dropped === undefined
            ? { kind: 'dialog' }
            : { kind: 'dropped', file: await droppedData(dropped) },
        roster: round.roster,
        issuedRosterVersion: round.issuedRosterVersion,
        issuedRosters: round.issuedRosters,
        previous:
          previous === null
            ? null
            : { digest: previous.digest, createdAt: previous.result.createdAt },
      });
      if (!res.ok) {
        set({ message: { kind: 'failed', code: res.error.code } });
        return;
      }
      const v = res.value;
      switch (v.status) {
        case 'cancelled':
          return;
        case 'refused':
          set({ message: { kind: 'refused', file: v.fileName, reason: v.reason } });
          return;
        case 'duplicate':
          set({ message: { kind: 'duplicate', file: v.fileName } });
          return;
        case 'accepted': {
          const stored: StoredResult = {
            fileName: v.fileName,
            digest: v.digest,
            importedAt: new Date().toISOString(),
            result: v.result,
          };
          await resultRepository.put(roundId, RESULT_RECORD, stored);
          if (get().roundId === roundId) {
            set({
              stored,
              message: { kind: v.replaced ? 'replaced' : 'accepted', file: v.fileName },
            });
          }
          return;
        }
      }
    } catch (e) {
      set({ message: { kind: 'failed', code: e instanceof Error ? e.name : 'INTERNAL' } });
    } finally {
      set({ busy: null });
    }
  },
  exportReport: async (format) => {
    const { round, apps } = useOrganiserStore.getState();
    const stored = get().stored;
    if (round === null || stored === null || get().busy !== null) return;
    set({ busy: format, message: null });
    try {
      const res = await call('report:export', {
        format,
        language: useStore.getState().language,
        result: stored.result,
        digest: stored.digest,
        round: { id: round.draft.id, name: round.draft.name, year: round.draft.year },
        applications: apps.map((a) => ({
          id: a.application.id,
          applicant: a.application.applicant,
        })),
        // Names as in the roster the result was made with, if it went out.
        roster:
          round.issuedRosters.find((r) => r.rosterVersion === stored.result.rosterVersion) ??
          round.roster,
      });
      if (!res.ok) {
        set({ message: { kind: 'exportFailed', code: res.error.code } });
      } else if (res.value.status === 'saved') {
        set({ message: { kind: 'saved', file: res.value.fileName } });
      } else if (res.value.status === 'unavailable') {
        set({ message: { kind: 'noPdf' } });
      }
    } finally {
      set({ busy: null });
    }
  },
}));
