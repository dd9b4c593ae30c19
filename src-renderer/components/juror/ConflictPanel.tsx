import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';
import type { JurorApplication } from '../../../src-shared/juror';
import { useJurorPhase } from './useJurorPhase';

/**
 * Declare a conflict of interest with a reason. Doing so clears and locks the
 * application's scores and comments; the declaration goes into the score file.
 */
export function ConflictPanel({ app }: { app: JurorApplication }): React.JSX.Element | null {
  const t = useT();
  const id = useId();
  const data = useJurorPhase();
  const declare = useJurorStore((s) => s.declareConflict);
  const withdraw = useJurorStore((s) => s.withdrawConflict);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const declared = useRef<HTMLParagraphElement>(null);
  const conflict = data?.scores.get(app.id)?.conflict ?? null;

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  function submit(e: FormEvent): void {
    e.preventDefault();
    if (reason.trim() === '') {
      setError(true);
      input.current?.focus();
      return;
    }
    declare(app.id, reason.trim());
    setOpen(false);
    setReason('');
    setError(false);
    requestAnimationFrame(() => declared.current?.focus());
  }

  return (
    <section className="conflict-panel" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('juror.conflict.title')}</h4>
      {conflict !== null ? (
        <>
          <p ref={declared} tabIndex={-1} className="notice notice-warning" role="status">
            {t('juror.conflict.declared', { reason: conflict.reason })}
          </p>
          <button type="button" onClick={() => withdraw(app.id)}>
            {t('juror.conflict.withdraw')}
          </button>
        </>
      ) : open ? (
        <form onSubmit={submit} noValidate>
          <p id={`${id}-help`} className="reading-width">
            {t('juror.conflict.help')}
          </p>
          <div className="text-field">
            <label htmlFor={`${id}-reason`}>{t('juror.conflict.reason')}</label>
            <input
              ref={input}
              id={`${id}-reason`}
              type="text"
              maxLength={2000}
              value={reason}
              aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            {error && (
              <p id={`${id}-error`} className="field-error">
                {t('juror.conflict.reasonMissing')}
              </p>
            )}
          </div>
          <div className="button-row">
            <button type="submit" className="danger">
              {t('juror.conflict.confirm')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('juror.conflict.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="muted reading-width">{t('juror.conflict.help')}</p>
          <button type="button" onClick={() => setOpen(true)}>
            {t('juror.conflict.declare')}
          </button>
        </>
      )}
    </section>
  );
}
