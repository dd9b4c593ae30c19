import { useEffect, useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAutosave } from '../../hooks/useAutosave';
import { notesRepository } from '../../store/notes-repository';

/** Private notes for this round and role, saved as you type. */
export function NotesPanel({
  roundId,
  scope,
}: {
  roundId: string;
  scope: string;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const [text, setText] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void notesRepository.get(roundId, scope).then((note) => {
      if (alive) setText(note?.text ?? '');
    });
    return () => {
      alive = false;
    };
  }, [roundId, scope]);

  useAutosave(
    text,
    async (value) => {
      if (value !== null) await notesRepository.put(roundId, scope, { text: value });
    },
    { enabled: text !== null },
  );

  return (
    <section className="card notes" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('notes.title')}</h2>
      <p id={`${id}-help`} className="muted">
        {t('notes.help')}
      </p>
      <label htmlFor={id} className="visually-hidden">
        {t('notes.label')}
      </label>
      <textarea
        id={id}
        aria-describedby={`${id}-help`}
        rows={8}
        value={text ?? ''}
        disabled={text === null}
        onChange={(e) => setText(e.target.value)}
      />
    </section>
  );
}
