import { useT } from '../../../i18n/useT';
import { useOrganiserStore } from '../../../store/organiser-store';
import { pseudonymMap } from '../../../../src-shared/organiser';

/** The applications in the round, with their pseudonyms. */
export function ApplicationTable(): React.JSX.Element {
  const t = useT();
  const apps = useOrganiserStore((s) => s.apps);
  const round = useOrganiserStore((s) => s.round);
  if (apps.length === 0) return <p>{t('organiser.applications.none')}</p>;
  const pseudonyms = round ? pseudonymMap(round) : new Map<string, string>();
  return (
    <div className="table-scroll">
      <table className="organiser-table">
        <caption>{t('organiser.applications.caption', { count: apps.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organiser.applications.applicant')}</th>
            <th scope="col">{t('organiser.applications.pseudonym')}</th>
            <th scope="col">{t('organiser.import.id')}</th>
            <th scope="col">{t('organiser.import.sections')}</th>
            <th scope="col">{t('organiser.import.contacts')}</th>
            <th scope="col">{t('organiser.attachments.column')}</th>
            <th scope="col">{t('organiser.applications.review')}</th>
          </tr>
        </thead>
        <tbody>
          {apps.map(({ application: a, review, attachments }) => (
            <tr key={a.id}>
              <th scope="row">{a.applicant}</th>
              <td>{pseudonyms.get(a.id) ?? '–'}</td>
              <td>{a.id}</td>
              <td>{a.sections.length}</td>
              <td>
                {a.contacts
                  .map((c) => c.name)
                  .filter(Boolean)
                  .join(', ') || '–'}
              </td>
              <td>{attachments.length}</td>
              <td>
                {review.approved
                  ? t('organiser.review.approved')
                  : t('organiser.review.notApproved')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
