import { useState } from 'react';
import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { TableWrap } from './TableWrap';
import { ViewHeading } from './ViewHeading';
import { AlphaPanel } from './AlphaPanel';
import { useNumber } from './format';

/** Rows shown before "show all": the top of the ranking is what the discussion is about. */
const FIRST_ROWS = 50;

/** Cross-checks: Borda and Schulze beside the score rank, leave-one-juror-out stability, alpha. */
export function ChecksView(): React.JSX.Element {
  const t = useT();
  const num = useNumber();
  const model = useChairStore((s) => s.model);
  const finalistCount = useChairStore((s) => s.deliberation.finalistCount);
  const [all, setAll] = useState(false);
  const table = model?.consolidation.table ?? null;
  if (model === null || table === null) {
    return (
      <section>
        <ViewHeading>{t('chair.checks.title')}</ViewHeading>
        <p className="notice notice-warning">{t('chair.table.invalid')}</p>
      </section>
    );
  }
  const ranked = table.rows.filter((r) => r.rank !== undefined);
  const shown = all ? ranked : ranked.slice(0, FIRST_ROWS);
  const changers = table.stability.winnerChangesWithout.map((j) => model.jurorNames.get(j) ?? j);
  // Column headers: label, and whether the column holds numbers (right-aligned).
  const headers: [string, boolean][] = [
    [t('chair.checks.col.score'), true],
    [t('chair.col.application'), false],
    [t('chair.col.mean'), true],
    [t('chair.col.borda'), true],
    [t('chair.checks.col.bordaScore'), true],
    [t('chair.col.schulze'), true],
    [t('chair.col.stability'), true],
    [t('chair.checks.col.inTop', { count: finalistCount }), true],
    [t('chair.checks.col.spread'), true],
  ];
  return (
    <section>
      <ViewHeading>{t('chair.checks.title')}</ViewHeading>
      <section className="chair-section" aria-labelledby="chair-ranking-h">
        <h3 id="chair-ranking-h">{t('chair.checks.ranking')}</h3>
        <p>{t('chair.checks.rankingIntro')}</p>
        {table.schulze.truncated && (
          <p className="muted">
            {t('chair.checks.schulzeShortlist', { count: table.schulze.shortlist.length })}
          </p>
        )}
        <h4>{t('chair.checks.stability')}</h4>
        {table.jurors.length > 0 && (
          <p className={changers.length > 0 ? 'notice notice-warning' : 'notice notice-ok'}>
            {changers.length > 0
              ? t('chair.checks.winnerDepends', { jurors: changers.join(', ') })
              : t('chair.checks.winnerStable')}
          </p>
        )}
        <TableWrap label={t('chair.checks.caption')}>
          <table className="chair-data" data-testid="cross-checks">
            <caption className="visually-hidden">{t('chair.checks.caption')}</caption>
            <thead>
              <tr>
                {headers.map(([label, numeric]) => (
                  <th key={label} scope="col" className={numeric ? 'num' : undefined}>
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.applicationId}>
                  <td className="num">{r.rank}</td>
                  <th scope="row">{r.label}</th>
                  <td className="num">{num(r.mean)}</td>
                  <td className="num">{r.bordaRank ?? '–'}</td>
                  <td className="num">{num(r.bordaScore, 3)}</td>
                  <td className="num">{r.schulzeRank ?? '–'}</td>
                  <td className="num">
                    {t('chair.checks.ofRuns', { count: r.keptRank, runs: r.stabilityRuns })}
                  </td>
                  <td className="num">
                    {t('chair.checks.ofRuns', { count: r.inTopN, runs: r.stabilityRuns })}
                  </td>
                  <td className="num">
                    {r.minRank === undefined || r.maxRank === undefined
                      ? '–'
                      : t('chair.checks.spreadValue', { min: r.minRank, max: r.maxRank })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        {!all && ranked.length > FIRST_ROWS && (
          <p>
            <button type="button" onClick={() => setAll(true)}>
              {t('chair.checks.showAll', { count: ranked.length })}
            </button>
          </p>
        )}
      </section>
      <AlphaPanel />
    </section>
  );
}
