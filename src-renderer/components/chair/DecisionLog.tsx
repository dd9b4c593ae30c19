import { useState, type FormEvent } from 'react';
import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { useDateTime } from './format';

/** Decisions recorded during the deliberation, with the time they were taken. */
export function DecisionLog(): React.JSX.Element {
  const t = useT();
  const when = useDateTime();
  const decisions = useChairStore((s) => s.deliberation.decisions);
  const update = useChairStore((s) => s.updateDeliberation);
  const [text, setText] = useState('');
  const [error, setError] = useState(false);

  function submit(e: FormEvent): void {
    e.preventDefault();
    const clean = text.trim();
    if (clean === '') {
      setError(true);
      return;
    }
    update((d) => ({
      ...d,
      decisions: [...d.decisions, { at: new Date().toISOString(), text: clean }],
    }));
    setText('');
    setError(false);
  }

  return (
    <section className="chair-section" aria-labelledby="chair-decisions-h">
      <h3 id="chair-decisions-h">{t('chair.decisions.title')}</h3>
      {decisions.length === 0 ? (
        <p className="muted">{t('chair.decisions.none')}</p>
      ) : (
        <ol data-testid="decisions">
          {decisions.map((d, i) => (
            <li key={i}>
              <span className="muted">{when(d.at)}</span> – {d.text}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={submit} noValidate>
        <label htmlFor="chair-decision">{t('chair.decisions.label')}</label>
        <textarea
          id="chair-decision"
          rows={2}
          maxLength={10_000}
          value={text}
          aria-invalid={error || undefined}
          aria-describedby={error ? 'chair-decision-error' : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        {error && (
          <p id="chair-decision-error" className="field-error">
            {t('chair.decisions.empty')}
          </p>
        )}
        <p>
          <button type="submit">{t('chair.decisions.add')}</button>
        </p>
      </form>
    </section>
  );
}
