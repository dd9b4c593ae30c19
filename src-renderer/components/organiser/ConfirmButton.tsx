import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';

/**
 * A button for something that cannot be undone: the first press asks, in
 * place, and only "Yes" does it. Focus moves to the question and back.
 */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  disabled = false,
}: {
  label: React.ReactNode;
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
}): React.JSX.Element {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) yesRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button ref={openRef} type="button" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="organiser-confirm" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button
        ref={yesRef}
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('organiser.confirm.yes')}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
