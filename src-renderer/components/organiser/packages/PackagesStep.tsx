import { useId, useMemo, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useOrganiserStore } from '../../../store/organiser-store';
import { issuePackages } from '../../../store/organiser-actions';
import { issueAttachments } from '../../../store/organiser-blobs';
import { ISSUE_ATTACHMENT_MAX_CHARS } from '../../../../src-shared/ipc/organiser-attachments-contract';
import type { IssueAttachment } from '../../../../src-shared/organiser';
import { pseudonymMap, validateRound } from '../../../../src-shared/organiser';
import { StepHeading } from '../StepHeading';
import { Readiness } from './Readiness';
import { IssuedTable } from './IssuedTable';

type Outcome = { error: boolean; text: string };

/** More attachment bytes than one request to main may carry (far beyond one package). */
function tooMuch(attachments: ReadonlyMap<string, readonly IssueAttachment[]>): boolean {
  let chars = 0;
  for (const list of attachments.values()) for (const a of list) chars += a.attachment.data.length;
  return chars > ISSUE_ATTACHMENT_MAX_CHARS;
}

/**
 * Jury packages: one per juror and phase, signed by the organiser and
 * encrypted to the juror. Written to a folder for everyone, or one at a
 * time with a save dialog.
 */
export function PackagesStep(): React.JSX.Element | null {
  const t = useT();
  const id = useId();
  const round = useOrganiserStore((s) => s.round);
  const apps = useOrganiserStore((s) => s.apps);
  const [phaseId, setPhaseId] = useState(() => round?.draft.phases[0]?.id ?? '');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const validation = useMemo(() => (round ? validateRound(round.draft) : null), [round]);
  if (round === null || validation === null) return null;
  const phase = round.draft.phases.find((p) => p.id === phaseId) ?? round.draft.phases[0];
  const roster = round.roster;
  const roundId = round.draft.id;
  const definition = validation.round;
  const pseudonyms = pseudonymMap(round);
  const nameOf = (appId: string) => pseudonyms.get(appId) ?? appId;

  async function issue(jurorIds: readonly string[], destination: 'folder' | 'file'): Promise<void> {
    if (definition === null || phase === undefined) return;
    setBusy(true);
    setOutcome(null);
    // The attachments this phase sends, read back from the vault for main to sign.
    const attachments = await issueAttachments(roundId, apps, phase).catch(() => null);
    if (attachments === null) {
      setBusy(false);
      return setOutcome({ error: true, text: t('organiser.packages.attachmentsUnreadable') });
    }
    if (tooMuch(attachments)) {
      setBusy(false);
      return setOutcome({
        error: true,
        text: t('organiser.packages.refused.ATTACHMENTS_TOO_LARGE', {
          applications: [...attachments.keys()].map(nameOf).join(', '),
        }),
      });
    }
    const res = await issuePackages(definition, phase.id, jurorIds, destination, attachments).catch(
      () => null,
    );
    setBusy(false);
    if (res === null) return setOutcome({ error: true, text: t('organiser.saveFailed') });
    if (!res.ok) return setOutcome({ error: true, text: t(`error.${res.error.code}`) });
    const r = res.value;
    if (r.status === 'cancelled')
      return setOutcome({ error: false, text: t('organiser.packages.cancelled') });
    if (r.status === 'refused') {
      return setOutcome({
        error: true,
        text: t(`organiser.packages.refused.${r.reason}`, {
          applications: r.applicationIds.map(nameOf).join(', '),
        }),
      });
    }
    setOutcome({
      error: false,
      text:
        r.folder === null
          ? t('organiser.packages.savedOne', {
              file: r.files[0]?.fileName ?? '',
              version: r.roster.rosterVersion,
            })
          : t('organiser.packages.savedAll', {
              count: r.files.length,
              folder: r.folder,
              version: r.roster.rosterVersion,
            }),
    });
  }

  const ready = definition !== null && roster !== null && roster.jurors.length > 0;
  return (
    <section aria-labelledby={`${id}-h`} className="organiser-step-body">
      <StepHeading id={`${id}-h`}>{t('organiser.packages.title')}</StepHeading>
      <p className="muted">{t('organiser.packages.intro')}</p>
      <fieldset>
        <legend>{t('organiser.packages.phase')}</legend>
        {round.draft.phases.map((p) => (
          <label key={p.id} className="radio">
            <input
              type="radio"
              name={`${id}-phase`}
              checked={p.id === phase?.id}
              onChange={() => setPhaseId(p.id)}
            />
            {t(
              p.anonymised ? 'organiser.packages.phaseAnonymised' : 'organiser.packages.phaseNamed',
              {
                name: p.name || p.id,
              },
            )}
          </label>
        ))}
      </fieldset>
      {phase && (
        <Readiness
          phase={phase}
          validation={validation}
          apps={apps}
          roster={roster}
          nameOf={nameOf}
        />
      )}
      <div className="organiser-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || !ready}
          onClick={() => void issue(roster?.jurors.map((j) => j.jurorId) ?? [], 'folder')}
        >
          {t('organiser.packages.issueAll')}
        </button>
      </div>
      <div
        role={outcome?.error ? 'alert' : 'status'}
        className={outcome?.error ? 'notice notice-error' : undefined}
      >
        {outcome && !outcome.error && <p className="organiser-ok">{outcome.text}</p>}
        {outcome?.error && <p>{outcome.text}</p>}
      </div>
      {roster !== null && roster.jurors.length > 0 && (
        <div className="table-scroll">
          <table className="organiser-table">
            <caption>{t('organiser.packages.perJuror')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organiser.jury.name')}</th>
                <th scope="col">{t('organiser.jury.role')}</th>
                <th scope="col">{t('organiser.packages.conflicts')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('organiser.jury.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {roster.jurors.map((j) => {
                const conflicts = roster.conflicts.filter((c) => c.jurorId === j.jurorId);
                return (
                  <tr key={j.jurorId}>
                    <th scope="row">{j.name}</th>
                    <td>
                      {j.role === 'chair' ? t('organiser.jury.chair') : t('organiser.jury.juror')}
                    </td>
                    <td>
                      {conflicts.length === 0
                        ? '–'
                        : conflicts.map((c) => nameOf(c.applicationId)).join(', ')}
                    </td>
                    <td>
                      <button
                        type="button"
                        disabled={busy || !ready}
                        onClick={() => void issue([j.jurorId], 'file')}
                      >
                        {t('organiser.packages.saveOne')}
                        <span className="visually-hidden"> {j.name}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <IssuedTable issued={round.issued} phases={round.draft.phases} />
    </section>
  );
}
