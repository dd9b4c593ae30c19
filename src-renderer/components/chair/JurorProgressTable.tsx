import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { TableWrap } from './TableWrap';
import type { JurorStatus } from '../../../src-shared/chair/progress';
import type { MessageKey } from '../../../src-shared/i18n/translate';

const STATUS: Record<JurorStatus, MessageKey> = {
  delivered: 'chair.progress.delivered',
  'awaiting-decision': 'chair.progress.awaiting',
  missing: 'chair.progress.missing',
};

/** Who has delivered which revision (draft or final), who is on hold, who is missing. */
export function JurorProgressTable(): React.JSX.Element | null {
  const t = useT();
  const progress = useChairStore((s) => s.model?.progress);
  if (progress === undefined) return null;
  const delivered = progress.filter((p) => p.status === 'delivered').length;
  return (
    <section className="chair-section" aria-labelledby="chair-progress-h">
      <h3 id="chair-progress-h">{t('chair.progress.title')}</h3>
      <p>{t('chair.progress.summary', { delivered, total: progress.length })}</p>
      <TableWrap label={t('chair.progress.caption')}>
        <table className="chair-data" data-testid="juror-progress">
          <caption className="visually-hidden">{t('chair.progress.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chair.import.col.juror')}</th>
              <th scope="col">{t('chair.progress.col.status')}</th>
              <th scope="col" className="num">
                {t('chair.import.col.revision')}
              </th>
              <th scope="col">{t('chair.progress.col.kind')}</th>
              <th scope="col" className="num">
                {t('chair.progress.col.files')}
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.map((p) => (
              <tr key={p.jurorId} data-status={p.status}>
                <th scope="row">
                  {p.role === 'chair' ? t('chair.progress.chair', { name: p.name }) : p.name}
                </th>
                <td>
                  <span
                    className={
                      p.status === 'delivered'
                        ? 'verdict verdict-accepted'
                        : 'verdict verdict-rejected'
                    }
                  >
                    {t(STATUS[p.status])}
                  </span>
                </td>
                <td className="num">{p.revision ?? '–'}</td>
                <td>
                  {p.final === null
                    ? '–'
                    : t(p.final ? 'chair.progress.final' : 'chair.progress.draft')}
                </td>
                <td className="num">{p.files}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
