import { useEffect, useId, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAutosave } from '../../hooks/useAutosave';
import { notesRepository } from '../../store/notes-repository';
import { StorageError } from '../../db/repository';
import type { MessageKey } from '../../../src-shared/i18n/translate';

/** Why the notes did not load, as the user is told. */
function loadErrorKey(e: unknown): MessageKey {
  if (e instanceof StorageError) {
    if (e.code === 'TAMPERED' || e.code === 'MALFORMED') return 'notes.damaged';
    if (e.code === 'LOCKED') return 'error.LOCKED';
  }
  return 'notes.loadFailed';
}

/** Private notes for this round and role, saved as you type. */
export function NotesPanel({
  roundId,
  scope,
}: {
  roundId: string;
  scope: string;
}): React.JSX.Element {
  // A new round or role is a new editor: the old one unmounts, which saves
  // its last edit under its own round before the new note loads.
  return <NotesEditor key={`${roundId}\u0000${scope}`} roundId={roundId} scope={scope} />;
}

function NotesEditor({ roundId, scope }: { roundId: string; scope: string }): React.JSX.Element {
  const t = useT();
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  // A note that does not open stays as stored and the field stays disabled,
  // so that typing can never overwrite what a backup might still restore.
  const [loadError, setLoadError] = useState<MessageKey | null>(null);

  useEffect(() => {
    let alive = true;
    notesRepository.get(roundId, scope).then(
      (note) => {
        if (alive) setText(note?.text ?? '');
      },
      (e: unknown) => {
        if (alive) setLoadError(loadErrorKey(e));
      },
    );
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
      {loadError && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t(loadError)}
        </p>
      )}
      <textarea
        id={id}
        aria-describedby={loadError ? `${id}-help ${id}-error` : `${id}-help`}
        rows={8}
        value={text ?? ''}
        disabled={text === null}
        onChange={(e) => setText(e.target.value)}
      />
    </section>
  );
}
