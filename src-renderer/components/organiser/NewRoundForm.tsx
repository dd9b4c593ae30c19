import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { TextField } from '../TextField';
import { createRound } from '../../store/organiser-actions';
import { listOrganiserRounds } from '../../store/organiser-records';

type Start = 'template' | 'round' | 'scratch';

/**
 * "New round": from the eHälsokommun template, as a copy of an earlier
 * round in this vault, or empty. The new round opens in the round editor.
 */
export function NewRoundForm({
  id,
  onDone,
}: {
  id: string;
  onDone: () => void;
}): React.JSX.Element {
  const t = useT();
  const uid = useId();
  const [start, setStart] = useState<Start>('template');
  const [earlier, setEarlier] = useState<{ id: string; name: string }[] | null>(null);
  const [sourceId, setSourceId] = useState('');
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [tried, setTried] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
    let alive = true;
    void listOrganiserRounds()
      .catch(() => [])
      .then((rounds) => {
        if (!alive) return;
        setEarlier(rounds);
        setSourceId((s) => s || rounds[0]?.id || '');
      });
    return () => {
      alive = false;
    };
  }, []);

  const yearNumber = Number(year);
  const nameError = tried && name.trim() === '' ? t('organiser.newRound.nameMissing') : undefined;
  const yearError =
    tried && !(Number.isInteger(yearNumber) && yearNumber >= 1900 && yearNumber <= 2200)
      ? t('organiser.newRound.yearInvalid')
      : undefined;

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    setTried(true);
    setFailed(false);
    if (
      name.trim() === '' ||
      !Number.isInteger(yearNumber) ||
      yearNumber < 1900 ||
      yearNumber > 2200
    )
      return;
    if (start === 'round' && sourceId === '') return;
    setBusy(true);
    try {
      const how = start === 'round' ? { kind: start, sourceId } : { kind: start };
      const created = await createRound(how, name, yearNumber);
      if (created === null) setFailed(true);
      else onDone();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form id={id} className="card organiser-new-round" onSubmit={(e) => void submit(e)} noValidate>
      <h2 ref={headingRef} tabIndex={-1}>
        {t('organiser.newRound.title')}
      </h2>
      <fieldset>
        <legend>{t('organiser.newRound.start')}</legend>
        {(['template', 'round', 'scratch'] as const).map((kind) => (
          <label key={kind} className="radio">
            <input
              type="radio"
              name={`${uid}-start`}
              value={kind}
              checked={start === kind}
              disabled={kind === 'round' && (earlier?.length ?? 0) === 0}
              onChange={() => setStart(kind)}
            />
            {t(`organiser.newRound.start.${kind}`)}
          </label>
        ))}
        {start === 'round' && earlier !== null && earlier.length > 0 && (
          <div className="field">
            <label htmlFor={`${uid}-source`}>{t('organiser.newRound.source')}</label>
            <select
              id={`${uid}-source`}
              value={sourceId}
              onChange={(e) => setSourceId(e.target.value)}
            >
              {earlier.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {earlier !== null && earlier.length === 0 && (
          <p className="field-hint">{t('organiser.newRound.noEarlier')}</p>
        )}
      </fieldset>
      <TextField
        label={t('organiser.newRound.name')}
        hint={t('organiser.newRound.nameHint')}
        value={name}
        error={nameError}
        onChange={(e) => setName(e.target.value)}
        maxLength={200}
      />
      <TextField
        label={t('organiser.round.year')}
        inputMode="numeric"
        value={year}
        error={yearError}
        onChange={(e) => setYear(e.target.value)}
        maxLength={4}
      />
      {failed && (
        <p className="notice notice-error" role="alert">
          {t('organiser.newRound.failed')}
        </p>
      )}
      <div className="organiser-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('organiser.newRound.create')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
