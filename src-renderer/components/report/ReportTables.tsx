import { useId } from 'react';
import { useT } from '../../i18n/useT';
import type { FinalReport } from '../../../src-shared/report/report';

/** Who recused from what, and the accepted score files by digest. */
export function ReportTables({ report }: { report: FinalReport }): React.JSX.Element {
  const t = useT();
  const id = useId();
  return (
    <>
      <section aria-labelledby={`${id}-conflicts`}>
        <h3 id={`${id}-conflicts`}>{t('report.conflicts.heading')}</h3>
        {report.conflicts.length === 0 ? (
          <p>{t('report.conflicts.none')}</p>
        ) : (
          <div className="report-table-wrap">
            <table className="report-table">
              <caption>{t('report.conflicts.caption', { count: report.conflicts.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.col.juror')}</th>
                  <th scope="col">{t('report.col.application')}</th>
                  <th scope="col">{t('report.col.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.conflicts.map((c) => (
                  <tr key={`${c.jurorId} ${c.applicationId}`}>
                    <th scope="row">{c.jurorName}</th>
                    <td>{c.applicationName}</td>
                    <td>{c.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby={`${id}-inputs`}>
        <h3 id={`${id}-inputs`}>{t('report.inputs.heading')}</h3>
        <p className="muted">{t('report.inputs.intro')}</p>
        <div className="report-table-wrap">
          <table className="report-table">
            <caption>{t('report.inputs.caption', { count: report.inputs.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.col.juror')}</th>
                <th scope="col" className="num">
                  {t('report.col.revision')}
                </th>
                <th scope="col">{t('report.col.digest')}</th>
              </tr>
            </thead>
            <tbody>
              {report.inputs.map((i) => (
                <tr key={i.jurorId}>
                  <th scope="row">{i.jurorName}</th>
                  <td className="num">{i.revision}</td>
                  <td className="report-digest">{i.digest}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
