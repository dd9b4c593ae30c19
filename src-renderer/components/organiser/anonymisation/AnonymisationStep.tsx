import { useId, useMemo, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useOrganiserStore } from '../../../store/organiser-store';
import { pseudonymMap } from '../../../../src-shared/organiser';
import { StepHeading } from '../StepHeading';
import { ReviewPanel } from './ReviewPanel';

/**
 * Review of the reading copies for anonymised phases: one application at a
 * time, original and redacted text side by side, terms to add or keep, the
 * leak check, and an approval per application.
 */
export function AnonymisationStep(): React.JSX.Element {
  const t = useT();
  const id = useId();
  const apps = useOrganiserStore((s) => s.apps);
  const round = useOrganiserStore((s) => s.round);
  const pseudonyms = useMemo(
    () => (round ? pseudonymMap(round) : new Map<string, string>()),
    [round],
  );
  const [selected, setSelected] = useState<string | null>(
    () => (apps.find((a) => !a.review.approved) ?? apps[0])?.application.id ?? null,
  );
  const [focusPanel, setFocusPanel] = useState(0);
  const approved = apps.filter((a) => a.review.approved).length;
  const current = apps.find((a) => a.application.id === selected) ?? apps[0];
  const anonymisedPhases = round?.draft.phases.filter((p) => p.anonymised).map((p) => p.name) ?? [];

  function choose(applicationId: string): void {
    setSelected(applicationId);
    setFocusPanel((n) => n + 1);
  }

  /** After an approval, go on to the next application that still needs one. */
  function next(afterId: string): void {
    const start = apps.findIndex((a) => a.application.id === afterId);
    const rest = [...apps.slice(start + 1), ...apps.slice(0, start)];
    const pending = rest.find((a) => !a.review.approved);
    if (pending) choose(pending.application.id);
  }

  return (
    <section aria-labelledby={`${id}-h`} className="organiser-step-body">
      <StepHeading id={`${id}-h`}>{t('organiser.review.title')}</StepHeading>
      <p className="muted">
        {anonymisedPhases.length > 0
          ? t('organiser.review.intro', { phases: anonymisedPhases.join(', ') })
          : t('organiser.review.noAnonymisedPhase')}
      </p>
      {apps.length === 0 ? (
        <p>{t('organiser.applications.none')}</p>
      ) : (
        <>
          <p role="status" className={approved === apps.length ? 'organiser-ok' : undefined}>
            {t('organiser.review.progress', { approved, count: apps.length })}
          </p>
          <div className="organiser-review">
            <nav aria-label={t('organiser.review.listLabel')} className="organiser-review-list">
              <ul>
                {apps.map(({ application: a, review }) => (
                  <li key={a.id}>
                    <button
                      type="button"
                      aria-current={a.id === current?.application.id ? 'true' : undefined}
                      onClick={() => choose(a.id)}
                    >
                      <span className="organiser-review-name">
                        {pseudonyms.get(a.id) ?? a.id} · {a.applicant}
                      </span>
                      <span className={review.approved ? 'organiser-ok' : 'muted'}>
                        {review.approved
                          ? t('organiser.review.approved')
                          : t('organiser.review.notApproved')}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
            {current && (
              <ReviewPanel
                key={current.application.id}
                item={current}
                pseudonym={pseudonyms.get(current.application.id) ?? current.application.id}
                others={apps.filter((a) => a !== current).map((a) => a.application.applicant)}
                focusToken={focusPanel}
                onApproved={() => next(current.application.id)}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}
