import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { Fingerprint } from '../vault/Fingerprint';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import type { PackageNotice } from '../../store/chair-package-slice';

/**
 * The chair's own jury package: the import step before anything else, and
 * afterwards a compact summary with the organiser's fingerprint to compare
 * by phone (opened on first use, when the comparison matters).
 */
export function PackagePanel(): React.JSX.Element {
  const t = useT();
  const status = useChairStore((s) => s.status);
  const loadProblem = useChairStore((s) => s.loadProblem);
  const notice = useChairStore((s) => s.notice);
  const busy = useChairStore((s) => s.importingPackage);
  const importPackage = useChairStore((s) => s.importPackage);
  const pkg = useChairStore((s) => s.pkg);
  const packages = useChairStore((s) => s.packages);
  const roundId = useChairStore((s) => s.roundId);
  const load = useChairStore((s) => s.load);
  const button = (primary: boolean): React.JSX.Element => (
    <button
      type="button"
      className={primary ? 'primary' : undefined}
      disabled={busy}
      onClick={() => void importPackage()}
    >
      {t(primary ? 'chair.package.import' : 'chair.package.replace')}
    </button>
  );

  if (status !== 'ready' || pkg === null) {
    return (
      <section className="chair-section" aria-labelledby="chair-package-h">
        <h2 id="chair-package-h">{t('chair.package.title')}</h2>
        <p className="lead">{t('chair.package.intro')}</p>
        {status === 'error' && loadProblem !== null && (
          <div className="notice notice-error" role="alert">
            <p>{t('chair.load.failed')}</p>
            <p>{t(`chair.package.reason.${loadProblem}` as MessageKey)}</p>
          </div>
        )}
        <PackageStatus busy={busy} notice={notice} />
        <p>{button(true)}</p>
      </section>
    );
  }

  const payload = pkg.opened.payload;
  const phase = t(
    payload.phase.anonymised ? 'chair.package.phaseAnonymised' : 'chair.package.phaseNamed',
    {
      name: payload.phase.name,
    },
  );
  const firstUse = notice?.kind === 'opened' && notice.firstUse;
  return (
    <>
      <PackageStatus busy={busy} notice={notice} />
      <details className="chair-details" open={firstUse}>
        <summary>
          {t('chair.package.title')}: {payload.round.name} · {phase}
        </summary>
        <dl className="facts">
          <dt>{t('chair.package.round')}</dt>
          <dd>{payload.round.name}</dd>
          <dt>{t('chair.package.phase')}</dt>
          <dd>{phase}</dd>
          <dt>{t('chair.package.roster')}</dt>
          <dd>
            {t('chair.package.rosterValue', {
              version: payload.rosterVersion,
              jurors: payload.roster.jurors.length,
            })}
          </dd>
          <dt>{t('chair.package.organiser')}</dt>
          <dd>
            {payload.roster.organiser.name}
            {payload.roster.organiser.organisation
              ? `, ${payload.roster.organiser.organisation}`
              : ''}
          </dd>
          <dt>{t('chair.package.applications')}</dt>
          <dd>{payload.applications.length}</dd>
        </dl>
        <p className="label">{t('chair.package.fingerprint')}</p>
        <Fingerprint value={pkg.opened.organiserFingerprint} />
        {packages.length > 1 && roundId !== null && (
          <p>
            <label htmlFor="chair-phase">{t('chair.package.choosePhase')} </label>
            <select
              id="chair-phase"
              value={pkg.record.phaseId}
              onChange={(e) => void load(roundId, e.target.value)}
            >
              {packages.map((p) => (
                <option key={p.phaseId} value={p.phaseId}>
                  {payload.round.phases.find((ph) => ph.id === p.phaseId)?.name ?? p.phaseId}
                </option>
              ))}
            </select>
          </p>
        )}
        <p>{button(false)}</p>
      </details>
    </>
  );
}

function PackageStatus({
  busy,
  notice,
}: {
  busy: boolean;
  notice: PackageNotice | null;
}): React.JSX.Element {
  const t = useT();
  return (
    <div role="status">
      {busy && <p>{t('chair.package.working')}</p>}
      {notice?.kind === 'rejected' && (
        <p className="field-error">{t(`chair.package.reason.${notice.reason}` as MessageKey)}</p>
      )}
      {notice?.kind === 'opened' && (
        <div className="notice notice-ok">
          <p>{t('chair.package.opened')}</p>
          {notice.firstUse && <p>{t('chair.package.firstUse')}</p>}
        </div>
      )}
    </div>
  );
}
