import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useOrganiserStore } from '../../../store/organiser-store';
import { editRoster } from '../../../store/organiser-actions';
import { ConfirmButton } from '../ConfirmButton';

/** The enrolled jurors, each with the fingerprint to read aloud over the phone. */
export function JurorTable(): React.JSX.Element {
  const t = useT();
  const roster = useOrganiserStore((s) => s.round?.roster ?? null);
  const [message, setMessage] = useState<string | null>(null);
  if (roster === null || roster.jurors.length === 0) {
    return <p>{t('organiser.jury.none')}</p>;
  }
  return (
    <>
      <p role="status">{message}</p>
      <div className="table-scroll">
        <table className="organiser-table organiser-jurors">
          <caption>{t('organiser.jury.caption', { count: roster.jurors.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organiser.jury.name')}</th>
              <th scope="col">{t('organiser.jury.organisation')}</th>
              <th scope="col">{t('organiser.jury.role')}</th>
              <th scope="col">{t('organiser.jury.fingerprint')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('organiser.jury.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {roster.jurors.map((j) => (
              <tr key={j.jurorId} data-juror={j.jurorId}>
                <th scope="row">{j.name}</th>
                <td>{j.organisation || '–'}</td>
                <td>
                  {j.role === 'chair' ? t('organiser.jury.chair') : t('organiser.jury.juror')}
                </td>
                <td>
                  <span className="fingerprint-inline" data-fingerprint={j.fingerprint}>
                    {j.fingerprint}
                  </span>
                </td>
                <td>
                  <ConfirmButton
                    label={
                      <>
                        {t('organiser.jury.remove')}
                        <span className="visually-hidden"> {j.name}</span>
                      </>
                    }
                    question={t('organiser.jury.removeQuestion', { name: j.name })}
                    onConfirm={() =>
                      void editRoster({ op: 'removeJuror', jurorId: j.jurorId }).then((res) =>
                        setMessage(
                          res.ok && res.value.status === 'ok'
                            ? t('organiser.jury.removed', { name: j.name })
                            : t('organiser.saveFailed'),
                        ),
                      )
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
