import { useEffect, useId, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { call } from '../../../ipc/client';
import type { ResponseOf } from '../../../../src-shared/ipc/contract';
import { Fingerprint } from '../../vault/Fingerprint';

type Identity = ResponseOf<'organiser:identity'>;

/** The vault identity that signs the roster and every package, with its fingerprint. */
export function OrganiserIdentity({
  rosterOrganiserKeyId,
}: {
  rosterOrganiserKeyId: string | null;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    void call('organiser:identity', {}).then((res) => {
      if (!alive) return;
      if (res.ok) setIdentity(res.value);
      else setFailed(res.error.code);
    });
    return () => {
      alive = false;
    };
  }, []);
  return (
    <section aria-labelledby={`${id}-h`} className="card organiser-identity">
      <h3 id={`${id}-h`}>{t('organiser.identity.title')}</h3>
      {failed !== null ? (
        <p className="notice notice-error" role="alert">
          {t(failed === 'NOT_FOUND' ? 'organiser.identity.missing' : 'organiser.identity.failed')}
        </p>
      ) : identity === null ? (
        <p role="status">{t('status.loading')}</p>
      ) : (
        <>
          <p>
            {t('organiser.identity.signsAs', {
              name: identity.name,
              organisation: identity.organisation || '–',
            })}
          </p>
          <Fingerprint value={identity.fingerprint} />
          <p className="muted">{t('organiser.identity.help')}</p>
          {rosterOrganiserKeyId !== null && rosterOrganiserKeyId !== identity.keyId && (
            <p className="notice notice-warning">{t('organiser.identity.changed')}</p>
          )}
        </>
      )}
    </section>
  );
}
