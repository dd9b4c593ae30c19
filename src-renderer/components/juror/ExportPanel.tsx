import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';
import { exportSummary } from '../../../src-shared/juror';
import type { ScoreFileStatus } from '../../../src-shared/exchange';
import { useJurorPhase } from './useJurorPhase';
import { appLabel, issueText } from './labels';
import { ExportReview } from './ExportReview';

/** Export a signed score file for the chair, after a summary of what is done. */
export function ExportPanel(): React.JSX.Element | null {
  const t = useT();
  const data = useJurorPhase();
  const last = useJurorStore((s) => (s.phaseId === null ? undefined : s.exports.get(s.phaseId)));
  const notice = useJurorStore((s) => s.exportNotice);
  const busy = useJurorStore((s) => s.exportBusy);
  const exportScoreFile = useJurorStore((s) => s.exportScoreFile);
  const [reviewing, setReviewing] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const wasReviewing = useRef(false);

  useEffect(() => {
    // Closing the summary puts focus back where the juror started it.
    if (wasReviewing.current && !reviewing) startButton.current?.focus();
    wasReviewing.current = reviewing;
  }, [reviewing]);

  if (data === undefined) return null;
  const { payload, applications, scores } = data;
  const summary = exportSummary(
    applications.map((a) => a.id),
    scores,
    payload.round.criteria,
  );
  const labelOf = (id: string): string => {
    const app = applications.find((a) => a.id === id);
    return app ? appLabel(t, app) : id;
  };
  const criterionName = (key: string): string =>
    payload.round.criteria.find((c) => c.key === key)?.name ?? key;

  async function save(status: ScoreFileStatus): Promise<void> {
    await exportScoreFile(status);
    if (useJurorStore.getState().exportNotice?.kind === 'saved') setReviewing(false);
  }

  return (
    <section className="card juror-export" aria-labelledby="juror-export-h">
      <h2 id="juror-export-h">{t('juror.export.title')}</h2>
      <p className="reading-width">{t('juror.export.intro')}</p>
      <p>
        {t('juror.export.summary', {
          done: summary.done.length,
          missing: summary.missing.length,
          conflicts: summary.conflicts.length,
        })}
      </p>
      {last !== undefined && (
        <p className="muted">
          {t('juror.export.last', {
            revision: last.revision,
            status: t(
              last.status === 'final' ? 'juror.export.statusFinal' : 'juror.export.statusDraft',
            ),
            name: last.fileName,
          })}
        </p>
      )}
      {reviewing ? (
        <ExportReview
          summary={summary}
          labelOf={labelOf}
          criterionName={criterionName}
          revision={(last?.revision ?? 0) + 1}
          busy={busy}
          onSave={(status) => void save(status)}
          onCancel={() => setReviewing(false)}
        />
      ) : (
        <button type="button" ref={startButton} onClick={() => setReviewing(true)}>
          {t('juror.export.start')}
        </button>
      )}
      {notice?.kind === 'saved' && (
        <p className="saved-status" role="status">
          {t('juror.export.saved', { name: notice.fileName, revision: notice.revision })}
        </p>
      )}
      {notice?.kind === 'refused' && (
        <div className="notice notice-error" role="alert">
          <p>{t(`juror.export.refused.${notice.reason}`)}</p>
          {notice.packageReason !== null && <p>{t(`juror.refusal.${notice.packageReason}`)}</p>}
          {notice.issues.length > 0 && (
            <ul>
              {notice.issues.slice(0, 10).map((issue) => (
                <li key={`${issue.code}/${issue.applicationId}/${issue.criterion ?? ''}`}>
                  {issueText(t, issue, labelOf, criterionName)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
