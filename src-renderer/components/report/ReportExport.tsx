import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { useReportStore } from '../../store/report-store';
import { REPORT_FORMATS } from '../../../src-shared/report/reasons';

/** One button per format; main opens the save dialog and writes the file. */
export function ReportExport(): React.JSX.Element {
  const t = useT();
  const id = useId();
  const busy = useReportStore((s) => s.busy);
  const exportReport = useReportStore((s) => s.exportReport);
  return (
    <section aria-labelledby={`${id}-h`} className="report-export">
      <h3 id={`${id}-h`}>{t('report.export.heading')}</h3>
      <p className="muted">{t('report.export.intro')}</p>
      <div className="report-export-buttons">
        {REPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            disabled={busy !== null}
            onClick={() => void exportReport(format)}
          >
            {t(`report.export.${format}`)}
          </button>
        ))}
      </div>
      {busy !== null && busy !== 'import' && <p role="status">{t('report.export.working')}</p>}
    </section>
  );
}
