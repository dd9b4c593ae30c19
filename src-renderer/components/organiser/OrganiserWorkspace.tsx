import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useOrganiserStore } from '../../store/organiser-store';
import type { OrganiserStep } from '../../store/organiser-store';
import { assertNever } from '../../../src-shared/assert';
import { StepNav } from './StepNav';
import { NewRoundForm } from './NewRoundForm';
import { RoundEditor } from './round/RoundEditor';
import { ApplicationsStep } from './applications/ApplicationsStep';
import { AnonymisationStep } from './anonymisation/AnonymisationStep';
import { RosterStep } from './roster/RosterStep';
import { PackagesStep } from './packages/PackagesStep';
import { ReportStep } from '../report/ReportStep';
import { useReportStore } from '../../store/report-store';
import './organiser.css';

/** The organiser's work on one round: definition, applications, review, jury, packages. */
export function OrganiserWorkspace({ roundId }: { roundId: string }): React.JSX.Element {
  const t = useT();
  const status = useOrganiserStore((s) => s.status);
  const step = useOrganiserStore((s) => s.step);
  const load = useOrganiserStore((s) => s.load);
  const close = useOrganiserStore((s) => s.close);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void load(roundId);
    // Leaving (or locking) saves what is pending and clears the round from memory.
    return () => {
      void close(roundId);
      useReportStore.getState().reset();
    };
  }, [roundId, load, close]);

  return (
    <section
      aria-label={t('organiser.title')}
      data-round={roundId}
      className="role-workspace organiser"
    >
      <div className="organiser-bar">
        {status === 'ready' && !creating && <StepNav />}
        <button
          type="button"
          aria-expanded={creating}
          aria-controls="organiser-new-round"
          onClick={() => setCreating((c) => !c)}
        >
          {t('organiser.newRound.open')}
        </button>
      </div>
      {creating ? (
        <NewRoundForm id="organiser-new-round" onDone={() => setCreating(false)} />
      ) : status === 'loading' || status === 'idle' ? (
        <p role="status">{t('status.loading')}</p>
      ) : status === 'missing' ? (
        <p className="notice notice-warning" role="alert">
          {t('organiser.missing')}
        </p>
      ) : status === 'error' ? (
        <p className="notice notice-error" role="alert">
          {t('organiser.loadError')}
        </p>
      ) : (
        renderStep(step)
      )}
    </section>
  );
}

function renderStep(step: OrganiserStep): React.JSX.Element {
  switch (step) {
    case 'round':
      return <RoundEditor />;
    case 'applications':
      return <ApplicationsStep />;
    case 'anonymisation':
      return <AnonymisationStep />;
    case 'jury':
      return <RosterStep />;
    case 'packages':
      return <PackagesStep />;
    case 'report':
      return <ReportStep />;
    default:
      return assertNever(step, 'organiser step');
  }
}
