import { useEffect, useMemo } from 'react';
import { useT } from '../../i18n/useT';
import { ORGANISER_STEPS, useOrganiserStore } from '../../store/organiser-store';
import type { OrganiserStep } from '../../store/organiser-store';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { validateRound } from '../../../src-shared/organiser';
import { useReportStore } from '../../store/report-store';

const LABELS: Record<OrganiserStep, MessageKey> = {
  round: 'organiser.step.round',
  applications: 'organiser.step.applications',
  anonymisation: 'organiser.step.anonymisation',
  jury: 'organiser.step.jury',
  packages: 'organiser.step.packages',
  report: 'report.step',
};

/** The organiser's steps in working order, each with where it stands. */
export function StepNav(): React.JSX.Element {
  const t = useT();
  const step = useOrganiserStore((s) => s.step);
  const setStep = useOrganiserStore((s) => s.setStep);
  const round = useOrganiserStore((s) => s.round);
  const apps = useOrganiserStore((s) => s.apps);
  const issueCount = useMemo(() => (round ? validateRound(round.draft).issues.length : 0), [round]);
  const approved = apps.filter((a) => a.review.approved).length;
  const jurors = round?.roster?.jurors.length ?? 0;
  const hasResult = useReportStore((s) => s.stored !== null);
  const loadResult = useReportStore((s) => s.load);
  const roundId = useOrganiserStore((s) => s.roundId);
  useEffect(() => {
    if (roundId !== null) void loadResult(roundId);
  }, [roundId, loadResult]);
  const status: Record<OrganiserStep, string> = {
    round:
      issueCount === 0
        ? t('organiser.step.roundReady')
        : t('organiser.step.roundIssues', { count: issueCount }),
    applications: t('organiser.step.applicationCount', { count: apps.length }),
    anonymisation: t('organiser.step.approvedCount', { approved, count: apps.length }),
    jury: t('organiser.step.jurorCount', { count: jurors }),
    packages: t('organiser.step.issuedCount', { count: round?.issued.length ?? 0 }),
    report: hasResult ? t('report.step.imported') : t('report.step.none'),
  };
  return (
    <nav aria-label={t('organiser.steps')} className="organiser-steps">
      <ol>
        {ORGANISER_STEPS.map((s, i) => (
          <li key={s}>
            <button
              type="button"
              className="organiser-step"
              aria-current={s === step ? 'step' : undefined}
              onClick={() => setStep(s)}
            >
              <span className="organiser-step-name">
                {i + 1}. {t(LABELS[s])}
              </span>{' '}
              <span className="organiser-step-status">{status[s]}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
