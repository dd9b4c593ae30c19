import { useId } from 'react';
import { useT } from '../../../i18n/useT';
import type { Roster } from '../../../../src-shared/exchange';
import type {
  OrganiserApplication,
  PhaseDraft,
  RoundValidation,
} from '../../../../src-shared/organiser';

type Check = { ok: boolean; text: string };

/** What must be true before this phase's packages can be issued, item by item. */
export function Readiness({
  phase,
  validation,
  apps,
  roster,
  nameOf,
}: {
  phase: PhaseDraft;
  validation: RoundValidation;
  apps: readonly OrganiserApplication[];
  roster: Roster | null;
  nameOf: (applicationId: string) => string;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const unapproved = apps.filter((a) => !a.review.approved).map((a) => a.application.id);
  const chair = roster?.jurors.find((j) => j.role === 'chair');
  const jurors = roster?.jurors.length ?? 0;
  const attachments = apps.flatMap((a) => a.attachments);
  const sent = attachments.filter((a) => !phase.anonymised || a.anonymisedOk).length;
  const checks: Check[] = [
    validation.issues.length === 0
      ? { ok: true, text: t('organiser.ready.round') }
      : { ok: false, text: t('organiser.ready.roundIssues', { count: validation.issues.length }) },
    apps.length > 0
      ? { ok: true, text: t('organiser.ready.applications', { count: apps.length }) }
      : { ok: false, text: t('organiser.ready.noApplications') },
    !phase.anonymised
      ? { ok: true, text: t('organiser.ready.named') }
      : unapproved.length === 0
        ? { ok: true, text: t('organiser.ready.approved', { count: apps.length }) }
        : {
            ok: false,
            text: t('organiser.ready.unapproved', {
              count: unapproved.length,
              applications: unapproved.map(nameOf).join(', '),
            }),
          },
    ...(attachments.length === 0
      ? []
      : [
          {
            ok: true,
            text: phase.anonymised
              ? t('organiser.ready.attachmentsAnonymised', { sent, count: attachments.length })
              : t('organiser.ready.attachmentsNamed', { count: attachments.length }),
          },
        ]),
    jurors > 0
      ? { ok: true, text: t('organiser.ready.jurors', { count: jurors }) }
      : { ok: false, text: t('organiser.ready.noJurors') },
    chair !== undefined
      ? { ok: true, text: t('organiser.ready.chair', { name: chair.name }) }
      : { ok: false, text: t('organiser.ready.noChair') },
  ];
  return (
    <section aria-labelledby={`${id}-h`} className="organiser-section">
      <h3 id={`${id}-h`}>{t('organiser.ready.title')}</h3>
      <ul className="organiser-checklist">
        {checks.map((c, i) => (
          <li key={i} className={c.ok ? 'check-ok' : 'check-missing'}>
            <span className="check-state">
              {c.ok ? t('organiser.ready.ok') : t('organiser.ready.missing')}
            </span>{' '}
            {c.text}
          </li>
        ))}
      </ul>
      {roster !== null && (
        <p className="muted">
          {t('organiser.ready.rosterVersion', { version: roster.rosterVersion })}
        </p>
      )}
    </section>
  );
}
