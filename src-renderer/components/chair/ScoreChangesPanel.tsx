import { useState, type FormEvent } from 'react';
import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { TableWrap } from './TableWrap';
import { gridCell } from '../../store/chair-screen-model';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { useDateTime, useCellText, type Cell } from './format';

const EMPTY = '';
const CANNOT = 'cannot-assess';

/** Scores changed during the discussion: applied to the view only, before and after kept. */
export function ScoreChangesPanel(): React.JSX.Element | null {
  const t = useT();
  const show = useCellText();
  const when = useDateTime();
  const model = useChairStore((s) => s.model);
  const changes = useChairStore((s) => s.deliberation.scoreChanges);
  const update = useChairStore((s) => s.updateDeliberation);
  const jurors = model?.consolidation.built.input.jurors ?? [];
  const apps = model?.consolidation.built.applications ?? [];
  const criteria = model?.pkg.round.criteria ?? [];
  const [juror, setJuror] = useState(jurors[0] ?? '');
  const [app, setApp] = useState(apps[0]?.id ?? '');
  const [criterion, setCriterion] = useState<string>(criteria[0]?.key ?? '');
  const [value, setValue] = useState(EMPTY);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ key: MessageKey; error: boolean } | null>(null);
  if (model === null) return null;
  const input = model.consolidation.built.input;
  const name = (j: string): string => model.jurorNames.get(j) ?? j;
  const label = (a: string): string => model.labels.get(a) ?? a;
  const scale = criteria.find((c) => c.key === criterion)?.scale;
  const current = gridCell(model.consolidation.cells, juror, app, criterion);
  const conflicted = input.conflicts.get(juror)?.has(app) === true;
  const parse = (v: string): Cell => (v === EMPTY ? null : v === CANNOT ? CANNOT : Number(v));

  function submit(e: FormEvent): void {
    e.preventDefault();
    const after = parse(value);
    if (conflicted) return setMessage({ key: 'chair.changes.conflicted', error: true });
    if (reason.trim() === '')
      return setMessage({ key: 'chair.changes.reasonMissing', error: true });
    if (after === current) return setMessage({ key: 'chair.changes.same', error: true });
    const at = new Date().toISOString();
    update((d) => ({
      ...d,
      scoreChanges: [
        ...d.scoreChanges,
        {
          jurorId: juror,
          applicationId: app,
          criterion,
          before: current,
          after,
          reason: reason.trim(),
          at,
        },
      ],
    }));
    setReason('');
    setMessage({ key: 'chair.changes.saved', error: false });
  }

  return (
    <section className="chair-section" aria-labelledby="chair-changes-h">
      <h3 id="chair-changes-h">{t('chair.changes.title')}</h3>
      <p>{t('chair.changes.intro')}</p>
      <form className="chair-form" onSubmit={submit} noValidate>
        <div>
          <label htmlFor="chg-juror">{t('chair.changes.juror')}</label>
          <select id="chg-juror" value={juror} onChange={(e) => setJuror(e.target.value)}>
            {jurors.map((j) => (
              <option key={j} value={j}>
                {name(j)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="chg-app">{t('chair.changes.application')}</label>
          <select id="chg-app" value={app} onChange={(e) => setApp(e.target.value)}>
            {apps.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="chg-criterion">{t('chair.changes.criterion')}</label>
          <select
            id="chg-criterion"
            value={criterion}
            onChange={(e) => setCriterion(e.target.value)}
          >
            {criteria.map((c) => (
              <option key={c.key} value={c.key}>{`${c.key} – ${c.name}`}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="chg-value">{t('chair.changes.value')}</label>
          <select
            id="chg-value"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-describedby="chg-current"
          >
            <option value={EMPTY}>{t('chair.changes.emptyValue')}</option>
            {scale !== undefined &&
              Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i).map(
                (v) => (
                  <option key={v} value={String(v)}>
                    {v}
                  </option>
                ),
              )}
            {scale?.allowCannotAssess === true && (
              <option value={CANNOT}>{t('chair.app.cannotAssess')}</option>
            )}
          </select>
          <p id="chg-current" className="field-hint">
            {conflicted
              ? t('chair.changes.conflicted')
              : t('chair.changes.current', { value: show(current) })}
          </p>
        </div>
        <div className="wide">
          <label htmlFor="chg-reason">{t('chair.changes.reason')}</label>
          <input
            id="chg-reason"
            type="text"
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <div className="wide">
          <button type="submit">{t('chair.changes.add')}</button>
        </div>
      </form>
      <div role="status">
        {message !== null && (
          <p className={message.error ? 'field-error' : 'saved-status'}>{t(message.key)}</p>
        )}
      </div>
      {changes.length === 0 ? (
        <p className="muted">{t('chair.changes.none')}</p>
      ) : (
        <TableWrap label={t('chair.changes.caption')}>
          <table className="chair-data" data-testid="score-changes">
            <caption className="visually-hidden">{t('chair.changes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('chair.changes.col.at')}</th>
                <th scope="col">{t('chair.changes.juror')}</th>
                <th scope="col">{t('chair.changes.application')}</th>
                <th scope="col">{t('chair.changes.criterion')}</th>
                <th scope="col" className="num">
                  {t('chair.changes.col.before')}
                </th>
                <th scope="col" className="num">
                  {t('chair.changes.col.after')}
                </th>
                <th scope="col">{t('chair.changes.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c, i) => (
                <tr key={i}>
                  <th scope="row">{when(c.at)}</th>
                  <td>{name(c.jurorId)}</td>
                  <td>{label(c.applicationId)}</td>
                  <td>{c.criterion}</td>
                  <td className="num">{show(c.before)}</td>
                  <td className="num">{show(c.after)}</td>
                  <td>{c.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
