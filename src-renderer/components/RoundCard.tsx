import type { RoundSummary } from '../../src-shared/ipc/contract';
import type { MessageKey } from '../../src-shared/i18n/translate';
import { useStore, type Role } from '../store/app-store';
import { useT } from '../i18n/useT';

const ROLES: readonly { role: Role; label: MessageKey; description: MessageKey }[] = [
  { role: 'organiser', label: 'role.organiser', description: 'role.organiser.description' },
  { role: 'juror', label: 'role.juror', description: 'role.juror.description' },
  { role: 'chair', label: 'role.chair', description: 'role.chair.description' },
];

/** One round with its facts and a button per role. */
export function RoundCard({ round }: { round: RoundSummary }): React.JSX.Element {
  const t = useT();
  const choose = useStore((s) => s.choose);
  const headingId = `round-${round.id}`;

  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {round.name} {round.isDemo && <span className="badge">{t('home.demoBadge')}</span>}
      </h3>
      <p className="muted">
        {round.award} · {round.year}
      </p>
      <p>
        {t('home.roundFacts', {
          applications: round.applicationCount,
          jurors: round.jurorCount,
          criteria: round.criteriaCount,
        })}
      </p>
      {round.chairName && <p>{t('home.chair', { name: round.chairName })}</p>}
      <p>
        <span className="label">{t('home.phases')}: </span>
        {round.phases
          .map((p) =>
            t(p.anonymised ? 'home.phaseAnonymised' : 'home.phaseNamed', { name: p.name }),
          )
          .join(', ')}
      </p>
      <fieldset className="role-choice">
        <legend>{t('home.chooseRole', { round: round.name })}</legend>
        <div className="role-buttons">
          {ROLES.map((r) => (
            <button
              key={r.role}
              type="button"
              className="role-button"
              aria-describedby={`${headingId}-${r.role}-desc`}
              onClick={() => choose(round.id, r.role)}
            >
              <span className="role-name">{t(r.label)}</span>
              <span id={`${headingId}-${r.role}-desc`} className="role-description">
                {t(r.description)}
              </span>
            </button>
          ))}
        </div>
      </fieldset>
    </article>
  );
}
