import { useId, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useOrganiserStore } from '../../../store/organiser-store';
import { editRoster } from '../../../store/organiser-actions';

/** Exactly one juror chairs the jury: they merge the score files and sign the result. */
export function ChairChoice(): React.JSX.Element | null {
  const t = useT();
  const id = useId();
  const roster = useOrganiserStore((s) => s.round?.roster ?? null);
  const [message, setMessage] = useState<string | null>(null);
  // The choice shows at once while main updates the roster.
  const [pending, setPending] = useState<string | null>(null);
  if (roster === null) return null;
  const chair = roster.jurors.find((j) => j.role === 'chair');
  return (
    <section aria-labelledby={`${id}-h`} className="organiser-section">
      <h3 id={`${id}-h`}>{t('organiser.chair.title')}</h3>
      <fieldset>
        <legend>{t('organiser.chair.legend')}</legend>
        {roster.jurors.map((j) => (
          <label key={j.jurorId} className="radio">
            <input
              type="radio"
              name={`${id}-chair`}
              checked={pending === null ? j.role === 'chair' : pending === j.jurorId}
              onChange={() => {
                setPending(j.jurorId);
                void editRoster({ op: 'setChair', jurorId: j.jurorId })
                  .catch(() => null)
                  .then((res) => {
                    setPending(null);
                    setMessage(
                      res?.ok && res.value.status === 'ok'
                        ? t('organiser.chair.set', { name: j.name })
                        : t('organiser.saveFailed'),
                    );
                  });
              }}
            />
            {j.name}
          </label>
        ))}
      </fieldset>
      {chair === undefined && <p className="notice notice-warning">{t('organiser.chair.none')}</p>}
      <p role="status">{message}</p>
    </section>
  );
}
