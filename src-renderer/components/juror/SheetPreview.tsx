import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';
import { scoreText } from '../../../src-shared/juror';
import type { ScoreCellValue } from '../../../src-shared/exchange';
import { useJurorPhase } from './useJurorPhase';
import { appLabel } from './labels';

/**
 * What an imported scoring sheet would change, before anything is saved:
 * every changed cell with its value now and after, and every row that
 * cannot be used with its row number. The juror applies or cancels.
 */
export function SheetPreviewView(): React.JSX.Element | null {
  const t = useT();
  const data = useJurorPhase();
  const preview = useJurorStore((s) => s.sheetPreview);
  const apply = useJurorStore((s) => s.applySheet);
  const cancel = useJurorStore((s) => s.cancelSheet);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (preview?.kind === 'preview') heading.current?.focus();
  }, [preview]);
  if (preview === null || data === undefined) return null;

  const value = (v: ScoreCellValue): string =>
    v === null
      ? t('juror.sheet.empty')
      : v === 'cannot-assess'
        ? t('juror.scoring.cannotAssess')
        : scoreText(v);
  const appName = (id: string): string => {
    const app = data.payload.applications.find((a) => a.id === id);
    return app ? appLabel(t, app) : id;
  };
  const criterionName = (key: string): string =>
    data.payload.round.criteria.find((c) => c.key === key)?.name ?? key;

  switch (preview.kind) {
    case 'refused':
      return (
        <p className="notice notice-error" role="alert">
          {t(`juror.sheet.refused.${preview.reason}`)}
        </p>
      );
    case 'columns':
      return (
        <p className="notice notice-error" role="alert">
          {t('juror.sheet.columns', { columns: preview.missing.join(', ') })}
        </p>
      );
    case 'applied':
      return (
        <p className="saved-status" role="status">
          {t('juror.sheet.applied', { count: preview.count })}
        </p>
      );
    case 'preview':
      return (
        <div className="sheet-preview">
          <h3 ref={heading} tabIndex={-1}>
            {t('juror.sheet.previewTitle', { name: preview.fileName })}
          </h3>
          <p>{t('juror.sheet.unchanged', { count: preview.unchanged })}</p>
          {preview.changes.length === 0 ? (
            <p>{t('juror.sheet.noChanges')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <caption>{t('juror.sheet.changes')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('juror.sheet.col.row')}</th>
                    <th scope="col">{t('juror.sheet.col.application')}</th>
                    <th scope="col">{t('juror.sheet.col.criterion')}</th>
                    <th scope="col">{t('juror.sheet.col.before')}</th>
                    <th scope="col">{t('juror.sheet.col.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.changes.map((c) => (
                    <tr key={`${c.applicationId}/${c.criterion}`}>
                      <td>{c.row}</td>
                      <td>{appName(c.applicationId)}</td>
                      <td>{criterionName(c.criterion)}</td>
                      <td>
                        {value(c.before.value)}
                        {c.before.comment !== c.after.comment && c.before.comment !== '' && (
                          <span className="cell-comment">
                            {t('juror.sheet.commentChanged', { comment: c.before.comment })}
                          </span>
                        )}
                      </td>
                      <td>
                        <strong>{value(c.after.value)}</strong>
                        {c.before.comment !== c.after.comment && (
                          <span className="cell-comment">
                            {t('juror.sheet.commentChanged', { comment: c.after.comment })}
                          </span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {preview.errors.length > 0 && (
            <div className="table-scroll">
              <table className="data-table">
                <caption>{t('juror.sheet.errors')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('juror.sheet.col.row')}</th>
                    <th scope="col">{t('juror.sheet.col.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.errors.map((e) => (
                    <tr key={`${e.row}-${e.code}`}>
                      <td>{e.row}</td>
                      <td>{t(`juror.sheet.error.${e.code}`, { value: e.value })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="button-row">
            {preview.changes.length > 0 && (
              <button type="button" className="primary" onClick={apply}>
                {t('juror.sheet.apply', { count: preview.changes.length })}
              </button>
            )}
            <button type="button" onClick={cancel}>
              {t('juror.sheet.cancel')}
            </button>
          </div>
        </div>
      );
  }
}
