import { useEffect, useId, useMemo, useRef } from 'react';
import { useT } from '../../../i18n/useT';
import { applyMapping, previewRows } from '../../../../src-shared/import';
import type { Application } from '../../../../src-shared/domain/round';
import type { ImportIssue, MappingTarget } from '../../../../src-shared/import';
import { issueText } from './wizard';
import type { ExistingOptions, ImportSource } from './wizard';
import { AttachmentReport } from './AttachmentReport';

type ReportRow = {
  row: number;
  status: 'imported' | 'skipped' | 'warning';
  applicant: string | null;
  issues: readonly ImportIssue[];
};

function reportOf(source: ImportSource, mapping: MappingTarget[] | null, options: ExistingOptions) {
  if (source.kind === 'json') {
    const rows: ReportRow[] = source.report.map((r) => ({ ...r, applicant: null }));
    return { applications: [...source.applications], summary: source.summary, rows };
  }
  const m = mapping ?? [];
  const result = applyMapping(source.table, m, options);
  const header = result.report.filter((r) => r.row <= (source.table.headerRow ?? 1));
  const perRow = previewRows(source.table, m, source.table.rows.length, options);
  const rows: ReportRow[] = [
    ...header.map((r) => ({ ...r, applicant: null })),
    ...perRow.map((r) => ({ ...r, applicant: r.application?.applicant ?? null })),
  ];
  return { applications: result.applications, summary: result.summary, rows };
}

/**
 * The per-row report: what will be imported, what will be skipped and why.
 * Only the organiser's confirmation stores anything.
 */
export function ReportStep({
  source,
  mapping,
  options,
  busy,
  onBack,
  onConfirm,
  onCancel,
}: {
  source: ImportSource;
  mapping: MappingTarget[] | null;
  options: ExistingOptions;
  busy: boolean;
  onBack: (() => void) | null;
  onConfirm: (applications: readonly Application[]) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const t = useT();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { applications, summary, rows } = useMemo(
    () => reportOf(source, mapping, options),
    [source, mapping, options],
  );
  useEffect(() => heading.current?.focus(), []);
  const count = applications.length;

  return (
    <section aria-labelledby={`${id}-h`} className="organiser-section">
      <h3 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('organiser.import.reportTitle', { file: source.fileName })}
      </h3>
      <p className={summary.skipped > 0 ? 'notice notice-warning' : 'organiser-ok'}>
        {t('organiser.import.summary', {
          total: summary.total,
          imported: summary.imported,
          skipped: summary.skipped,
          warnings: summary.warnings,
        })}
      </p>
      {summary.unknownColumns.length > 0 && (
        <p>
          {t('organiser.import.unknownColumns', { columns: summary.unknownColumns.join(', ') })}
        </p>
      )}
      <div className="table-scroll">
        <table className="organiser-table">
          <caption>{t('organiser.import.reportCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organiser.import.row')}</th>
              <th scope="col">{t('organiser.import.outcome')}</th>
              <th scope="col">{t('organiser.import.applicant')}</th>
              <th scope="col">{t('organiser.import.remarks')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.row}-${i}`}>
                <th scope="row">{r.row}</th>
                <td className={`status-${r.status}`}>{t(`organiser.import.status.${r.status}`)}</td>
                <td>{r.applicant ?? '–'}</td>
                <td>
                  {r.issues.length === 0
                    ? '–'
                    : r.issues.map((issue) => issueText(issue, t)).join(' ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {source.kind === 'json' && rows.length === 0 && <p>{t('organiser.import.jsonClean')}</p>}
      {source.kind === 'json' && (
        <AttachmentReport
          entries={source.attachmentReport}
          applicantOf={(appId) => applications.find((a) => a.id === appId)?.applicant ?? appId}
        />
      )}
      <div className="organiser-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || count === 0}
          onClick={() => onConfirm(applications)}
        >
          {t('organiser.import.confirm', { count })}
        </button>
        {onBack && (
          <button type="button" onClick={onBack}>
            {t('organiser.import.back')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('organiser.import.cancel')}
        </button>
      </div>
    </section>
  );
}
