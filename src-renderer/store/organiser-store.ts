import { create } from 'zustand';
import type { Application } from '../../src-shared/domain/round';
import { assignPseudonyms } from '../../src-shared/anonymise';
import { emptyReview, pseudonymMap } from '../../src-shared/organiser';
import type {
  OrganiserApplication,
  OrganiserRound,
  Review,
  RoundDraft,
} from '../../src-shared/organiser';
import { useStore } from './app-store';
import {
  indexRound,
  isDemoRound,
  organiserAppRepository,
  organiserRoundRepository,
  ROUND_RECORD,
  seedDemoRound,
} from './organiser-records';

/** The organiser's screens, in working order. */
export const ORGANISER_STEPS = [
  'round',
  'applications',
  'anonymisation',
  'jury',
  'packages',
] as const;
export type OrganiserStep = (typeof ORGANISER_STEPS)[number];

export interface OrganiserStore {
  roundId: string | null;
  status: 'idle' | 'loading' | 'ready' | 'missing' | 'error';
  round: OrganiserRound | null;
  /** The round's applications, in import order. */
  apps: OrganiserApplication[];
  step: OrganiserStep;
  /** Raised when the user moves to a step, so its heading takes focus. */
  stepFocus: number;
  /** Set before opening a round created here, so its editor heading takes focus. */
  focusOnLoad: boolean;
  setStep: (step: OrganiserStep) => void;
  load: (roundId: string) => Promise<void>;
  /** Save what is pending and forget the round (on leaving, or on lock). */
  close: (roundId: string) => Promise<void>;
  /** Change the definition; saved shortly after the last change. */
  updateDraft: (edit: (draft: RoundDraft) => RoundDraft) => void;
  /** Save a pending definition change now. */
  flush: () => Promise<void>;
  /** Store any other change to the round record at once. */
  saveRound: (patch: Partial<Omit<OrganiserRound, 'draft'>>) => Promise<void>;
  /** Add imported applications (after the organiser confirmed the report). */
  commitImport: (applications: readonly Application[]) => Promise<void>;
  updateReview: (applicationId: string, edit: (review: Review) => Review) => Promise<void>;
}

const DRAFT_DELAY_MS = 400;
let timer: ReturnType<typeof setTimeout> | null = null;
/** Writes run one after another, so the last edit always lands last. */
let chain: Promise<unknown> = Promise.resolve();

/** Run a write in order, showing "saving …" and then "saved" (or the error). */
function tracked(task: () => Promise<void>): Promise<void> {
  const { setSaveState } = useStore.getState();
  setSaveState('saving');
  const run = chain.then(task);
  chain = run.then(
    () => setSaveState('saved'),
    () => setSaveState('error'),
  );
  return run;
}

async function writeRound(round: OrganiserRound): Promise<void> {
  await organiserRoundRepository.put(round.draft.id, ROUND_RECORD, round);
  if (await indexRound(round)) await useStore.getState().loadRounds();
}

async function readRound(
  roundId: string,
): Promise<{ round: OrganiserRound; apps: OrganiserApplication[] } | null> {
  const round = await organiserRoundRepository.get(roundId, ROUND_RECORD);
  if (round === undefined) return isDemoRound(roundId) ? seedDemoRound() : null;
  const stored = await organiserAppRepository.listByRound(roundId);
  const byId = new Map(stored.map((r) => [r.value.application.id as string, r.value]));
  // Only listed applications belong to the round (see OrganiserRoundSchema).
  const apps = round.applicationIds.flatMap((id) => byId.get(id) ?? []);
  return { round, apps };
}

export const useOrganiserStore = create<OrganiserStore>()((set, get) => ({
  roundId: null,
  status: 'idle',
  round: null,
  apps: [],
  step: 'round',
  stepFocus: 0,
  focusOnLoad: false,
  setStep: (step) => set((s) => ({ step, stepFocus: s.stepFocus + 1 })),

  load: async (roundId) => {
    await get().flush();
    set((s) => ({
      roundId,
      status: 'loading',
      round: null,
      apps: [],
      step: 'round',
      // From the home screen the page heading takes focus; after "new round"
      // the round editor's heading does.
      stepFocus: s.focusOnLoad ? s.stepFocus + 1 : 0,
      focusOnLoad: false,
    }));
    try {
      const found = await readRound(roundId);
      if (get().roundId !== roundId) return;
      set(found ? { status: 'ready', ...found } : { status: 'missing' });
    } catch {
      if (get().roundId === roundId) set({ status: 'error' });
    }
  },

  close: async (roundId) => {
    await get().flush();
    if (get().roundId === roundId) {
      set({ roundId: null, status: 'idle', round: null, apps: [], step: 'round' });
    }
  },

  updateDraft: (edit) => {
    const { round } = get();
    if (round === null) return;
    set({ round: { ...round, draft: edit(round.draft) } });
    useStore.getState().setSaveState('saving');
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void get().flush(), DRAFT_DELAY_MS);
  },

  flush: async () => {
    if (timer === null) return chain.then(() => undefined);
    clearTimeout(timer);
    timer = null;
    const { round } = get();
    if (round !== null) await tracked(() => writeRound(round)).catch(() => undefined);
  },

  saveRound: async (patch) => {
    await get().flush();
    const { round } = get();
    if (round === null) return;
    const next = { ...round, ...patch };
    await tracked(() => writeRound(next));
    if (get().round?.draft.id === next.draft.id)
      set({ round: { ...next, draft: get().round?.draft ?? next.draft } });
  },

  commitImport: async (applications) => {
    await get().flush();
    const { round, apps } = get();
    if (round === null) return;
    const roundId = round.draft.id;
    const added = applications.map((application) => ({ application, review: emptyReview() }));
    const ids = [...round.applicationIds, ...added.map((a) => a.application.id)];
    const pseudonyms = assignPseudonyms(pseudonymMap(round), ids, round.pseudonymSeed);
    const next: OrganiserRound = {
      ...round,
      applicationIds: ids,
      pseudonyms: [...pseudonyms].map(([applicationId, pseudonym]) => ({
        applicationId,
        pseudonym,
      })),
    };
    await tracked(async () => {
      for (const app of added) await organiserAppRepository.put(roundId, app.application.id, app);
      // The round record is written last: it is what makes the import visible.
      await writeRound(next);
    });
    set({ round: { ...next, draft: get().round?.draft ?? next.draft }, apps: [...apps, ...added] });
  },

  updateReview: async (applicationId, edit) => {
    const { round, apps } = get();
    const current = apps.find((a) => a.application.id === applicationId);
    if (round === null || current === undefined) return;
    const updated = { ...current, review: edit(current.review) };
    set({ apps: apps.map((a) => (a === current ? updated : a)) });
    // A failed write shows in the save indicator; the edit stays on screen to retry.
    await tracked(() => organiserAppRepository.put(round.draft.id, applicationId, updated)).catch(
      () => undefined,
    );
  },
}));
