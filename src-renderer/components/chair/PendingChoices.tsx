import { useState } from 'react';
import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import type { PendingChoice } from '../../../src-shared/chair/progress';
import { shortDigest } from './format';

/** Equivocations and forks wait here for the chair's explicit choice; nothing wins silently. */
export function PendingChoices(): React.JSX.Element | null {
  const t = useT();
  const pending = useChairStore((s) => s.model?.pending ?? []);
  const [saved, setSaved] = useState<string | null>(null);
  const names = useChairStore((s) => s.model?.jurorNames);
  if (pending.length === 0 && saved === null) return null;
  return (
    <section className="chair-section chair-choice" aria-labelledby="chair-choice-h">
      <h3 id="chair-choice-h">{t('chair.choice.title')}</h3>
      <div role="status">
        {saved !== null && (
          <p className="saved-status">
            {t('chair.choice.saved', { juror: names?.get(saved) ?? saved })}
          </p>
        )}
      </div>
      {pending.length > 0 && <p>{t('chair.choice.intro')}</p>}
      {pending.map((p) => (
        <Choice key={p.jurorId} choice={p} onSaved={() => setSaved(p.jurorId)} />
      ))}
    </section>
  );
}

function Choice({
  choice,
  onSaved,
}: {
  choice: PendingChoice;
  onSaved: () => void;
}): React.JSX.Element {
  const t = useT();
  const entries = useChairStore((s) => s.entries);
  const decide = useChairStore((s) => s.decide);
  const name = useChairStore((s) => s.model?.jurorNames.get(choice.jurorId) ?? choice.jurorId);
  const [picked, setPicked] = useState<string | null>(null);
  const group = `choice-${choice.jurorId}`;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const option = choice.options.find((o) => o.digest === picked);
        if (option === undefined) return;
        void decide(choice.jurorId, option.revision, option.digest).then(onSaved);
      }}
    >
      <fieldset>
        <legend>{t('chair.choice.legend', { juror: name })}</legend>
        {choice.options.map((o) => {
          const entry = entries.find((e) => e.digest === o.digest);
          const id = `${group}-${o.digest}`;
          return (
            <div className="radio" key={o.digest}>
              <input
                type="radio"
                id={id}
                name={group}
                value={o.digest}
                checked={picked === o.digest}
                onChange={() => setPicked(o.digest)}
              />
              <label htmlFor={id}>
                {t('chair.choice.option', {
                  revision: o.revision,
                  status: t(
                    entry?.final === true ? 'chair.progress.final' : 'chair.progress.draft',
                  ),
                  file: entry?.fileName ?? '',
                  digest: shortDigest(o.digest),
                })}
              </label>
            </div>
          );
        })}
        <button type="submit" disabled={picked === null}>
          {t('chair.choice.use')}
        </button>
      </fieldset>
    </form>
  );
}
