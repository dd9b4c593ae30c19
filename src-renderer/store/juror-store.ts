import { create } from 'zustand';
import type { AppScoreState, JurorPayload } from '../../src-shared/juror';
import type { PackageRefusal } from '../../src-shared/ipc/juror-contract';
import { call } from '../ipc/client';
import { useStore } from './app-store';
import {
  jurorExports,
  jurorNotes,
  jurorPackages,
  jurorPins,
  jurorScores,
  PIN_ROUND,
} from './juror-records';
import type { ExportRecord, OrganiserPinRecord, StoredPackage } from './juror-records';
import { forgetPackageFiles, packageFileOf } from './juror-package-file';
import { importSlice } from './juror-import';
import type { ImportSlice } from './juror-import';
import { scoringSlice } from './juror-scoring';
import type { ScoringSlice } from './juror-scoring';
import { exportSlice } from './juror-export';
import type { ExportSlice } from './juror-export';

/** One imported package, verified again when the round was opened (no attachment bytes). */
export type PhaseData = {
  readonly phaseId: string;
  readonly payload: JurorPayload;
  readonly stored: StoredPackage;
};

/** Which of the juror's screens is shown. */
export type JurorView = { kind: 'list' } | { kind: 'application'; applicationId: string };

export interface CoreSlice {
  roundId: string | null;
  status: 'idle' | 'loading' | 'ready';
  /** A stored package that no longer opens (e.g. another identity was restored). */
  loadProblem: PackageRefusal | 'STORAGE' | null;
  phases: readonly PhaseData[];
  phaseId: string | null;
  pins: readonly OrganiserPinRecord[];
  /** Scores per phase, then per application. */
  scores: ReadonlyMap<string, ReadonlyMap<string, AppScoreState>>;
  notes: ReadonlyMap<string, string>;
  exports: ReadonlyMap<string, ExportRecord>;
  view: JurorView;
  /** The application to give focus to when the list is shown again. */
  returnTo: string | null;
  load: (roundId: string) => Promise<void>;
  reset: () => void;
  setPhase: (phaseId: string) => void;
  openApplication: (applicationId: string) => void;
  showList: () => void;
}

export { currentPhase, currentScores } from './juror-selectors';

export type JurorStore = CoreSlice & ImportSlice & ScoringSlice & ExportSlice;

const emptyCore = {
  roundId: null,
  status: 'idle',
  loadProblem: null,
  phases: [],
  phaseId: null,
  pins: [],
  scores: new Map(),
  notes: new Map(),
  exports: new Map(),
  view: { kind: 'list' },
  returnTo: null,
} as const satisfies Partial<CoreSlice>;

/** The local id of a record id `<roundId>|<type>|<localId>`. */
const localIdOf = (recordId: string): string => recordId.split('|').slice(2).join('|');

/** Open the stored packages of a round, in the round's phase order. */
async function openPhases(
  roundId: string,
  stored: readonly StoredPackage[],
  pins: readonly OrganiserPinRecord[],
): Promise<{ phases: PhaseData[]; problem: PackageRefusal | 'STORAGE' | null }> {
  const phases: PhaseData[] = [];
  for (const s of stored) {
    const pin = pins.find((p) => p.scope === s.pinScope);
    if (pin === undefined) return { phases, problem: 'ORGANISER_KEY_CHANGED' };
    const res = await call('juror:openStored', {
      packageFile: await packageFileOf(roundId, s),
      pin: { scope: pin.scope, organiserKeyId: pin.organiserKeyId },
    });
    if (!res.ok) return { phases, problem: 'STORAGE' };
    if (res.value.status === 'refused') return { phases, problem: res.value.reason };
    phases.push({ phaseId: s.phaseId, payload: res.value.payload, stored: s });
  }
  const order: string[] = phases[0]?.payload.round.phases.map((p) => p.id) ?? [];
  phases.sort((a, b) => order.indexOf(a.phaseId) - order.indexOf(b.phaseId));
  return { phases, problem: null };
}

const resetImport = { pending: null, importNotice: null, importBusy: false } as const;
const resetExport = { exportNotice: null, exportBusy: false, sheetPreview: null } as const;

export const useJurorStore = create<JurorStore>()((set, get, api) => ({
  ...emptyCore,
  load: async (roundId) => {
    // Reloading the open round (after an import) keeps the screen; another round starts afresh.
    if (get().roundId !== roundId || get().status !== 'ready') {
      forgetPackageFiles();
      set({ ...emptyCore, roundId, status: 'loading' });
    }
    try {
      const [stored, pins, scoreRows, noteRows, exportRows] = await Promise.all([
        jurorPackages.listComplete(roundId),
        jurorPins.listComplete(PIN_ROUND),
        jurorScores.listByRound(roundId),
        jurorNotes.listByRound(roundId),
        jurorExports.listComplete(roundId),
      ]);
      const pinList = pins.map((p) => p.value);
      const { phases, problem } = await openPhases(
        roundId,
        stored.map((s) => s.value),
        pinList,
      );
      const scores = new Map<string, Map<string, AppScoreState>>();
      for (const row of scoreRows) {
        const [phaseId = ''] = localIdOf(row.id).split(':');
        const perPhase = scores.get(phaseId) ?? new Map<string, AppScoreState>();
        perPhase.set(row.value.applicationId, row.value);
        scores.set(phaseId, perPhase);
      }
      if (get().roundId !== roundId) return;
      set({
        status: 'ready',
        loadProblem: problem,
        phases,
        phaseId: phases.at(-1)?.phaseId ?? null,
        pins: pinList,
        scores,
        notes: new Map(noteRows.map((n) => [localIdOf(n.id), n.value.text])),
        exports: new Map(exportRows.map((e) => [localIdOf(e.id), e.value])),
      });
    } catch {
      if (get().roundId === roundId) set({ status: 'ready', loadProblem: 'STORAGE' });
    }
  },
  reset: () => {
    forgetPackageFiles();
    set({ ...emptyCore, ...resetImport, ...resetExport });
  },
  setPhase: (phaseId) => set({ phaseId, view: { kind: 'list' } }),
  openApplication: (applicationId) =>
    set({ view: { kind: 'application', applicationId }, importNotice: null }),
  showList: () => {
    const view = get().view;
    set({
      view: { kind: 'list' },
      returnTo: view.kind === 'application' ? view.applicationId : null,
    });
  },
  ...importSlice(set, get, api),
  ...scoringSlice(set, get, api),
  ...exportSlice(set, get, api),
}));

// No plaintext stays in memory once the vault locks.
useStore.subscribe((state, previous) => {
  if (previous.vault?.state === 'unlocked' && state.vault?.state !== 'unlocked') {
    useJurorStore.getState().reset();
  }
});
