import { useChairStore } from '../../store/chair-store';
import { useT } from '../../i18n/useT';
import { ViewHeading } from './ViewHeading';
import { ApplicationScores } from './ApplicationScores';
import { ChairAttachments } from './ChairAttachments';
import { useNumber } from './format';
import type { MessageKey } from '../../../src-shared/i18n/translate';

/** Fact names the award uses, shown in the UI language; other facts keep their own name. */
const FACT_LABELS: Readonly<Record<string, MessageKey>> = {
  population: 'chair.fact.population',
  county: 'chair.fact.county',
  municipalityGroup: 'chair.fact.municipalityGroup',
  region: 'chair.fact.region',
};

/**
 * Drill-down: one application with every juror's scores and comments,
 * conflicts, and what the jurors read: its text and its attachments.
 */
export function ApplicationView(): React.JSX.Element {
  const t = useT();
  const num = useNumber();
  const model = useChairStore((s) => s.model);
  const chosen = useChairStore((s) => s.application);
  const openApplication = useChairStore((s) => s.openApplication);
  const rows = model?.consolidation.table?.rows ?? [];
  const current = rows.find((r) => r.applicationId === chosen) ?? rows[0];
  if (model === null || current === undefined) {
    return (
      <section>
        <ViewHeading>{t('chair.app.title')}</ViewHeading>
      </section>
    );
  }
  const index = rows.indexOf(current);
  const app = model.pkg.applications.find((a) => a.id === current.applicationId);
  const go = (i: number): void => {
    const r = rows[i];
    if (r !== undefined) openApplication(r.applicationId);
  };
  return (
    <section>
      <ViewHeading>{t('chair.app.title')}</ViewHeading>
      <div className="chair-controls">
        <div>
          <label htmlFor="chair-app-select">{t('chair.app.choose')}</label>
          <br />
          <select
            id="chair-app-select"
            value={current.applicationId}
            onChange={(e) => openApplication(e.target.value)}
          >
            {rows.map((r) => (
              <option key={r.applicationId} value={r.applicationId}>
                {r.rank === undefined ? r.label : `${r.rank}. ${r.label}`}
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={index <= 0} onClick={() => go(index - 1)}>
          {t('chair.app.previous')}
        </button>
        <button type="button" disabled={index >= rows.length - 1} onClick={() => go(index + 1)}>
          {t('chair.app.next')}
        </button>
      </div>
      <h3 data-testid="drill-title">{current.label}</h3>
      <p>
        {current.rank === undefined
          ? t('chair.app.unranked')
          : t('chair.app.summary', { rank: current.rank, mean: num(current.mean), n: current.n })}
        {current.disagreement && (
          <>
            {' '}
            <span className="flag">{t('chair.table.flag')}</span>
          </>
        )}
      </p>
      {app !== undefined && Object.keys(app.facts).length > 0 && (
        <>
          <h4>{t('chair.app.facts')}</h4>
          <dl className="facts">
            {Object.entries(app.facts).map(([k, v]) => (
              <div key={k} style={{ display: 'contents' }}>
                <dt>
                  {Object.hasOwn(FACT_LABELS, k) ? t(FACT_LABELS[k] ?? 'chair.app.facts') : k}
                </dt>
                <dd>{String(v)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <ApplicationScores row={current} />
      <section className="chair-section" aria-labelledby="chair-text-h">
        <h4 id="chair-text-h">{t('chair.app.text')}</h4>
        {app === undefined ? (
          <p className="notice notice-warning">{t('chair.app.noText')}</p>
        ) : (
          app.sections.map((s, i) => (
            <article key={i}>
              <h5>{s.title}</h5>
              <p className="application-text">{s.text}</p>
            </article>
          ))
        )}
      </section>
      {app !== undefined && <ChairAttachments app={app} />}
    </section>
  );
}
