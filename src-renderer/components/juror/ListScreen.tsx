import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { useJurorStore } from '../../store/juror-store';
import { appStatus, isAnswered, cellOf, progressOf } from '../../../src-shared/juror';
import type { AppStatus } from '../../../src-shared/juror';
import type { MessageKey } from '../../../src-shared/i18n/translate';
import { useJurorPhase } from './useJurorPhase';
import { appLabel } from './labels';
import { ProgressLine } from './ProgressLine';
import { PhasePicker } from './PhasePicker';
import { SearchPanel } from './SearchPanel';
import { ExportPanel } from './ExportPanel';
import { SheetPanel } from './SheetPanel';
import { PackagePanel } from './PackagePanel';
import { ImportNoticeView } from './ImportControls';

const STATUS_KEYS: Readonly<Record<AppStatus, MessageKey>> = {
  'not-started': 'juror.status.not-started',
  'in-progress': 'juror.status.in-progress',
  complete: 'juror.status.complete',
  done: 'juror.status.done',
  conflict: 'juror.status.conflict',
};

/** The juror's applications in their own order, with progress, search and exports. */
export function ListScreen(): React.JSX.Element | null {
  const t = useT();
  const data = useJurorPhase();
  const open = useJurorStore((s) => s.openApplication);
  const returnTo = useJurorStore((s) => s.returnTo);
  const imported = useJurorStore((s) => s.importNotice?.kind === 'imported');
  const list = useRef<HTMLOListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // Back from an application: focus it in the list; after an import: the list itself.
    if (returnTo !== null) {
      list.current
        ?.querySelector<HTMLButtonElement>(`[data-app="${CSS.escape(returnTo)}"]`)
        ?.focus();
    } else if (imported) heading.current?.focus();
  }, [returnTo, imported]);

  if (data === undefined) return null;
  const { payload, applications, scores } = data;
  const criteria = payload.round.criteria;
  const progress = progressOf(
    applications.map((a) => a.id),
    scores,
    criteria,
  );

  return (
    <div className="juror-list">
      <div className="list-header">
        <h2 id="juror-list-h" ref={heading} tabIndex={-1}>
          {t('juror.list.title')}
        </h2>
        <ProgressLine progress={progress} />
      </div>
      {imported && <ImportNoticeView />}
      <PhasePicker />
      <p className="muted reading-width">{t('juror.list.order')}</p>
      <SearchPanel applications={applications} />
      <ol className="app-list" ref={list} aria-labelledby="juror-list-h">
        {applications.map((app) => {
          const state = scores.get(app.id);
          const status = appStatus(state, criteria);
          const answered = criteria.filter((c) => isAnswered(cellOf(state, c.key).value)).length;
          const label = appLabel(t, app);
          return (
            <li key={app.id}>
              <button
                type="button"
                className="app-row"
                data-app={app.id}
                onClick={() => open(app.id)}
              >
                <span className="app-row-title">{label}</span>
                <span className={`app-status status-${status}`}>
                  {t(STATUS_KEYS[status], { answered, total: criteria.length })}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <ExportPanel />
      <SheetPanel />
      <PackagePanel />
    </div>
  );
}
