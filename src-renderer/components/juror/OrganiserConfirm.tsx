import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';
import { Fingerprint } from '../vault/Fingerprint';
import type { OpenedPackageResponse } from '../../../src-shared/ipc/juror-contract';

/**
 * The first package from an organiser: show their fingerprint and let the
 * juror confirm it by phone before the key is pinned and anything is stored.
 */
export function OrganiserConfirm({ opened }: { opened: OpenedPackageResponse }): React.JSX.Element {
  const t = useT();
  const confirm = useJurorStore((s) => s.confirmPending);
  const cancel = useJurorStore((s) => s.cancelPending);
  const busy = useJurorStore((s) => s.importBusy);
  const heading = useRef<HTMLHeadingElement>(null);
  const { payload } = opened;
  const organiser = payload.roster.organiser;
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card confirm-organiser" aria-labelledby="juror-confirm-h">
      <h2 id="juror-confirm-h" ref={heading} tabIndex={-1}>
        {t('juror.confirm.title')}
      </h2>
      <p className="reading-width">
        {t('juror.confirm.intro', {
          award: payload.award,
          organiser: organiser.name,
          organisation: organiser.organisation || '–',
        })}
      </p>
      <p className="reading-width">
        {t('juror.confirm.round', {
          round: payload.round.name,
          phase: payload.phase.name,
          applications: payload.applications.length,
        })}
      </p>
      <p className="reading-width">{t('juror.confirm.call')}</p>
      <Fingerprint value={opened.organiserFingerprint} />
      <p className="muted reading-width">{t('juror.confirm.after')}</p>
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={() => void confirm()}>
          {t('juror.confirm.yes')}
        </button>
        <button type="button" onClick={cancel}>
          {t('juror.confirm.no')}
        </button>
      </div>
    </section>
  );
}
