import { create, type StateCreator } from 'zustand';
import type { OpenedChairPackage } from '../../src-shared/ipc/chair-contract';
import type { PackageRejection } from '../../src-shared/chair/codes';
import type { VerifiedFile } from '../../src-shared/chair/consolidate';
import { emptyDeliberation } from '../../src-shared/chair/deliberation';
import type { LedgerEntry } from '../../src-shared/chair/ledger';
import { useStore } from './app-store';
import {
  decisionRepository,
  deliberationRepository,
  ledgerRepository,
  loadBlobs,
  packageRepository,
} from './chair-repository';
import type { ChairDecision, PackageRecord } from './chair-repository';
import { openStoredPhase, type LoadedPhase } from './chair-load';
import { sameInputs, type ChairModel, type ModelInputs } from './chair-model';
import { createModelComputer, SupersededError } from './chair-compute';
import { chairPackageSlice, type ChairPackageSlice } from './chair-package-slice';
import { chairImportSlice, type ChairImportSlice } from './chair-import-slice';
import { chairDeliberationSlice, type ChairDeliberationSlice } from './chair-deliberation-slice';

export type ChairView = 'import' | 'table' | 'checks' | 'application' | 'deliberation' | 'export';
export type ChairStatus = 'idle' | 'loading' | 'no-package' | 'ready' | 'error';
/** Why the stored package could not be opened. */
export type LoadProblem = PackageRejection | 'IPC' | 'MISSING' | 'STORAGE';

export interface LoadedPackage {
  readonly record: PackageRecord;
  /** The original package file, base64 (verified again by main on every use). */
  readonly bytes: string;
  readonly opened: OpenedChairPackage;
}

interface ChairCoreSlice {
  roundId: string | null;
  status: ChairStatus;
  loadProblem: LoadProblem | null;
  /** Stored packages of this round (one per phase). */
  packages: PackageRecord[];
  pkg: LoadedPackage | null;
  entries: LedgerEntry[];
  decisions: ChairDecision[];
  /** Verified content of the ledger files, by digest. */
  files: Map<string, VerifiedFile>;
  /** Stored bytes (base64) of the round's files, by digest. */
  blobs: Map<string, string>;
  problems: LoadedPhase['problems'];
  view: ChairView;
  /** True after the chair switched views (the new view's heading then takes focus). */
  viewChanged: boolean;
  application: string | null;
  /** Derived from the inputs above; recomputed (in a worker) only when they change. */
  model: ChairModel | null;
  /** A recomputation is running; `model` is the previous one until it ends. */
  computing: boolean;
  /** The last computation failed (the model shown, if any, is older). */
  computeFailed: boolean;
  load: (roundId: string, phaseId?: string) => Promise<void>;
  setView: (view: ChairView) => void;
  openApplication: (applicationId: string) => void;
  reset: () => void;
}

export type ChairStore = ChairCoreSlice &
  ChairPackageSlice &
  ChairImportSlice &
  ChairDeliberationSlice;

const blank = {
  roundId: null,
  status: 'idle' as ChairStatus,
  loadProblem: null,
  packages: [] as PackageRecord[],
  pkg: null,
  entries: [] as LedgerEntry[],
  decisions: [] as ChairDecision[],
  files: new Map<string, VerifiedFile>(),
  blobs: new Map<string, string>(),
  problems: [] as LoadedPhase['problems'],
  view: 'import' as ChairView,
  viewChanged: false,
  application: null,
  model: null,
  computing: false,
  computeFailed: false,
};

const coreSlice: StateCreator<ChairStore, [], [], ChairCoreSlice> = (set, get) => ({
  ...blank,
  load: async (roundId, phaseId) => {
    const keepView = get().roundId === roundId;
    set({
      roundId,
      status: 'loading',
      loadProblem: null,
      ...(keepView ? {} : { view: 'import', application: null, imports: [] }),
    });
    const stale = (): boolean => get().roundId !== roundId;
    try {
      const packages = (await packageRepository.listComplete(roundId)).map((r) => r.value);
      if (stale()) return;
      if (packages.length === 0) {
        set({ ...blank, roundId, status: 'no-package', view: 'import' });
        return;
      }
      const wanted = phaseId ?? get().pkg?.record.phaseId;
      const record =
        packages.find((p) => p.phaseId === wanted) ??
        [...packages].sort((a, b) => b.importedAt.localeCompare(a.importedAt))[0];
      if (record === undefined) return;
      const [blobs, ledger, decisionRecord, deliberationRecord] = await Promise.all([
        loadBlobs(roundId),
        ledgerRepository.listComplete(roundId),
        decisionRepository.get(roundId, record.phaseId),
        deliberationRepository.get(roundId, record.phaseId),
      ]);
      const entries = ledger
        .map((r) => r.value)
        .filter((e) => e.phaseId === record.phaseId)
        .sort((a, b) => a.seq - b.seq)
        .map(({ phaseId: _phase, ...entry }) => entry);
      const opened = await openStoredPhase(record, blobs, entries);
      if (stale()) return;
      if (!opened.ok) {
        set({ status: 'error', loadProblem: opened.reason, packages, pkg: null });
        return;
      }
      set({
        status: 'ready',
        packages,
        pkg: { record, bytes: blobs.get(record.digest) ?? '', opened: opened.phase.opened },
        entries,
        decisions: decisionRecord?.decisions ?? [],
        files: opened.phase.files,
        blobs,
        problems: opened.phase.problems,
        deliberation: deliberationRecord?.deliberation ?? emptyDeliberation(),
      });
    } catch {
      if (!stale()) set({ status: 'error', loadProblem: 'STORAGE' });
    }
  },
  setView: (view) => set({ view, viewChanged: true, notice: null }),
  openApplication: (application) => set({ application, view: 'application', viewChanged: true }),
  reset: () =>
    set({
      ...blank,
      imports: [],
      importing: false,
      notice: null,
      exportState: null,
      deliberation: emptyDeliberation(),
    }),
});

export const useChairStore = create<ChairStore>()((...a) => ({
  ...coreSlice(...a),
  ...chairPackageSlice(...a),
  ...chairImportSlice(...a),
  ...chairDeliberationSlice(...a),
}));

/** Initial state, for resetting between tests. */
export const initialChairState = useChairStore.getState();

// The model is derived state: recomputed when (and only when) its inputs
// change, in a worker, so the window stays responsive on large rounds. Only
// the newest computation's answer is used.
const computer = createModelComputer();
let lastInputs: ModelInputs | null = null;
let lastPackage: string | null = null;
let ticket = 0;
useChairStore.subscribe((s) => {
  if (s.pkg === null) {
    lastInputs = null;
    lastPackage = null;
    ticket += 1;
    if (s.model !== null || s.computing) useChairStore.setState({ model: null, computing: false });
    return;
  }
  const inputs: ModelInputs = {
    pkg: s.pkg.opened.payload,
    files: s.files,
    decisions: s.decisions,
    tieChoice: s.deliberation.tieChoice,
    tieVotes: s.deliberation.tieVotes,
    finalistCount: s.deliberation.finalistCount,
    scoreChanges: s.deliberation.scoreChanges,
  };
  if (lastInputs !== null && sameInputs(lastInputs, inputs)) return;
  lastInputs = inputs;
  ticket += 1;
  const mine = ticket;
  // Another package (round or phase): the old model must not show meanwhile.
  const samePackage = lastPackage === s.pkg.record.digest;
  lastPackage = s.pkg.record.digest;
  useChairStore.setState({ computing: true, ...(samePackage ? {} : { model: null }) });
  computer.compute(inputs).then(
    (model) => {
      if (mine === ticket)
        useChairStore.setState({ model, computing: false, computeFailed: false });
    },
    (error: unknown) => {
      if (mine !== ticket || error instanceof SupersededError) return;
      useChairStore.setState({ computing: false, computeFailed: true });
    },
  );
});

// No plaintext stays in the UI after the vault locks.
useStore.subscribe((s, prev) => {
  if (prev.vault?.state === 'unlocked' && s.vault?.state !== 'unlocked') {
    useChairStore.getState().reset();
  }
});
