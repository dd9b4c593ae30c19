import { useId, useMemo } from 'react';
import { useT } from '../../i18n/useT';
import { useStore } from '../../store/app-store';
import { useOrganiserStore } from '../../store/organiser-store';
import { buildReport, peopleOfRoster } from '../../../src-shared/report/report';
import { formatTime, methodTexts } from '../../../src-shared/report/labels';
import type { StoredResult } from '../../../src-shared/report/stored';
import { RankingTable } from './RankingTable';
import { ReportTables } from './ReportTables';

/**
 * The imported result as the organiser reads it, built with the same pure
 * function as every export, so the screen and the files agree. Applications
 * are named from this round's own records. Every text is rendered as text.
 */
export function ResultView({ stored }: { stored: StoredResult }): React.JSX.Element {
  const t = useT();
  const id = useId();
  const language = useStore((s) => s.language);
  const round = useOrganiserStore((s) => s.round);
  const apps = useOrganiserStore((s) => s.apps);
  const report = useMemo(
    () =>
      buildReport({
        result: stored.result,
        digest: stored.digest,
        round: {
          id: round?.draft.id ?? stored.result.roundId,
          name: round?.draft.name ?? '',
          year: round?.draft.year ?? 0,
        },
        applications: apps.map((a) => ({
          id: a.application.id,
          applicant: a.application.applicant,
        })),
        ...peopleOfRoster(round?.roster ?? null),
        language,
      }),
    [stored, round, apps, language],
  );
  const method = methodTexts(language, report.method);
  const chair = report.result.chair;
  const date = formatTime(language, report.result.createdAt);
  return (
    <div className="report-result">
      <p className="muted report-source">
        {chair === null
          ? t('report.sourceNoChair', { date, digest: report.result.digest })
          : t('report.source', {
              chair: chair.name,
              fingerprint: chair.fingerprint,
              date,
              digest: report.result.digest,
            })}
      </p>
      <section aria-labelledby={`${id}-winner`}>
        <h3 id={`${id}-winner`}>{t('report.winner.heading')}</h3>
        <p className="report-winner">{report.winner?.name ?? t('report.winner.none')}</p>
      </section>
      <section aria-labelledby={`${id}-motivation`} className="report-motivation">
        <h3 id={`${id}-motivation`}>{t('report.motivation.heading')}</h3>
        {report.motivationParagraphs.length === 0 ? (
          <p>{t('report.motivation.none')}</p>
        ) : (
          report.motivationParagraphs.map((p, i) => <p key={i}>{p}</p>)
        )}
      </section>
      <section aria-labelledby={`${id}-finalists`}>
        <h3 id={`${id}-finalists`}>{t('report.finalists.heading')}</h3>
        {report.finalists.length === 0 ? (
          <p>{t('report.finalists.none')}</p>
        ) : (
          <ol>
            {report.finalists.map((f) => (
              <li key={f.applicationId}>{f.name}</li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby={`${id}-ranking`}>
        <h3 id={`${id}-ranking`}>{t('report.ranking.heading')}</h3>
        <RankingTable report={report} />
      </section>
      <section aria-labelledby={`${id}-method`}>
        <h3 id={`${id}-method`}>{t('report.method.heading')}</h3>
        <dl className="report-facts">
          <dt>{t('report.method.aggregation')}</dt>
          <dd>{method.aggregation}</dd>
          <dt>{t('report.method.tie')}</dt>
          <dd>{method.tie}</dd>
          <dt>{t('report.method.normalisation')}</dt>
          <dd>{method.normalisation}</dd>
          <dt>{t('report.method.appVersion')}</dt>
          <dd>{report.method.appVersion}</dd>
        </dl>
      </section>
      <ReportTables report={report} />
    </div>
  );
}
