import { useId } from 'react';
import { useT } from '../../../i18n/useT';
import type { AttachmentImportEntry } from '../../../../src-shared/ipc/organiser-attachments-contract';

/**
 * The attachments an application JSON file lists, one row per file: added
 * with the import, or not, and why. Shown with the row report, before the
 * organiser confirms.
 */
export function AttachmentReport({
  entries,
  applicantOf,
}: {
  entries: readonly AttachmentImportEntry[];
  applicantOf: (applicationId: string) => string;
}): React.JSX.Element | null {
  const t = useT();
  const id = useId();
  if (entries.length === 0) return null;
  const added = entries.filter((e) => e.outcome === 'added').length;
  const refused = entries.length - added;
  return (
    <section aria-labelledby={`${id}-h`} className="organiser-section">
      <h4 id={`${id}-h`}>{t('organiser.import.attachmentsTitle', { count: entries.length })}</h4>
      <p className={refused > 0 ? 'notice notice-warning' : 'organiser-ok'}>
        {t('organiser.import.attachmentsSummary', { added, refused })}
      </p>
      <div className="table-scroll">
        <table className="organiser-table">
          <caption>{t('organiser.import.attachmentsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organiser.import.row')}</th>
              <th scope="col">{t('organiser.import.attachmentApplication')}</th>
              <th scope="col">{t('organiser.import.attachmentFile')}</th>
              <th scope="col">{t('organiser.import.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.row}-${i}`}>
                <th scope="row">{e.row}</th>
                <td>{applicantOf(e.applicationId)}</td>
                <td>{e.file || '–'}</td>
                <td className={e.outcome === 'added' ? 'status-imported' : 'status-skipped'}>
                  {e.reason === null
                    ? t('organiser.import.attachmentAdded')
                    : t('organiser.import.attachmentRefused', {
                        reason: t(`organiser.attachments.refusal.${e.reason}`),
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
