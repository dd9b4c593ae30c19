import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';
import { progressOf } from '../../../src-shared/juror';
import type { JurorApplication } from '../../../src-shared/juror';
import { useJurorPhase } from './useJurorPhase';
import { appLabel } from './labels';

export type DoneHandle = { focus: () => void };

/**
 * "Mark done": allowed only when every criterion has a score or "cannot
 * assess"; otherwise the missing criteria are named. After marking, focus
 * moves to "Next application", the juror's likely next step.
 */
export function DonePanel({
  ref,
  ...props
}: {
  app: JurorApplication;
  nextId: string | null;
  onNext: () => void;
  ref?: Ref<DoneHandle>;
}): React.JSX.Element | null {
  const t = useT();
  const data = useJurorPhase();
  const markDone = useJurorStore((s) => s.markDone);
  const unmarkDone = useJurorStore((s) => s.unmarkDone);
  const [missing, setMissing] = useState<string[] | null>(null);
  const [message, setMessage] = useState('');
  const doneButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const { app } = props;

  useImperativeHandle(
    ref,
    () => ({
      focus: () => (doneButton.current ?? undoButton.current ?? nextButton.current)?.focus(),
    }),
    [],
  );

  if (data === undefined) return null;
  const state = data.scores.get(app.id);
  const nextLabel = t(props.nextId === null ? 'juror.app.back' : 'juror.app.next');
  if (state?.conflict) {
    return (
      <div className="done-panel">
        <button type="button" ref={nextButton} onClick={props.onNext}>
          {nextLabel}
        </button>
      </div>
    );
  }
  const criteria = data.payload.round.criteria;

  function onDone(): void {
    const result = markDone(app.id);
    if (!result.ok) {
      setMessage('');
      setMissing(result.missing.map((c) => c.name));
      return;
    }
    setMissing(null);
    const after = useJurorStore.getState();
    const scores = after.phaseId === null ? undefined : after.scores.get(after.phaseId);
    const progress = progressOf(
      data?.applications.map((a) => a.id) ?? [],
      scores ?? new Map(),
      criteria,
    );
    setMessage(
      t('juror.scoring.done', {
        name: appLabel(t, app),
        progress: t('juror.progress', { handled: progress.handled, total: progress.total }),
      }),
    );
    // The button is replaced; continue where a juror usually goes next.
    requestAnimationFrame(() => (nextButton.current ?? undoButton.current)?.focus());
  }

  return (
    <div className="done-panel">
      {state?.done ? (
        <p className="done-badge">
          <span aria-hidden="true">✓ </span>
          {t('juror.status.done')}{' '}
          <button type="button" ref={undoButton} onClick={() => unmarkDone(app.id)}>
            {t('juror.scoring.unmarkDone')}
          </button>
        </p>
      ) : (
        <button type="button" ref={doneButton} className="primary" onClick={onDone}>
          {t('juror.scoring.markDone')}
        </button>
      )}
      {missing !== null && (
        <p className="field-error" role="alert">
          {t('juror.scoring.missing', { criteria: missing.join(', ') })}
        </p>
      )}
      <p role="status" className="saved-status">
        {message}
      </p>
      <button type="button" ref={nextButton} onClick={props.onNext}>
        {nextLabel}
      </button>
    </div>
  );
}
