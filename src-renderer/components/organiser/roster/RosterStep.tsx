import { useId, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useOrganiserStore } from '../../../store/organiser-store';
import { importCards } from '../../../store/organiser-actions';
import type { EnrolResult } from '../../../../src-shared/ipc/organiser-contract';
import { StepHeading } from '../StepHeading';
import { OrganiserIdentity } from './OrganiserIdentity';
import { JurorTable } from './JurorTable';
import { ChairChoice } from './ChairChoice';
import { ConflictsPanel } from './ConflictsPanel';

/**
 * The jury: the organiser's own identity (which signs everything), jurors
 * enrolled from their identity cards with fingerprints to compare by phone,
 * the chair, and conflicts of interest.
 */
export function RosterStep(): React.JSX.Element {
  const t = useT();
  const id = useId();
  const round = useOrganiserStore((s) => s.round);
  const [results, setResults] = useState<readonly EnrolResult[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const roster = round?.roster ?? null;
  const issued = round?.issuedRosterVersion ?? null;

  async function pick(): Promise<void> {
    setBusy(true);
    setError(null);
    const res = await importCards().catch(() => null);
    setBusy(false);
    if (res === null || !res.ok) {
      setError(t(res === null ? 'organiser.saveFailed' : `error.${res.error.code}`));
      return;
    }
    if (res.value.status === 'done') setResults(res.value.results);
  }

  return (
    <section aria-labelledby={`${id}-h`} className="organiser-step-body">
      <StepHeading id={`${id}-h`}>{t('organiser.jury.title')}</StepHeading>
      <OrganiserIdentity rosterOrganiserKeyId={roster?.organiser.keyId ?? null} />
      <section aria-labelledby={`${id}-jurors`} className="organiser-section">
        <h3 id={`${id}-jurors`}>{t('organiser.jury.jurors')}</h3>
        <p className="muted">{t('organiser.jury.intro')}</p>
        <p>
          {roster
            ? t('organiser.jury.version', { version: roster.rosterVersion })
            : t('organiser.jury.noRoster')}
          {roster && issued !== null && roster.rosterVersion > issued && (
            <> {t('organiser.jury.changedSinceIssue', { issued })}</>
          )}
        </p>
        <p>
          <button type="button" className="primary" disabled={busy} onClick={() => void pick()}>
            {t('organiser.jury.importCards')}
          </button>
        </p>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <EnrolResults results={results} />
        <JurorTable />
      </section>
      {roster && roster.jurors.length > 0 && <ChairChoice />}
      {roster && roster.jurors.length > 0 && <ConflictsPanel />}
    </section>
  );
}

function EnrolResults({ results }: { results: readonly EnrolResult[] | null }): React.JSX.Element {
  const t = useT();
  const failed = results?.some((r) => r.outcome === 'failed') ?? false;
  return (
    <div
      role={failed ? 'alert' : 'status'}
      className={failed ? 'notice notice-warning' : undefined}
    >
      {results !== null && results.length > 0 && (
        <ul className="organiser-results">
          {results.map((r, i) => (
            <li key={i}>
              {r.outcome === 'failed'
                ? t('organiser.enrol.failed', {
                    file: r.fileName,
                    reason: t(`organiser.enrol.reason.${r.reason ?? 'MALFORMED'}`),
                  })
                : t(`organiser.enrol.${r.outcome}`, { file: r.fileName, name: r.name ?? '' })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
