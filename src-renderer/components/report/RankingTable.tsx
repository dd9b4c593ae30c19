import { useT } from '../../i18n/useT';
import { formatStat } from '../../../src-shared/report/labels';
import type { FinalReport } from '../../../src-shared/report/report';

/** The final ranking as a real table with a caption; the winner and finalists are marked in words. */
export function RankingTable({ report }: { report: FinalReport }): React.JSX.Element {
  const t = useT();
  const stat = (x: number | null): string => formatStat(report.language, x);
  return (
    <div className="report-table-wrap">
      <table className="report-table">
        <caption>{t('report.ranking.caption', { count: report.ranking.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('report.col.rank')}
            </th>
            <th scope="col">{t('report.col.application')}</th>
            <th scope="col" className="num">
              {t('report.col.mean')}
            </th>
            <th scope="col" className="num">
              {t('report.col.median')}
            </th>
            <th scope="col" className="num">
              {t('report.col.sd')}
            </th>
            <th scope="col" className="num">
              {t('report.col.n')}
            </th>
            <th scope="col">{t('report.col.finalist')}</th>
          </tr>
        </thead>
        <tbody>
          {report.ranking.map((r) => (
            <tr key={r.applicationId} className={r.winner ? 'report-winner-row' : undefined}>
              <td className="num">{r.rank}</td>
              <th scope="row">{r.name}</th>
              <td className="num">{stat(r.mean)}</td>
              <td className="num">{stat(r.median)}</td>
              <td className="num">{stat(r.sd)}</td>
              <td className="num">{r.n}</td>
              <td>
                {r.winner
                  ? `${t('report.yes')} (${t('report.col.winner')})`
                  : r.finalist
                    ? t('report.yes')
                    : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
