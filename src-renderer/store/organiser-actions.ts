import { call } from '../ipc/client';
import type { Result } from '../../src-shared/ipc/result';
import type { ResponseOf } from '../../src-shared/ipc/contract';
import type { RosterEdit } from '../../src-shared/ipc/organiser-contract';
import type { Roster } from '../../src-shared/exchange';
import type { Round } from '../../src-shared/domain/round';
import { slugify } from '../../src-shared/exchange/file-names';
import {
  blankDraft,
  draftFromRound,
  draftFromTemplate,
  pseudonymMap,
} from '../../src-shared/organiser';
import type { IssueAttachment } from '../../src-shared/organiser';
import { useStore } from './app-store';
import { useOrganiserStore } from './organiser-store';
import {
  createRoundRecord,
  organiserRoundRepository,
  randomHex,
  ROUND_RECORD,
} from './organiser-records';

/*
 * The organiser's operations that need main: the roster (which holds the
 * vault identity's public keys and is changed only by main's roster
 * functions) and issuing packages (signed with keys that never leave main).
 * Each stores what main returns in the round record.
 */

function current() {
  const { round, apps } = useOrganiserStore.getState();
  if (round === null) throw new Error('No organiser round is open.');
  return { round, apps };
}

/** The round's roster, created with the vault identity as organiser on first use. */
export async function ensureRoster(): Promise<Result<Roster>> {
  const { round } = current();
  if (round.roster !== null) return { ok: true, value: round.roster };
  const award = round.draft.award.trim() || round.draft.name.trim() || 'Juryrum';
  const res = await call('organiser:createRoster', { award, roundId: round.draft.id });
  if (!res.ok) return res;
  await useOrganiserStore.getState().saveRound({ roster: res.value.roster });
  return { ok: true, value: res.value.roster };
}

/** Ask main to open identity cards and enrol them; stores the new roster. */
export async function importCards(): Promise<Result<ResponseOf<'organiser:enrolCards'>>> {
  const roster = await ensureRoster();
  if (!roster.ok) return roster;
  const { round } = current();
  const res = await call('organiser:enrolCards', {
    roster: roster.value,
    issuedRosterVersion: round.issuedRosterVersion,
  });
  if (res.ok && res.value.status === 'done') {
    await useOrganiserStore.getState().saveRound({ roster: res.value.roster });
  }
  return res;
}

/** Chair, removal and conflicts: checked and applied by main. */
export async function editRoster(
  edit: RosterEdit,
): Promise<Result<ResponseOf<'organiser:editRoster'>>> {
  const roster = await ensureRoster();
  if (!roster.ok) return roster;
  const { round } = current();
  const res = await call('organiser:editRoster', {
    roster: roster.value,
    issuedRosterVersion: round.issuedRosterVersion,
    edit,
  });
  if (res.ok && res.value.status === 'ok') {
    await useOrganiserStore.getState().saveRound({ roster: res.value.roster });
  }
  return res;
}

/**
 * Issue one phase's packages: to a folder for every juror, or one juror's
 * package with a save dialog. `attachments` are those the phase sends, with
 * their bytes (see issueAttachments). What was written is recorded in the
 * round.
 */
export async function issuePackages(
  definition: Round,
  phaseId: string,
  jurorIds: readonly string[],
  destination: 'folder' | 'file',
  attachments: ReadonlyMap<string, readonly IssueAttachment[]> = new Map(),
): Promise<Result<ResponseOf<'organiser:issuePackages'>>> {
  const roster = await ensureRoster();
  if (!roster.ok) return roster;
  const { round, apps } = current();
  const pseudonyms = pseudonymMap(round);
  const res = await call('organiser:issuePackages', {
    roster: roster.value,
    issuedRosterVersion: round.issuedRosterVersion,
    round: definition,
    phaseId,
    applications: apps.map((a) => ({
      application: a.application,
      pseudonym: pseudonyms.get(a.application.id) ?? a.application.id,
      review: a.review,
      attachments: [...(attachments.get(a.application.id) ?? [])],
    })),
    jurorIds: [...jurorIds],
    destination,
  });
  if (res.ok && res.value.status === 'issued') {
    const { roster: used, files } = res.value;
    const earlier = current().round.issuedRosters.filter(
      (r) => r.rosterVersion !== used.rosterVersion,
    );
    await useOrganiserStore.getState().saveRound({
      roster: used,
      issuedRosterVersion: used.rosterVersion,
      issuedRosters: [...earlier, used].slice(-64),
      issued: [...current().round.issued, ...files],
    });
  }
  return res;
}

/** How a new round starts. */
export type RoundStart =
  { kind: 'template' } | { kind: 'scratch' } | { kind: 'round'; sourceId: string };

/**
 * Create a round in the vault, list it on the home screen and open it as
 * organiser. Returns its id, or null when the earlier round to copy is gone.
 */
export async function createRound(
  start: RoundStart,
  name: string,
  year: number,
): Promise<string | null> {
  // A readable id: it appears in package file names ('sveriges-ehalsokommun-2027-3fa9c1').
  const slug = slugify(name, 40) || `omgang-${year}`;
  const who = { id: `${slug}-${randomHex(3)}`, name: name.trim(), year };
  let draft;
  if (start.kind === 'template') draft = draftFromTemplate(who);
  else if (start.kind === 'scratch') draft = blankDraft(who);
  else {
    const source = await organiserRoundRepository.get(start.sourceId, ROUND_RECORD);
    if (source === undefined) return null;
    draft = draftFromRound(source.draft, who);
  }
  await createRoundRecord(draft, start.kind);
  await useStore.getState().loadRounds();
  useOrganiserStore.setState({ focusOnLoad: true });
  useStore.getState().choose(who.id, 'organiser');
  return who.id;
}
