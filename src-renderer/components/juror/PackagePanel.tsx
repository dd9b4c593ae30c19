import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';
import { Fingerprint } from '../vault/Fingerprint';
import { useJurorPhase } from './useJurorPhase';
import { ImportControls, ImportNoticeView } from './ImportControls';

/** The package the juror works from, and importing a newer one. */
export function PackagePanel(): React.JSX.Element | null {
  const t = useT();
  const data = useJurorPhase();
  const imported = useJurorStore((s) => s.importNotice?.kind === 'imported');
  const pin = useJurorStore((s) => s.pins.find((p) => p.scope === data?.phase.stored.pinScope));
  if (data === undefined) return null;
  const { payload } = data;
  return (
    <section className="card juror-package" aria-labelledby="juror-package-h">
      <h2 id="juror-package-h">{t('juror.import.title')}</h2>
      <p>
        {t('juror.import.current', {
          phase: payload.phase.name,
          roster: payload.rosterVersion,
          organiser: payload.roster.organiser.name,
        })}
      </p>
      {pin !== undefined && (
        <>
          <p className="muted">{t('juror.import.pinned', { name: pin.organiserName })}</p>
          <Fingerprint value={pin.fingerprint} />
        </>
      )}
      <ImportControls />
      {!imported && <ImportNoticeView />}
    </section>
  );
}
