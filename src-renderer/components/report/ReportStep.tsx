import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { useOrganiserStore } from '../../store/organiser-store';
import { useReportStore } from '../../store/report-store';
import type { ReportMessage } from '../../store/report-store';
import { StepHeading } from '../organiser/StepHeading';
import { FileDropZone } from '../organiser/FileDropZone';
import { ResultView } from './ResultView';
import { ReportExport } from './ReportExport';
import './report.css';

function messageText(t: ReturnType<typeof useT>, m: ReportMessage): string {
  switch (m.kind) {
    case 'accepted':
      return t('report.import.accepted', { file: m.file });
    case 'replaced':
      return t('report.import.replaced', { file: m.file });
    case 'duplicate':
      return t('report.import.duplicate', { file: m.file });
    case 'refused':
      return t('report.import.refused', { file: m.file, reason: t(`report.refuse.${m.reason}`) });
    case 'failed':
      return t('report.import.failed', { code: m.code });
    case 'saved':
      return t('report.export.saved', { file: m.file });
    case 'noPdf':
      return t('report.export.noPdf');
    case 'exportFailed':
      return t('report.export.failed', { code: m.code });
  }
}

const isProblem = (m: ReportMessage): boolean =>
  m.kind === 'refused' || m.kind === 'failed' || m.kind === 'noPdf' || m.kind === 'exportFailed';

/** The organiser's last step: import the chair's signed result, read it, export the report. */
export function ReportStep(): React.JSX.Element {
  const t = useT();
  const id = useId();
  const roundId = useOrganiserStore((s) => s.roundId);
  const status = useReportStore((s) => s.status);
  const stored = useReportStore((s) => s.stored);
  const busy = useReportStore((s) => s.busy);
  const message = useReportStore((s) => s.message);
  const load = useReportStore((s) => s.load);
  const importResult = useReportStore((s) => s.importResult);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (roundId !== null) void load(roundId);
  }, [roundId, load]);

  return (
    <section aria-labelledby={`${id}-h`} className="organiser-step-body report-step">
      <StepHeading id={`${id}-h`}>{t('report.title')}</StepHeading>
      <p className="muted">{t('report.intro')}</p>
      <section aria-labelledby={`${id}-import`} className="report-import">
        <h3 id={`${id}-import`}>{t('report.import.heading')}</h3>
        <FileDropZone
          label={t('report.import.dropLabel')}
          onFile={(file) => {
            if (busy === null) void importResult(file);
          }}
        >
          <button
            ref={button}
            type="button"
            className={stored === null ? 'primary' : undefined}
            disabled={busy !== null}
            onClick={() => void importResult()}
          >
            {t('report.import.button')}
          </button>
          <span className="muted">{t('report.import.drop')}</span>
        </FileDropZone>
        {busy === 'import' && <p role="status">{t('report.import.working')}</p>}
      </section>
      <div aria-live="polite">
        {message !== null && (
          <p
            className={isProblem(message) ? 'notice notice-error' : 'organiser-ok'}
            role={isProblem(message) ? 'alert' : 'status'}
          >
            {messageText(t, message)}
          </p>
        )}
      </div>
      {status === 'loading' && <p role="status">{t('status.loading')}</p>}
      {status === 'error' && (
        <p className="notice notice-error" role="alert">
          {t('organiser.loadError')}
        </p>
      )}
      {status === 'ready' && stored === null && <p>{t('report.none')}</p>}
      {stored !== null && (
        <>
          <ReportExport />
          <ResultView stored={stored} />
        </>
      )}
    </section>
  );
}
