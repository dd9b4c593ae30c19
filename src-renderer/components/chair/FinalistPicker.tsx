import { useState } from 'react';
import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { TableWrap } from './TableWrap';
import { useNumber } from './format';

const FIRST_ROWS = 30;

/** Finalists (top N or by hand) and the winner, chosen among the finalists. */
export function FinalistPicker(): React.JSX.Element | null {
  const t = useT();
  const num = useNumber();
  const model = useChairStore((s) => s.model);
  const d = useChairStore((s) => s.deliberation);
  const update = useChairStore((s) => s.updateDeliberation);
  const [limit, setLimit] = useState(FIRST_ROWS);
  const rows = (model?.consolidation.table?.rows ?? []).filter((r) => r.rank !== undefined);
  if (model === null) return null;
  const finalists = new Set(d.finalists);
  const label = (id: string): string => model.labels.get(id) ?? id;

  function toggle(id: string, on: boolean): void {
    update((x) => {
      const next = on
        ? [...x.finalists.filter((f) => f !== id), id]
        : x.finalists.filter((f) => f !== id);
      return { ...x, finalists: next, winner: !on && x.winner === id ? null : x.winner };
    });
  }
  function topN(): void {
    const chosen = rows.slice(0, d.finalistCount).map((r) => r.applicationId);
    update((x) => ({
      ...x,
      finalists: chosen,
      winner: x.winner !== null && chosen.includes(x.winner) ? x.winner : null,
    }));
  }
  const shown = rows.slice(0, Math.max(limit, d.finalistCount + 5));

  return (
    <section className="chair-section" aria-labelledby="chair-finalists-h">
      <h3 id="chair-finalists-h">{t('chair.finalists.title')}</h3>
      <div className="chair-controls">
        <div className="text-field">
          <label htmlFor="chair-finalist-count">{t('chair.finalists.count')}</label>
          <input
            id="chair-finalist-count"
            type="number"
            min={0}
            max={rows.length}
            value={d.finalistCount}
            onChange={(e) => {
              const n = Math.max(0, Math.min(rows.length, Math.trunc(Number(e.target.value) || 0)));
              update((x) => ({ ...x, finalistCount: n }));
            }}
          />
        </div>
        <button type="button" onClick={topN}>
          {t('chair.finalists.top', { count: d.finalistCount })}
        </button>
      </div>
      <div role="status">
        <p>{t('chair.finalists.chosen', { count: d.finalists.length })}</p>
        <p>
          {d.winner === null
            ? t('chair.winner.none')
            : t('chair.winner.chosen', { application: label(d.winner) })}
        </p>
      </div>
      <TableWrap label={t('chair.finalists.caption')}>
        <table className="chair-data chair-picker" data-testid="finalist-picker">
          <caption className="visually-hidden">{t('chair.finalists.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('chair.col.rank')}
              </th>
              <th scope="col">{t('chair.col.application')}</th>
              <th scope="col" className="num">
                {t('chair.col.mean')}
              </th>
              <th scope="col">{t('chair.col.flag')}</th>
              <th scope="col">{t('chair.table.finalist')}</th>
              <th scope="col">{t('chair.table.winner')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const id = r.applicationId;
              const isFinalist = finalists.has(id);
              return (
                <tr key={id} className={isFinalist ? 'chosen' : undefined}>
                  <td className="num">{r.rank}</td>
                  <th scope="row">{r.label}</th>
                  <td className="num">{num(r.mean)}</td>
                  <td>
                    {r.disagreement ? <span className="flag">{t('chair.table.flag')}</span> : ''}
                  </td>
                  <td>
                    <input
                      id={`fin-${id}`}
                      type="checkbox"
                      checked={isFinalist}
                      onChange={(e) => toggle(id, e.target.checked)}
                    />
                    <label htmlFor={`fin-${id}`} className="visually-hidden">
                      {t('chair.finalists.choose', { application: r.label })}
                    </label>
                  </td>
                  <td>
                    <input
                      id={`win-${id}`}
                      type="radio"
                      name="winner"
                      disabled={!isFinalist}
                      checked={d.winner === id}
                      onChange={() => update((x) => ({ ...x, winner: id }))}
                    />
                    <label htmlFor={`win-${id}`} className="visually-hidden">
                      {t('chair.winner.choose', { application: r.label })}
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      {shown.length < rows.length && (
        <p>
          <button type="button" onClick={() => setLimit((n) => n + 50)}>
            {t('chair.finalists.showMore')}
          </button>
        </p>
      )}
    </section>
  );
}
