import { useT } from '../../../i18n/useT';
import type { PreviewRow } from '../../../../src-shared/import';
import { issueText } from './wizard';
import { useFactLabel } from '../useFactLabel';

/** The first rows as they would be imported: what each would become, and why not. */
export function PreviewTable({ rows }: { rows: readonly PreviewRow[] }): React.JSX.Element {
  const t = useT();
  const factLabel = useFactLabel();
  return (
    <div className="table-scroll">
      <table className="organiser-table">
        <caption className="visually-hidden">{t('organiser.import.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organiser.import.row')}</th>
            <th scope="col">{t('organiser.import.outcome')}</th>
            <th scope="col">{t('organiser.import.applicant')}</th>
            <th scope="col">{t('organiser.import.id')}</th>
            <th scope="col">{t('organiser.import.sections')}</th>
            <th scope="col">{t('organiser.import.contacts')}</th>
            <th scope="col">{t('organiser.import.facts')}</th>
            <th scope="col">{t('organiser.import.remarks')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const a = r.application;
            return (
              <tr key={r.row}>
                <th scope="row">{r.row}</th>
                <td className={`status-${r.status}`}>{t(`organiser.import.status.${r.status}`)}</td>
                <td>{a?.applicant ?? '–'}</td>
                <td>{a?.id ?? '–'}</td>
                <td>{a ? a.sections.map((s) => s.title).join(', ') : '–'}</td>
                <td>
                  {a
                    ? a.contacts
                        .map((c) => [c.name, c.email, c.phone].filter(Boolean).join(', '))
                        .join('; ')
                    : '–'}
                </td>
                <td>
                  {a
                    ? Object.entries(a.facts)
                        .map(([k, v]) => `${factLabel(k)}: ${String(v)}`)
                        .join('; ')
                    : '–'}
                </td>
                <td>{r.issues.map((i) => issueText(i, t)).join(' ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
