import { useChairStore } from '../../store/chair-store';
import type { ImportOutcome } from '../../store/chair-import-slice';
import { useT } from '../../i18n/useT';
import { TableWrap } from './TableWrap';
import { IMPORT_VERDICTS } from '../../../src-shared/chair/codes';
import { MAX_FOLDER_FILES } from '../../../src-shared/ipc/chair-contract';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { useDateTime } from './format';

/** The verdict and the plain-words reason for every file imported in this session, newest first. */
export function ImportReport(): React.JSX.Element | null {
  const t = useT();
  const imports = useChairStore((s) => s.imports);
  if (imports.length === 0) return null;
  return (
    <section className="chair-section" aria-labelledby="chair-report-h">
      <h3 id="chair-report-h">{t('chair.import.report')}</h3>
      {imports.map((outcome, i) => (
        <Outcome key={outcome.at + String(imports.length - i)} outcome={outcome} latest={i === 0} />
      ))}
    </section>
  );
}

function Outcome({
  outcome,
  latest,
}: {
  outcome: ImportOutcome;
  latest: boolean;
}): React.JSX.Element {
  const t = useT();
  const when = useDateTime();
  const names = useChairStore((s) => s.model?.jurorNames);
  const name = (id: string | null): string => (id === null ? '' : (names?.get(id) ?? id));
  if (outcome.failure !== null) {
    return (
      <div className="notice notice-error" role={latest ? 'alert' : undefined}>
        <p>
          {t('chair.import.failed', {
            reason: t(`chair.package.reason.${outcome.failure}` as MessageKey),
          })}
        </p>
      </div>
    );
  }
  const parts = IMPORT_VERDICTS.flatMap((v) => {
    const count = outcome.rows.filter((r) => r.verdict === v).length;
    return count === 0 ? [] : [t(`chair.count.${v}`, { count })];
  });
  const held = [
    ...new Set(outcome.rows.flatMap((r) => (r.onHold && r.jurorId !== null ? [r.jurorId] : []))),
  ];
  const summary = t('chair.import.summary', {
    count: outcome.rows.length,
    parts: parts.join(', '),
  });
  return (
    <div className="chair-section">
      <p role={latest ? 'status' : undefined}>
        <span className="label">{when(outcome.at)}: </span>
        {summary}
      </p>
      {outcome.skipped > 0 && (
        <p>{t('chair.import.skipped', { count: outcome.skipped, max: MAX_FOLDER_FILES })}</p>
      )}
      {held.map((j) => (
        <p key={j} className="notice notice-warning">
          {t('chair.import.onHold', { juror: name(j) })}
        </p>
      ))}
      <TableWrap label={`${t('chair.import.reportCaption')}, ${when(outcome.at)}`}>
        <table
          className="chair-data"
          data-testid={latest ? 'import-report' : 'import-report-earlier'}
        >
          <caption className="visually-hidden">
            {t('chair.import.reportCaption')}, {when(outcome.at)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('chair.import.col.file')}</th>
              <th scope="col">{t('chair.import.col.verdict')}</th>
              <th scope="col">{t('chair.import.col.reason')}</th>
              <th scope="col">{t('chair.import.col.juror')}</th>
              <th scope="col" className="num">
                {t('chair.import.col.revision')}
              </th>
            </tr>
          </thead>
          <tbody>
            {outcome.rows.map((r, i) => (
              <tr key={`${i}-${r.fileName}`} data-verdict={r.verdict}>
                <th scope="row" className="digest">
                  {r.fileName}
                </th>
                <td>
                  <span className={`verdict verdict-${r.verdict}`}>
                    {t(`chair.verdict.${r.verdict}`)}
                  </span>
                </td>
                <td>{t(`chair.reason.${r.reason}`)}</td>
                <td>{name(r.jurorId)}</td>
                <td className="num">{r.revision ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
