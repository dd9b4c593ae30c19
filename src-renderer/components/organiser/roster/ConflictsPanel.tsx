import { useId, useRef, useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useOrganiserStore } from '../../../store/organiser-store';
import { editRoster } from '../../../store/organiser-actions';
import { pseudonymMap } from '../../../../src-shared/organiser';

/**
 * Conflicts of interest, per juror and application, with a reason (required:
 * the jury must be able to see why). A conflicted application is left out of
 * that juror's package.
 */
export function ConflictsPanel(): React.JSX.Element | null {
  const t = useT();
  const id = useId();
  const round = useOrganiserStore((s) => s.round);
  const apps = useOrganiserStore((s) => s.apps);
  const roster = round?.roster ?? null;
  const [jurorId, setJurorId] = useState('');
  const [applicationId, setApplicationId] = useState('');
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const reasonInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  if (round === null || roster === null) return null;
  const pseudonyms = pseudonymMap(round);
  const appLabel = (appId: string) => {
    const app = apps.find((a) => a.application.id === appId);
    return `${pseudonyms.get(appId) ?? appId} · ${app?.application.applicant ?? appId}`;
  };
  const jurorName = (jid: string) => roster.jurors.find((j) => j.jurorId === jid)?.name ?? jid;

  async function add(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    if (jurorId === '' || applicationId === '') {
      setMessage({ error: true, text: t('organiser.conflicts.choose') });
      return;
    }
    if (reason.trim() === '') {
      setReasonMissing(true);
      setMessage({ error: true, text: t('organiser.conflicts.noReason') });
      reasonInput.current?.focus();
      return;
    }
    const res = await editRoster({
      op: 'addConflict',
      jurorId,
      applicationId,
      reason: reason.trim(),
    });
    if (res.ok && res.value.status === 'ok') {
      setMessage({
        error: false,
        text: t('organiser.conflicts.added', {
          juror: jurorName(jurorId),
          application: appLabel(applicationId),
        }),
      });
      setReason('');
    } else setMessage({ error: true, text: t('organiser.saveFailed') });
  }

  return (
    <section aria-labelledby={`${id}-h`} className="organiser-section">
      <h3 id={`${id}-h`}>{t('organiser.conflicts.title')}</h3>
      <p className="muted">{t('organiser.conflicts.intro')}</p>
      {apps.length === 0 ? (
        <p>{t('organiser.conflicts.noApplications')}</p>
      ) : (
        <form
          className="inline-form organiser-conflict-form"
          onSubmit={(e) => void add(e)}
          noValidate
        >
          <div className="field">
            <label htmlFor={`${id}-juror`}>{t('organiser.conflicts.juror')}</label>
            <select id={`${id}-juror`} value={jurorId} onChange={(e) => setJurorId(e.target.value)}>
              <option value="">{t('organiser.conflicts.pick')}</option>
              {roster.jurors.map((j) => (
                <option key={j.jurorId} value={j.jurorId}>
                  {j.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-app`}>{t('organiser.conflicts.application')}</label>
            <select
              id={`${id}-app`}
              value={applicationId}
              onChange={(e) => setApplicationId(e.target.value)}
            >
              <option value="">{t('organiser.conflicts.pick')}</option>
              {apps.map((a) => (
                <option key={a.application.id} value={a.application.id}>
                  {appLabel(a.application.id)}
                </option>
              ))}
            </select>
          </div>
          <div className="text-field">
            <label htmlFor={`${id}-reason`}>{t('organiser.conflicts.reason')}</label>
            <input
              id={`${id}-reason`}
              ref={reasonInput}
              value={reason}
              maxLength={2_000}
              required
              aria-required="true"
              aria-invalid={reasonMissing}
              aria-describedby={reasonMissing ? `${id}-message` : undefined}
              onChange={(e) => {
                setReason(e.target.value);
                if (e.target.value.trim() !== '') setReasonMissing(false);
              }}
            />
          </div>
          <button type="submit">{t('organiser.conflicts.add')}</button>
        </form>
      )}
      <p
        id={`${id}-message`}
        role={message?.error ? 'alert' : 'status'}
        className={message?.error ? 'field-error' : undefined}
      >
        {message?.text}
      </p>
      {roster.conflicts.length > 0 && (
        <div className="table-scroll">
          <table className="organiser-table">
            <caption>
              {t('organiser.conflicts.caption', { count: roster.conflicts.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('organiser.conflicts.juror')}</th>
                <th scope="col">{t('organiser.conflicts.application')}</th>
                <th scope="col">{t('organiser.conflicts.reason')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('organiser.jury.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {roster.conflicts.map((c) => (
                <tr key={`${c.jurorId}|${c.applicationId}`}>
                  <th scope="row">{jurorName(c.jurorId)}</th>
                  <td>{appLabel(c.applicationId)}</td>
                  <td>{c.reason || '–'}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() =>
                        void editRoster({
                          op: 'removeConflict',
                          jurorId: c.jurorId,
                          applicationId: c.applicationId,
                        }).then(() =>
                          setMessage({ error: false, text: t('organiser.conflicts.removed') }),
                        )
                      }
                    >
                      {t('organiser.conflicts.remove')}
                      <span className="visually-hidden">
                        {' '}
                        {jurorName(c.jurorId)}, {appLabel(c.applicationId)}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
