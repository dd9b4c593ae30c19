import { useT } from '../../../i18n/useT';
import { useStore } from '../../../store/app-store';
import type { IssuedPackage, PhaseDraft } from '../../../../src-shared/organiser';

/** Every package written for this round, newest first. */
export function IssuedTable({
  issued,
  phases,
}: {
  issued: readonly IssuedPackage[];
  phases: readonly PhaseDraft[];
}): React.JSX.Element | null {
  const t = useT();
  const language = useStore((s) => s.language);
  if (issued.length === 0) return null;
  const phaseName = (id: string) => phases.find((p) => p.id === id)?.name || id;
  const when = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return (
    <div className="table-scroll">
      <table className="organiser-table">
        <caption>{t('organiser.issued.caption', { count: issued.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organiser.issued.file')}</th>
            <th scope="col">{t('organiser.issued.phase')}</th>
            <th scope="col">{t('organiser.issued.juror')}</th>
            <th scope="col">{t('organiser.issued.applications')}</th>
            <th scope="col">{t('organiser.issued.rosterVersion')}</th>
            <th scope="col">{t('organiser.issued.at')}</th>
          </tr>
        </thead>
        <tbody>
          {[...issued].reverse().map((p, i) => (
            <tr key={`${p.digest}-${i}`}>
              <th scope="row" className="cell-file">
                {p.fileName}
              </th>
              <td>{phaseName(p.phaseId)}</td>
              <td>{p.jurorName}</td>
              <td>{p.applicationCount}</td>
              <td>{p.rosterVersion}</td>
              <td>{when.format(new Date(p.issuedAt))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
