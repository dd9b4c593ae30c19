import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { TableWrap } from './TableWrap';
import { gridCell } from '../../store/chair-screen-model';
import type { ConsolidatedRow } from '../../../src-shared/chair/table-model';
import { useNumber, useCellText } from './format';
import { ApplicationComments } from './ApplicationComments';

/** Every juror's scores for one application, side by side, then comments and conflicts. */
export function ApplicationScores({ row }: { row: ConsolidatedRow }): React.JSX.Element | null {
  const t = useT();
  const show = useCellText();
  const num = useNumber();
  const model = useChairStore((s) => s.model);
  const changes = useChairStore((s) => s.deliberation.scoreChanges);
  if (model === null) return null;
  const { consolidation, pkg, jurorNames } = model;
  const input = consolidation.built.input;
  const appId = row.applicationId;
  const conflicts = consolidation.built.conflicts.filter((c) => c.applicationId === appId);
  const conflicted = new Set(conflicts.map((c) => c.jurorId));
  const name = (j: string): string => jurorNames.get(j) ?? j;
  const jurors = pkg.roster.jurors
    .map((j) => j.jurorId as string)
    .filter((j) => input.jurors.includes(j) || conflicted.has(j));
  const nameOf = new Map(pkg.round.criteria.map((c) => [c.key as string, c.name]));
  const firstChange = (j: string, c: string) =>
    changes.find((x) => x.jurorId === j && x.applicationId === appId && x.criterion === c);

  return (
    <>
      <section className="chair-section" aria-labelledby="chair-scores-h">
        <h4 id="chair-scores-h">{t('chair.app.scores')}</h4>
        <TableWrap label={t('chair.app.scores')}>
          <table className="chair-data chair-drill-scores" data-testid="drill-scores">
            <caption className="visually-hidden">
              {t('chair.app.scoresCaption', { application: row.label })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('chair.import.col.juror')}</th>
                {input.criteria.map((c) => (
                  <th scope="col" className="num" key={c.key}>
                    {/* The key fits the column; the name is read out and shown on hover. */}
                    <abbr title={nameOf.get(c.key) ?? c.key}>{c.key}</abbr>
                    <span className="visually-hidden"> {nameOf.get(c.key) ?? ''}</span>
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('chair.app.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {jurors.map((j) => (
                <tr key={j}>
                  <th scope="row">{name(j)}</th>
                  {conflicted.has(j) ? (
                    <td colSpan={input.criteria.length + 1} className="chair-conflicted">
                      {t('chair.app.conflicted')}
                    </td>
                  ) : (
                    <>
                      {input.criteria.map((c) => {
                        const change = firstChange(j, c.key);
                        return (
                          <td className="num" key={c.key}>
                            {show(gridCell(consolidation.cells, j, appId, c.key))}
                            {change !== undefined && (
                              <span className="chair-small">
                                {' '}
                                ({t('chair.app.changed', { before: show(change.before) })})
                              </span>
                            )}
                          </td>
                        );
                      })}
                      <td className="num">{num(row.jurorTotals.get(j))}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
      <ApplicationComments applicationId={appId} />
      <section
        className="chair-section"
        aria-labelledby="chair-conflicts-h"
        data-testid="drill-conflicts"
      >
        <h4 id="chair-conflicts-h">{t('chair.app.conflicts')}</h4>
        {conflicts.length === 0 ? (
          <p>{t('chair.app.noConflicts')}</p>
        ) : (
          <ul>
            {conflicts.map((c) => (
              <li key={c.jurorId}>
                {t('chair.app.conflict', {
                  juror: name(c.jurorId),
                  reason: c.reason,
                  source: t(
                    c.source === 'roster' ? 'chair.app.source.roster' : 'chair.app.source.declared',
                  ),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
